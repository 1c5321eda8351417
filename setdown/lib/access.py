"""The one way views reach an object a parent owns.

Each app defines `get_<model>_for_user(user, pk)` with `owned_or_404`, so no
view filters by owner on its own and a stranger always gets a 404 (never a
403, which would confirm the object exists). An object with two sides (a coaching
link has a coach and a parent) names the side that is asking with `owner_field`.
"""

from __future__ import annotations

from typing import TypeVar

from django.db.models import Model, QuerySet
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed

M = TypeVar("M", bound=Model)


def owned_or_404(queryset: QuerySet[M], *, user, pk, owner_field: str = "user") -> M:
    if not getattr(user, "is_authenticated", False):
        raise Http404
    try:
        return queryset.get(pk=pk, **{owner_field: user})
    except (queryset.model.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


def post_only(request: HttpRequest) -> HttpResponse | None:
    """A 405 for anything but POST, or None. Call it after the object was found, so that a
    stranger's GET is a 404 like everything else and never confirms the object exists."""
    return None if request.method == "POST" else HttpResponseNotAllowed(["POST"])
