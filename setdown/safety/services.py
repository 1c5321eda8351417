"""Screening what a parent saves, and remembering to offer help on the next page.

The screen never blocks saving: the text is already stored when this runs. Only
the level (and whether home sounded unsafe) goes into the session, never the words,
and it is shown once.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from django.http import HttpRequest

SESSION_KEY = "setdown_safety_level"
TOPICS_KEY = "setdown_safety_topics"
ORDER = {"none": 0, "support": 1, "urgent": 2}
log = logging.getLogger(__name__)


def safety_screen_texts(texts: Iterable[str]) -> tuple[str, tuple[str, ...]]:
    """The highest level among the texts, and the help topics any of them raised."""
    from setdown.safety.screen import screen

    level, topics = "none", []
    for text in texts:
        if text and text.strip():
            try:
                result = screen(text)
                found = result.level
                topics += [t for t in result.topics if t not in topics]
            except Exception:
                # Never let the screen stop a save; when it cannot answer, offer support.
                log.exception("safety screen failed")
                found = "support"
            if ORDER[found] > ORDER[level]:
                level = found
    return level, tuple(topics)


def safety_note_texts(request: HttpRequest, texts: Iterable[str]) -> str:
    level, topics = safety_screen_texts(texts)
    if level != "none":
        current = request.session.get(SESSION_KEY, "none")
        if ORDER[level] > ORDER.get(current, 0):
            request.session[SESSION_KEY] = level
        if topics:
            known = request.session.get(TOPICS_KEY, [])
            request.session[TOPICS_KEY] = known + [t for t in topics if t not in known]
    return level


def safety_pop_level(request: HttpRequest) -> str:
    if not hasattr(request, "session"):
        return "none"
    return request.session.pop(SESSION_KEY, "none")


def safety_pop_topics(request: HttpRequest) -> tuple[str, ...]:
    if not hasattr(request, "session"):
        return ()
    return tuple(request.session.pop(TOPICS_KEY, []))
