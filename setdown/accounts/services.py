from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from setdown.accounts.models import User


def user_onboard(*, user: User, address_as: str, name: str, children_ages: str) -> User:
    user.address_as = address_as
    user.name = name.strip() if address_as == User.AddressAs.NAME else ""
    user.children_ages = children_ages.strip()
    user.onboarded_at = user.onboarded_at or timezone.now()
    user.save(update_fields=["address_as", "name", "children_ages", "onboarded_at"])
    return user


@transaction.atomic
def user_delete(*, user: User) -> None:
    """Remove the parent and, through cascades, every row they own."""
    user.delete()


def user_note_visit(*, user: User) -> int | None:
    """Record today's visit; return the days since the previous one (or None)."""
    today = timezone.localdate()
    previous = user.last_visit_on
    if previous != today:
        User.objects.filter(pk=user.pk).update(last_visit_on=today)
        user.last_visit_on = today
    return (today - previous).days if previous else None
