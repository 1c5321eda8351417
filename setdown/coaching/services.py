"""Changing coaching links: invitations, accepting, choosing what to share, ending."""

from __future__ import annotations

import secrets

from django.db import transaction
from django.utils import timezone

from setdown.coaching.models import SHAREABLE_GROUPS, Link
from setdown.coaching.selectors import token_hash


class OwnInvitation(ValueError):
    """A coach cannot accept their own invitation."""


def invite_create(*, coach, coach_name: str, label: str = "") -> tuple[Link, str]:
    """A new invitation and its secret, which is shown to the coach once and never stored."""
    token = secrets.token_urlsafe(24)
    link = Link.objects.create(
        coach=coach,
        coach_name=coach_name.strip(),
        label=label.strip(),
        token_hash=token_hash(token),
    )
    return link, token


def _groups(groups) -> str:
    return " ".join(g for g in SHAREABLE_GROUPS if g in set(groups or ()))


@transaction.atomic
def invite_accept(*, link: Link, parent, share_insights: bool, groups) -> Link:
    """The parent says yes, choosing what to share. Accepting a second invitation from the
    same coach only updates what is shared."""
    if link.coach_id == parent.pk:
        raise OwnInvitation
    existing = Link.objects.filter(coach_id=link.coach_id, parent=parent).first()
    if existing:
        link.delete()
        link = existing
    else:
        link.parent = parent
        link.accepted_at = timezone.now()
        link.token_hash = None  # an invitation works once
    link.share_insights = share_insights
    link.share_groups = _groups(groups)
    link.save()
    return link


def sharing_update(*, link: Link, share_insights: bool, groups) -> Link:
    link.share_insights = share_insights
    link.share_groups = _groups(groups)
    link.save(update_fields=["share_insights", "share_groups"])
    return link


def link_end(*, link: Link) -> None:
    """Either side ends it; the coach sees nothing more from that moment."""
    link.delete()
