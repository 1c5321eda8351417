from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from setdown.journal.selectors import JournalFilter, journal_page_for_user
from setdown.portability import schema, services
from setdown.portability.selectors import export_for_user
from setdown.practices import models as pm
from tests import factories
from tests.portability.conftest import fill_all_fields


def _without_stamp(document: dict) -> dict:
    return {k: v for k, v in document.items() if k != "exported_at"}


def _reimport(document: dict, user) -> services.ImportResult:
    data = json.loads(schema.to_json(document))
    return services.import_bundle(user=user, bundle=schema.parse_setdown(data))


@pytest.mark.django_db
def test_round_trip_is_exact(parent, fresh):
    fill_all_fields(parent)
    first = export_for_user(user=parent)
    assert all(first[key] for key in schema.SECTIONS), "every section should have something"
    assert any(b["checks"] for b in first["boundaries"])

    result = _reimport(first, fresh)
    fresh.refresh_from_db()
    second = export_for_user(user=fresh)

    assert _without_stamp(second) == _without_stamp(first)
    assert result.profile_fields == ("address_as", "name", "children_ages")
    assert result.added == schema.parse_setdown(first).count()


@pytest.mark.django_db
def test_every_model_field_is_exported(parent):
    """A new field on a model must be added to the schema (and its docs)."""
    from setdown.portability.selectors import SECTION_MODELS
    from setdown.safety.models import SafetyPlan

    skip = {"id", "user", "boundary"}
    pairs = [(m, schema.SECTIONS[k]) for k, m in SECTION_MODELS.items()]
    pairs += [(pm.BoundaryCheck, schema.BOUNDARY_CHECK), (SafetyPlan, schema.SAFETY_PLAN)]
    for model, specs in pairs:
        model_fields = {f.name for f in model._meta.concrete_fields} - skip
        assert model_fields == {s.name for s in specs}, model.__name__


@pytest.mark.django_db
def test_datetimes_carry_their_zone(parent):
    factories.make_checkin(parent)
    stamp = export_for_user(user=parent)["checkins"][0]["created_at"]
    assert stamp.endswith("+00:00")


@pytest.mark.django_db
def test_import_adds_and_keeps_what_is_there(parent):
    fill_all_fields(parent)
    factories.make_phrase(parent, text="Already here", position=5)
    document = export_for_user(user=parent)
    before = {key: len(document[key]) for key in schema.SECTIONS}
    parent.name = "Kept name"
    parent.save()
    plan = parent.safety_plan
    plan.warning_signs, plan.distractions = "my own signs", ""
    plan.save()

    result = _reimport(document, parent)

    after = export_for_user(user=parent)
    assert {key: len(after[key]) for key in schema.SECTIONS} == {
        k: 2 * n for k, n in before.items()
    }
    assert result.profile_fields == ()
    parent.refresh_from_db()
    assert parent.name == "Kept name"
    plan.refresh_from_db()
    assert plan.warning_signs == "my own signs"  # never overwritten
    assert plan.distractions == "distractions in my words"  # an empty one is filled
    positions = [p["position"] for p in after["phrases"]]
    assert len(set(positions)) == len(positions), "imported phrases go after the others"


@pytest.mark.django_db
def test_imported_words_are_searchable(fresh):
    document = {
        "format": "setdown-export",
        "version": 1,
        "checkins": [
            {
                "what": "Forgot the zebracorn costume",
                "heavy_before": 6,
                "created_at": "2024-03-01T08:00:00Z",
            }
        ],
        "boundaries": [
            {
                "source": "A loud forum",
                "kind": "mute",
                "created_at": "2024-03-01T08:00:00Z",
                "checks": [
                    {
                        "week_of": "2024-03-04",
                        "held": "yes",
                        "felt": "Quieter mornings",
                        "created_at": "2024-03-04T08:00:00Z",
                    }
                ],
            }
        ],
        "notes": [{"text": "A grapefruit afternoon", "written_at": "2024-03-02T15:00:00+01:00"}],
    }
    _reimport(document, fresh)
    for word in ("zebracorn", "forum", "quieter", "grapefruit"):
        found = journal_page_for_user(user=fresh, filters=JournalFilter(q=word))[0]
        assert len(found) == 1, word
    note = fresh.note_set.get()
    assert note.written_at == datetime(2024, 3, 2, 14, tzinfo=UTC)
    assert note.created_at is not None
