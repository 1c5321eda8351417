"""The one way views reach an object a parent owns.

Each app defines `get_<model>_for_user(user, pk)` with `owned_or_404`, so no
view filters by owner on its own and a stranger always gets a 404 (never a
403, which would confirm the object exists). An object with two sides (a coaching
link has a coach and a parent) names the side that is asking with `owner_field`.
"""

from __future__ import annotations

from typing import TypeVar

from django.db.models import Model, QuerySet
from django.http import Http404

M = TypeVar("M", bound=Model)


def owned_or_404(queryset: QuerySet[M], *, user, pk, owner_field: str = "user") -> M:
    if not getattr(user, "is_authenticated", False):
        raise Http404
    try:
        return queryset.get(pk=pk, **{owner_field: user})
    except (queryset.model.DoesNotExist, ValueError, TypeError):
        raise Http404 from None
