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


def moments_planned_for_user(*, user):
    return m.ConnectionMoment.objects.filter(
        user=user, status=m.ConnectionMoment.Status.PLANNED
    ).order_by("planned_for")


def moments_closed_for_user(*, user):
    return (
        m.ConnectionMoment.objects.filter(user=user)
        .exclude(status=m.ConnectionMoment.Status.PLANNED)
        .order_by("-planned_for")
    )


def phrases_for_user(*, user):
    return m.Phrase.objects.filter(user=user).order_by("position", "created_at")


def boundaries_for_user(*, user):
    return (
        m.Boundary.objects.filter(user=user)
        .order_by("-active", "-created_at")
        .prefetch_related("checks")
    )


def repair_scripts_for_user(*, user):
    """Newest first: the first one is the current script."""
    return m.RepairScript.objects.filter(user=user).order_by("-created_at")


def repair_logs_for_user(*, user):
    return m.RepairLog.objects.filter(user=user).order_by("-happened_on", "-created_at")


def practice_counts_for_user(*, user) -> dict[str, int]:
    """The numbers the practices overview shows, one or two per practice."""
    moments = m.ConnectionMoment.objects.filter(user=user)
    return {
        "rules": m.ExaminedRule.objects.filter(user=user).count(),
        "moments_planned": moments.filter(status=m.ConnectionMoment.Status.PLANNED).count(),
        "moments_done": moments.filter(status=m.ConnectionMoment.Status.DONE).count(),
        "phrases": m.Phrase.objects.filter(user=user).count(),
        "boundaries": m.Boundary.objects.filter(user=user, active=True).count(),
        "boundaries_paused": m.Boundary.objects.filter(user=user, active=False).count(),
        "beliefs": m.RewrittenBelief.objects.filter(user=user).count(),
        "scripts": m.RepairScript.objects.filter(user=user).count(),
        "repairs": m.RepairLog.objects.filter(user=user).count(),
    }
