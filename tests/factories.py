"""Objects a parent owns, of every kind, for tests that need a full account."""

from __future__ import annotations

from setdown.drafts.models import Draft
from setdown.safety.models import SafetyPlan


def fill_everything(user) -> dict:
    made = {
        "safety_plan": SafetyPlan.objects.create(user=user, warning_signs="not sleeping"),
        "draft": Draft.objects.create(user=user, key="checkin/new", data={"what": "a draft"}),
    }
    return made
