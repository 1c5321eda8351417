"""Writing practices. Every save of a parent's words also goes through the safety
screen (which never blocks) and the journal's search index."""

from __future__ import annotations

from django.db import transaction
from django.db.models import F
from django.http import HttpRequest
from django.utils import timezone

from setdown.practices import models as m
from setdown.safety.services import safety_note_texts


def _after_write(request: HttpRequest, item) -> None:
    from setdown.journal.services import journal_index_object

    journal_index_object(item)
    safety_note_texts(request, item.texts())


@transaction.atomic
def practice_save(*, request: HttpRequest, form, origin: str | None = None) -> m.PracticeItem:
    """Save a practice ModelForm (new or existing) for the signed-in parent."""
    item = form.save(commit=False)
    if item.pk is None:
        item.user = request.user
        item.origin = origin or m.Origin.OWN
        if isinstance(item, m.Phrase):
            item.position = _next_phrase_position(request.user)
    item.save()
    _after_write(request, item)
    return item


@transaction.atomic
def practice_delete(*, item) -> None:
    from setdown.journal.services import journal_unindex_object

    if isinstance(item, m.Boundary):
        for check in item.checks.all():
            journal_unindex_object(check)
    journal_unindex_object(item)
    item.delete()


def _next_phrase_position(user) -> int:
    last = m.Phrase.objects.filter(user=user).order_by("-position").first()
    return (last.position + 1) if last else 0


@transaction.atomic
def phrase_create(*, request: HttpRequest, text: str, origin: str = m.Origin.OWN) -> m.Phrase:
    """A phrase from words the parent chose (an example adopted with one tap)."""
    phrase = m.Phrase.objects.create(
        user=request.user, origin=origin, text=text, position=_next_phrase_position(request.user)
    )
    _after_write(request, phrase)
    return phrase


@transaction.atomic
def phrase_move(*, phrase: m.Phrase, direction: str) -> None:
    """Swap a phrase with its neighbour above ("up") or below ("down")."""
    phrases = list(
        m.Phrase.objects.select_for_update()
        .filter(user_id=phrase.user_id)
        .order_by("position", "created_at")
    )
    index = next(i for i, p in enumerate(phrases) if p.pk == phrase.pk)
    other = index - 1 if direction == "up" else index + 1
    if 0 <= other < len(phrases):
        phrases[index], phrases[other] = phrases[other], phrases[index]
    for position, p in enumerate(phrases):
        p.position = position
    m.Phrase.objects.bulk_update(phrases, ["position"])


@transaction.atomic
def moment_close(
    *, request: HttpRequest, moment: m.ConnectionMoment, status: str, felt: str
) -> m.ConnectionMoment:
    """Record how a planned moment went: done, or let go, and a line on how it felt."""
    moment.status = status
    moment.felt = felt
    moment.closed_at = timezone.now()
    moment.save(update_fields=["status", "felt", "closed_at", "updated_at"])
    _after_write(request, moment)
    return moment


def boundary_set_active(*, boundary: m.Boundary, active: bool) -> m.Boundary:
    boundary.active = active
    boundary.save(update_fields=["active", "updated_at"])
    return boundary


@transaction.atomic
def boundary_check_save(
    *, request: HttpRequest, form, boundary: m.Boundary | None = None
) -> m.BoundaryCheck:
    """Save a weekly check (new, for `boundary`, or an existing one from its form)."""
    check = form.save(commit=False)
    if check.pk is None:
        check.user = request.user
        check.boundary = boundary
    check.save()
    _after_write(request, check)
    return check


@transaction.atomic
def boundary_check_delete(*, check: m.BoundaryCheck) -> None:
    from setdown.journal.services import journal_unindex_object

    journal_unindex_object(check)
    check.delete()


@transaction.atomic
def repair_log_save(*, request: HttpRequest, form) -> m.RepairLog:
    log = form.save(commit=False)
    if log.pk is None:
        log.user = request.user
    log.save()
    _after_write(request, log)
    return log


@transaction.atomic
def repair_log_delete(*, log: m.RepairLog) -> None:
    from setdown.journal.services import journal_unindex_object

    journal_unindex_object(log)
    log.delete()


def repair_script_practised(*, script: m.RepairScript) -> m.RepairScript:
    """Count one more rehearsal. The count is only ever shown as encouragement."""
    m.RepairScript.objects.filter(pk=script.pk).update(
        practice_count=F("practice_count") + 1, last_practised_at=timezone.now()
    )
    script.refresh_from_db(fields=["practice_count", "last_practised_at"])
    return script
