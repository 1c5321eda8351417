"""Reading the journal: one timeline, filters, and search over encrypted text."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.apps import apps
from django.db.models import Exists, OuterRef
from django.utils import timezone

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


def _bounds(filters: JournalFilter) -> tuple[datetime | None, datetime | None]:
    start = end = None
    if filters.date_from:
        start = timezone.make_aware(datetime.combine(filters.date_from, time.min))
    if filters.date_to:
        end = timezone.make_aware(datetime.combine(filters.date_to, time.min)) + timedelta(days=1)
    return start, end


def journal_page_for_user(
    *, user, filters: JournalFilter, page: int = 1, size: int = 30
) -> tuple[list[Entry], bool]:
    """One page of the timeline, newest first, and whether there is an older page.

    A search walks the newest-first token index of its first word and checks the
    other words per entry, stopping after one page: its cost depends on the page,
    not on how much the parent has written. There is no total count for the same
    reason.
    """
    start, end = _bounds(filters)
    offset = (max(page, 1) - 1) * size
    wanted = tokens.query_tokens(filters.q)
    if wanted:
        first, *rest = wanted
        qs = SearchToken.objects.filter(user=user, token=first)
        for token in rest:
            qs = qs.filter(
                Exists(SearchToken.objects.filter(entry_id=OuterRef("entry_id"), token=token))
            )
        if filters.driver:
            qs = qs.filter(entry__driver=filters.driver)
        if filters.group:
            qs = qs.filter(entry__group=filters.group)
        if start:
            qs = qs.filter(created_at__gte=start)
        if end:
            qs = qs.filter(created_at__lt=end)
        ids = list(
            qs.order_by("-created_at", "-entry_id").values_list("entry_id", flat=True)[
                offset : offset + size + 1
            ]
        )
        found = Entry.objects.in_bulk(ids[:size])
        entries = [found[i] for i in ids[:size] if i in found]
        return entries, len(ids) > size
    qs = Entry.objects.filter(user=user)
    if filters.driver:
        qs = qs.filter(driver=filters.driver)
    if filters.group:
        qs = qs.filter(group=filters.group)
    if start:
        qs = qs.filter(created_at__gte=start)
    if end:
        qs = qs.filter(created_at__lt=end)
    rows = list(qs.order_by("-created_at", "-id")[offset : offset + size + 1])
    return rows[:size], len(rows) > size


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
