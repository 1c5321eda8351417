"""Writing an import. The bundle is already fully validated (see reader.py); here
it is written in one transaction, so a failure leaves the account as it was."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from setdown.insights.services import daystat_rebuild
from setdown.journal.services import journal_index_object
from setdown.portability.schema import BOUNDARY_CHECK, PROFILE, SECTIONS, Bundle
from setdown.portability.selectors import SECTION_MODELS
from setdown.practices import models as pm
from setdown.safety.models import SafetyPlan


@dataclass(frozen=True)
class ImportResult:
    added: int
    skipped: int
    profile_fields: tuple[str, ...]


def _fields(specs, record: dict[str, Any], *, without=("updated_at",)) -> dict[str, Any]:
    return {s.name: record[s.name] for s in specs if s.name not in without}


def _keep_updated_at(model, objects: list, stamps: list) -> None:
    """`auto_now` overwrites updated_at on save; put back the times from the file."""
    for obj, stamp in zip(objects, stamps, strict=True):
        obj.updated_at = stamp
    if objects:
        model.objects.bulk_update(objects, ["updated_at"])


@transaction.atomic
def import_bundle(*, user, bundle: Bundle, request=None) -> ImportResult:
    """Add everything in `bundle` to `user`'s account. Nothing already there is
    removed or changed, except profile and safety-plan fields that were empty."""
    now = timezone.now()
    written: list = []

    filled = tuple(
        s.name for s in PROFILE if bundle.profile.get(s.name) and not getattr(user, s.name)
    )
    for name in filled:
        setattr(user, name, bundle.profile[name])
    if filled:
        user.save(update_fields=list(filled))

    phrase_offset = _next_phrase_position(user)
    for key, records in bundle.sections.items():
        model, specs = SECTION_MODELS[key], SECTIONS[key]
        made, stamps = [], []
        for record in records:
            values = _fields(specs, record)
            if key == "phrases":
                values["position"] += phrase_offset
            if key == "notes" and values.get("created_at") is None:
                values["created_at"] = now
            obj = model.objects.create(user=user, **values)
            written.append(obj)
            if "updated_at" in record:
                made.append(obj)
                stamps.append(record["updated_at"])
            for check in record.get("checks", []):
                written.append(
                    pm.BoundaryCheck.objects.create(
                        user=user, boundary=obj, **_fields(BOUNDARY_CHECK, check)
                    )
                )
        _keep_updated_at(model, made, stamps)

    if bundle.safety_plan is not None:
        _merge_safety_plan(user, bundle.safety_plan)

    for obj in written:
        journal_index_object(obj)
    if "checkins" in bundle.sections:
        daystat_rebuild(user=user)
    if request is not None:
        from setdown.safety.services import safety_note_texts

        safety_note_texts(request, [t for obj in written for t in obj.texts()])
    added = len(written) + (1 if bundle.safety_plan is not None else 0)
    return ImportResult(added=added, skipped=bundle.skipped, profile_fields=filled)


def _next_phrase_position(user) -> int:
    last = pm.Phrase.objects.filter(user=user).aggregate(top=Max("position"))["top"]
    return 0 if last is None else last + 1


def _merge_safety_plan(user, record: dict[str, Any]) -> None:
    plan, created = SafetyPlan.objects.get_or_create(user=user)
    for name in SafetyPlan.SECTIONS:
        if record[name] and not getattr(plan, name).strip():
            setattr(plan, name, record[name])
    plan.save()
    if created and record.get("updated_at"):
        _keep_updated_at(SafetyPlan, [plan], [record["updated_at"]])
