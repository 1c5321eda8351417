"""Where a parent is in the six steps."""

from __future__ import annotations

from dataclasses import dataclass

from setdown.drafts.models import Draft
from setdown.practices import models as pm
from setdown.practices.selectors import step_answer_counts
from setdown.program import content


@dataclass(frozen=True)
class StepState:
    step: content.Step
    answers: int
    drafting: bool

    @property
    def state(self) -> str:
        if self.answers:
            return "done"
        return "in_progress" if self.drafting else "not_started"

    @property
    def state_label(self) -> str:
        return {"done": "Done", "in_progress": "Started", "not_started": "Not started"}[self.state]


def draft_key(step_key: str) -> str:
    return f"program/{step_key}/new"


def program_states_for_user(*, user) -> list[StepState]:
    counts = step_answer_counts(user=user)
    drafting = set(
        Draft.objects.filter(user=user, key__startswith="program/").values_list("key", flat=True)
    )
    return [
        StepState(step=s, answers=counts.get(s.key, 0), drafting=draft_key(s.key) in drafting)
        for s in content.steps()
    ]


def next_step_for_user(*, user) -> StepState | None:
    """The first step in the suggested order that has no answer yet."""
    states = program_states_for_user(user=user)
    started = [s for s in states if s.state == "in_progress"]
    if started:
        return started[0]
    return next((s for s in states if s.state == "not_started"), None)


def step_answers_for_user(*, user, step_key: str):
    return (
        pm.STEP_MODELS[step_key]
        .objects.filter(user=user, origin=pm.Origin.STEP)
        .order_by("-created_at")
    )


def big_picture_for_user(*, user) -> list[tuple[content.Step, list]]:
    return [(s, list(step_answers_for_user(user=user, step_key=s.key))) for s in content.steps()]
