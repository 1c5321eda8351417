"""Writing practices. Every save of a parent's words also goes through the safety
screen (which never blocks) and the journal's search index."""

from __future__ import annotations

from django.db import transaction
from django.http import HttpRequest

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
            last = m.Phrase.objects.filter(user=request.user).order_by("-position").first()
            item.position = (last.position + 1) if last else 0
    item.save()
    _after_write(request, item)
    return item


@transaction.atomic
def practice_delete(*, item) -> None:
    from setdown.journal.services import journal_unindex_object

    journal_unindex_object(item)
    item.delete()
