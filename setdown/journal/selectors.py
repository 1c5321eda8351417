"""Reading the journal: one timeline, filters, and search over encrypted text."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from django.apps import apps
from django.db.models import Count, QuerySet

from setdown.journal import tokens
from setdown.journal.models import Entry, Note, SearchToken
from setdown.lib.access import owned_or_404


def note_get_for_user(*, user, pk) -> Note:
    return owned_or_404(Note.objects.all(), user=user, pk=pk)


@dataclass(frozen=True)
class JournalFilter:
    q: str = ""
    driver: str = ""
    group: str = ""
    date_from: date | None = None
    date_to: date | None = None


def journal_entries_for_user(*, user, filters: JournalFilter) -> QuerySet[Entry]:
    qs = Entry.objects.filter(user=user)
    if filters.driver:
        qs = qs.filter(driver=filters.driver)
    if filters.group:
        qs = qs.filter(group=filters.group)
    if filters.date_from:
        qs = qs.filter(created_at__date__gte=filters.date_from)
    if filters.date_to:
        qs = qs.filter(created_at__date__lte=filters.date_to)
    wanted = tokens.query_tokens(filters.q)
    if wanted:
        matching = (
            SearchToken.objects.filter(user=user, token__in=wanted)
            .values("entry_id")
            .annotate(hits=Count("token", distinct=True))
            .filter(hits=len(wanted))
            .values("entry_id")
        )
        qs = qs.filter(id__in=matching)
    return qs.order_by("-created_at", "-id")


def journal_objects(entries: list[Entry]) -> list[tuple[Entry, object]]:
    """The written objects behind a page of entries: one query per kind on the page."""
    ids_by_kind: dict[str, list[int]] = defaultdict(list)
    for entry in entries:
        ids_by_kind[entry.kind].append(entry.object_id)
    objects: dict[tuple[str, int], object] = {}
    for kind, ids in ids_by_kind.items():
        model = apps.get_model(kind)
        for pk, obj in model._default_manager.in_bulk(ids).items():
            objects[(kind, pk)] = obj
    return [
        (e, objects[(e.kind, e.object_id)]) for e in entries if (e.kind, e.object_id) in objects
    ]
