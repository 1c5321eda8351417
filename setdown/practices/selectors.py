"""Reading practices. `practice_get_for_user` is the one access helper for every
practice kind: the owner gets the object, anyone else a 404."""

from __future__ import annotations

from django.http import Http404
from django.utils import timezone

from setdown.lib.access import owned_or_404
from setdown.practices import models as m


def practice_get_for_user(*, user, step_key: str, pk) -> m.PracticeItem:
    model = m.STEP_MODELS.get(step_key)
    if model is None:
        raise Http404
    return owned_or_404(model.objects.all(), user=user, pk=pk)


def boundary_check_get_for_user(*, user, pk) -> m.BoundaryCheck:
    return owned_or_404(m.BoundaryCheck.objects.select_related("boundary"), user=user, pk=pk)


def repair_log_get_for_user(*, user, pk) -> m.RepairLog:
    return owned_or_404(m.RepairLog.objects.all(), user=user, pk=pk)


def practice_list_for_user(*, user, step_key: str, origin: str | None = None):
    qs = m.STEP_MODELS[step_key].objects.filter(user=user)
    if origin:
        qs = qs.filter(origin=origin)
    return qs


def step_answer_counts(*, user) -> dict[str, int]:
    """How many answers each step has (items made from the step's reflection)."""
    return {
        key: model.objects.filter(user=user, origin=m.Origin.STEP).count()
        for key, model in m.STEP_MODELS.items()
    }


def next_moment_for_user(*, user) -> m.ConnectionMoment | None:
    soon = timezone.now() - timezone.timedelta(hours=12)
    return (
        m.ConnectionMoment.objects.filter(
            user=user, status=m.ConnectionMoment.Status.PLANNED, planned_for__gte=soon
        )
        .order_by("planned_for")
        .first()
    )


def first_phrase_for_user(*, user) -> m.Phrase | None:
    return m.Phrase.objects.filter(user=user).order_by("position", "created_at").first()


def current_repair_script_for_user(*, user) -> m.RepairScript | None:
    return m.RepairScript.objects.filter(user=user).order_by("-created_at").first()
