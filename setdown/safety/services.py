"""Screening what a parent saves, and remembering to offer help on the next page.

The screen never blocks saving: the text is already stored when this runs. Only
the level goes into the session (never the words), and it is shown once.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from django.http import HttpRequest

SESSION_KEY = "setdown_safety_level"
ORDER = {"none": 0, "support": 1, "urgent": 2}
log = logging.getLogger(__name__)


def safety_level(texts: Iterable[str]) -> str:
    from setdown.safety.screen import screen

    level = "none"
    for text in texts:
        if text and text.strip():
            try:
                found = screen(text).level
            except Exception:
                # Never let the screen stop a save; when it cannot answer, offer support.
                log.exception("safety screen failed")
                found = "support"
            if ORDER[found] > ORDER[level]:
                level = found
    return level


def safety_note_texts(request: HttpRequest, texts: Iterable[str]) -> str:
    level = safety_level(texts)
    if level != "none":
        current = request.session.get(SESSION_KEY, "none")
        if ORDER[level] > ORDER.get(current, 0):
            request.session[SESSION_KEY] = level
    return level


def safety_pop_level(request: HttpRequest) -> str:
    if not hasattr(request, "session"):
        return "none"
    return request.session.pop(SESSION_KEY, "none")
