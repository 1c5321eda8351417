from __future__ import annotations

from pathlib import Path

import pytest
from django.utils import timezone

from setdown.accounts.models import User
from tests import factories
from tests.conftest import make_parent

DATA = Path(__file__).parent / "data"


@pytest.fixture
def fresh(db) -> User:
    """An account that has written nothing and chosen nothing yet."""
    return make_parent("fresh@example.org", address_as="")


def fill_all_fields(user: User) -> None:
    """fill_everything, plus every optional field set and some awkward text."""
    user.address_as, user.name, user.children_ages = "name", "Sam “Sammy” Éloïse", "2 and 5"
    user.save()
    made = factories.fill_everything(user)
    at = timezone.now() - timezone.timedelta(days=30)
    plan = made["safety_plan"]
    for name in plan.SECTIONS:
        setattr(plan, name, f"{name} in my words")
    plan.save()
    factories.make_checkin(
        user,
        what="Shouted at breakfast 😞",
        feelings="tired\nashamed",
        heavy_before=8,
        heavy_after=3,
        drivers="repair biology",
        suggested="repair",
        corrected=True,
        repaired=True,
        created_at=at,
        completed_at=at + timezone.timedelta(minutes=4),
    )
    factories.make_rule(
        user,
        keep="Meals together",
        drop="Spotless floors",
        origin="step",
        source="social_media",
        verdict="unsure",
        created_at=at,
    )
    factories.make_moment(
        user,
        with_whom="Ada",
        status="done",
        felt="Warm",
        closed_at=at,
        origin="checkin",
        planned_for=at,
    )
    factories.make_phrase(user, text="Second phrase — kinder", position=1)
    boundary = factories.make_boundary(
        user, detail="Evenings only", kind="limit", active=False, source="The group chat"
    )
    factories.make_boundary_check(
        user, boundary=boundary, held="partly", felt="", week_of=at.date()
    )
    factories.make_boundary_check(user, boundary=boundary, held="no", felt="Hard week")
    factories.make_belief(user, trigger="Sitting down", emotion="Guilt", created_at=at)
    factories.make_script(user, practice_count=4, last_practised_at=at)
    factories.make_repair_log(user, how_it_went="We hugged", happened_on=at.date())
    factories.make_note(user, text="From my old diary", source="Day One", written_at=at)
