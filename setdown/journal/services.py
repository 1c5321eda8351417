"""Keep the journal timeline and its search index in step with what is saved."""

from __future__ import annotations

from django.db import transaction

from setdown.journal import tokens
from setdown.journal.models import Entry, SearchToken


def entry_kind(obj) -> str:
    return obj._meta.label_lower


def _when(obj):
    for name in ("written_at", "created_at"):
        value = getattr(obj, name, None)
        if value is not None:
            return value
    raise ValueError(f"{obj!r} has no date")


def _driver(obj) -> str:
    return getattr(obj, "step_key", "") or getattr(obj, "primary_driver", "") or ""


@transaction.atomic
def journal_index_object(obj) -> Entry:
    entry, _ = Entry.objects.update_or_create(
        kind=entry_kind(obj),
        object_id=obj.pk,
        defaults={"user_id": obj.user_id, "driver": _driver(obj), "created_at": _when(obj)},
    )
    SearchToken.objects.filter(entry=entry).delete()
    found: set[str] = set()
    for text in obj.texts():
        found |= tokens.tokens_for_text(text)
    SearchToken.objects.bulk_create(
        [SearchToken(user_id=obj.user_id, entry=entry, token=t) for t in sorted(found)]
    )
    return entry


def journal_unindex_object(obj) -> None:
    Entry.objects.filter(kind=entry_kind(obj), object_id=obj.pk).delete()
