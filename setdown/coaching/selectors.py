"""Reading coaching links. Every view reaches a link through one of the *_for_* helpers,
which answer 404 to anyone but the side that owns it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import timedelta

from django.utils import timezone

from setdown.coaching.models import Link
from setdown.journal.models import Entry
from setdown.journal.selectors import journal_objects
from setdown.lib.access import owned_or_404

INVITE_DAYS = 14


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _open_invites():
    return Link.objects.filter(
        parent__isnull=True, created_at__gte=timezone.now() - timedelta(days=INVITE_DAYS)
    )


def invite_by_token(token: str) -> Link | None:
    """An invitation still waiting for a parent, or None (unknown, used or too old)."""
    if not token or len(token) > 100:
        return None
    return _open_invites().filter(token_hash=token_hash(token)).first()


def invite_for_coach(*, user, pk) -> Link:
    return owned_or_404(
        Link.objects.filter(parent__isnull=True), user=user, pk=pk, owner_field="coach"
    )


def link_for_coach(*, user, pk) -> Link:
    return owned_or_404(
        Link.objects.filter(parent__isnull=False), user=user, pk=pk, owner_field="coach"
    )


def link_for_parent(*, user, pk) -> Link:
    return owned_or_404(Link.objects.all(), user=user, pk=pk, owner_field="parent")


@dataclass
class Overview:
    my_coaches: list[Link] = field(default_factory=list)  # links where I am the parent
    my_parents: list[Link] = field(default_factory=list)  # links where I am the coach
    waiting: list[Link] = field(default_factory=list)  # my invitations nobody has used yet


def overview_for_user(*, user) -> Overview:
    return Overview(
        my_coaches=list(Link.objects.filter(parent=user).order_by("-accepted_at")),
        my_parents=list(
            Link.objects.filter(coach=user, parent__isnull=False)
            .select_related("parent")
            .order_by("-accepted_at")
        ),
        waiting=list(_open_invites().filter(coach=user).order_by("-created_at")),
    )


def shared_entries(*, link: Link, page: int = 1, size: int = 20) -> tuple[list, bool]:
    """The newest entries of the groups the parent chose to share, and whether there are more."""
    groups = link.groups
    if not groups or link.parent_id is None:
        return [], False
    offset = (max(page, 1) - 1) * size
    entries = list(
        Entry.objects.filter(user_id=link.parent_id, group__in=groups).order_by(
            "-created_at", "-id"
        )[offset : offset + size + 1]
    )
    return journal_objects(entries[:size]), len(entries) > size
