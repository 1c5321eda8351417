"""Keep the journal timeline and its search index in step with what is saved."""

from __future__ import annotations

from django.db import transaction

from setdown.journal import tokens
from setdown.journal.models import Entry, Note, SearchToken


def entry_kind(obj) -> str:
    return obj._meta.label_lower


def _when(obj):
    for name in ("written_at", "created_at"):
        value = getattr(obj, name, None)
        if value is not None:
            return value
    raise ValueError(f"{obj!r} has no date")


def entry_group(obj) -> str:
    label = entry_kind(obj)
    if label == "checkins.checkin":
        return Entry.Group.CHECKIN
    if label == "journal.note":
        return Entry.Group.NOTE
    if getattr(obj, "origin", "") == "step":
        return Entry.Group.REFLECTION
    return Entry.Group.PRACTICE


def _driver(obj) -> str:
    return getattr(obj, "step_key", "") or getattr(obj, "primary_driver", "") or ""


@transaction.atomic
def journal_index_object(obj) -> Entry:
    entry, _ = Entry.objects.update_or_create(
        kind=entry_kind(obj),
        object_id=obj.pk,
        defaults={
            "user_id": obj.user_id,
            "group": entry_group(obj),
            "driver": _driver(obj),
            "created_at": _when(obj),
        },
    )
    SearchToken.objects.filter(entry=entry).delete()
    found: set[str] = set()
    for text in obj.texts():
        found |= tokens.tokens_for_text(text)
    SearchToken.objects.bulk_create(
        [
            SearchToken(user_id=obj.user_id, entry=entry, token=t, created_at=entry.created_at)
            for t in sorted(found)
        ]
    )
    return entry


def journal_unindex_object(obj) -> None:
    Entry.objects.filter(kind=entry_kind(obj), object_id=obj.pk).delete()


@transaction.atomic
def note_save(*, request, form) -> Note:
    from setdown.safety.services import safety_note_texts

    note = form.save(commit=False)
    if note.pk is None:
        note.user = request.user
    note.save()
    journal_index_object(note)
    safety_note_texts(request, note.texts())
    return note


@transaction.atomic
def note_delete(*, note) -> None:
    journal_unindex_object(note)
    note.delete()
