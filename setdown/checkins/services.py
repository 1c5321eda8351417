from __future__ import annotations

import logging

from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from setdown.checkins.models import DRIVER_KEYS, CheckIn
from setdown.drivers.suggester import Suggestion, suggest
from setdown.insights.services import daystat_after_change
from setdown.journal.services import journal_index_object, journal_unindex_object
from setdown.practices.models import RepairLog
from setdown.safety.services import safety_note_texts

log = logging.getLogger(__name__)


def _after_write(request: HttpRequest, checkin: CheckIn) -> None:
    journal_index_object(checkin)
    daystat_after_change(checkin)
    safety_note_texts(request, checkin.texts())


def checkin_suggestions(checkin: CheckIn) -> list[Suggestion]:
    """Setdown's guess at the drivers; an empty list if there are no words (or no guess)."""
    text = " ".join(t for t in (checkin.what, checkin.feelings.replace(",", ", ")) if t)
    if not checkin.what.strip():
        return []
    try:
        return suggest(text)
    except Exception:
        # A guess is a nicety; the parent can always pick for themselves.
        log.exception("driver suggester failed")
        return []


def preselected_drivers(suggestions: list[Suggestion]) -> list[str]:
    """The top suggestion, and the second too when it is nearly as likely."""
    if not suggestions or suggestions[0].score < 0.2:
        return []
    picked = [suggestions[0].driver]
    if len(suggestions) > 1 and suggestions[1].score >= 0.6 * suggestions[0].score:
        picked.append(suggestions[1].driver)
    return picked


def checkin_start(
    *, request: HttpRequest, what: str, heavy_before: int, feelings: list[str]
) -> CheckIn:
    # Saved first, on its own: nothing after this line can lose the parent's words.
    checkin = CheckIn.objects.create(
        user=request.user, what=what.strip(), heavy_before=heavy_before, feelings=",".join(feelings)
    )
    suggestions = checkin_suggestions(checkin)
    checkin.suggested = " ".join(preselected_drivers(suggestions))
    checkin.save(update_fields=["suggested"])
    _after_write(request, checkin)
    return checkin


@transaction.atomic
def checkin_set_drivers(*, checkin: CheckIn, drivers: list[str]) -> CheckIn:
    chosen = [d for d in drivers if d in DRIVER_KEYS]
    checkin.drivers = " ".join(chosen)
    checkin.corrected = bool(checkin.suggested) and chosen != checkin.suggested.split()
    checkin.save(update_fields=["drivers", "corrected", "updated_at"])
    journal_index_object(checkin)
    daystat_after_change(checkin)
    return checkin


@transaction.atomic
def checkin_finish(*, checkin: CheckIn, heavy_after: int, repaired: bool | None) -> CheckIn:
    first_time = checkin.completed_at is None
    checkin.heavy_after = heavy_after
    checkin.repaired = repaired
    checkin.completed_at = checkin.completed_at or timezone.now()
    checkin.save(update_fields=["heavy_after", "repaired", "completed_at", "updated_at"])
    daystat_after_change(checkin)
    if repaired and first_time:
        log = RepairLog.objects.create(
            user=checkin.user, what_happened=checkin.what[:500], how_it_went=""
        )
        journal_index_object(log)
    return checkin


@transaction.atomic
def checkin_update(*, request: HttpRequest, form) -> CheckIn:
    checkin = form.save()
    _after_write(request, checkin)
    return checkin


@transaction.atomic
def checkin_delete(*, checkin: CheckIn) -> None:
    journal_unindex_object(checkin)
    checkin.delete()
    daystat_after_change(checkin)
