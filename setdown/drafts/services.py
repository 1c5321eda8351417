from __future__ import annotations

import re

from setdown.drafts.models import Draft

KEY_RE = re.compile(r"^[a-z0-9_\-/]{1,200}$")
MAX_FIELDS = 20
MAX_CHARS = 20_000


def draft_key_ok(key: str) -> bool:
    return bool(KEY_RE.match(key))


def draft_clean(data: dict) -> dict[str, str]:
    cleaned: dict[str, str] = {}
    for name, value in list(data.items())[:MAX_FIELDS]:
        if isinstance(name, str) and isinstance(value, str) and name != "csrfmiddlewaretoken":
            cleaned[name[:100]] = value[:MAX_CHARS]
    return cleaned


def draft_save(*, user, key: str, data: dict) -> Draft:
    draft, _ = Draft.objects.update_or_create(
        user=user, key=key, defaults={"data": draft_clean(data)}
    )
    return draft


def draft_get(*, user, key: str) -> dict[str, str]:
    draft = Draft.objects.filter(user=user, key=key).first()
    return draft.data if draft else {}


def draft_discard(request, *, key: str) -> None:
    """Forget a draft once its words are safely saved, here and in the browser."""
    if request.user.is_authenticated:
        Draft.objects.filter(user=request.user, key=key).delete()
    saved = request.session.get("setdown_saved_drafts", [])
    if key not in saved:
        request.session["setdown_saved_drafts"] = [*saved, key]
