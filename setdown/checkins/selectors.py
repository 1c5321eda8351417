from __future__ import annotations

from setdown.checkins.models import CheckIn
from setdown.lib.access import owned_or_404
from setdown.practices import models as pm
from setdown.practices import selectors as ps
from setdown.program import content


def checkin_get_for_user(*, user, pk) -> CheckIn:
    return owned_or_404(CheckIn.objects.all(), user=user, pk=pk)


def checkin_list_for_user(*, user):
    return CheckIn.objects.for_user(user).order_by("-created_at")


def practice_panels_for_user(*, user, drivers: list[str]) -> dict:
    """What each chosen driver's practice needs on the last check-in screen."""
    panels: dict = {"phrases": list(pm.Phrase.objects.filter(user=user)[:3])}
    if "culture" in drivers:
        panels["rules"] = list(pm.ExaminedRule.objects.filter(user=user)[:3])
    if "roles" in drivers:
        panels["moment"] = ps.next_moment_for_user(user=user)
    if "biology" in drivers and not panels["phrases"]:
        panels["example_phrases"] = content.example_phrases()[:3]
    if "comparison" in drivers:
        panels["boundaries"] = list(pm.Boundary.objects.filter(user=user, active=True)[:3])
    if "beliefs" in drivers:
        panels["beliefs"] = list(pm.RewrittenBelief.objects.filter(user=user)[:2])
    if "repair" in drivers:
        panels["repair_script"] = ps.current_repair_script_for_user(user=user)
        panels["example_scripts"] = content.example_scripts()[:1]
    return panels
