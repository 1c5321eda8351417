"""jrnl's JSON export (`jrnl --export json`):
{"tags": {...}, "entries": [{"title", "body", "date", "time", "starred", "tags"}]}.

jrnl keeps a local date and time with no zone; they are read in the zone
given (the site's TIME_ZONE). Its tags already sit in the text as @words.
"""

from __future__ import annotations

from datetime import date, datetime, time, tzinfo
from typing import Any

from setdown.portability.schema import Bundle, ImportProblem, notes_bundle

SOURCE = "jrnl"


def looks_like(data: Any) -> bool:
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        return False
    first = data["entries"][0] if data["entries"] else None
    if isinstance(first, dict):
        return "date" in first and ("title" in first or "body" in first)
    return isinstance(data.get("tags"), dict)


def _when(entry: dict, tz: tzinfo) -> datetime:
    day = date.fromisoformat(entry["date"])
    clock = entry.get("time") or "00:00"
    at = time.fromisoformat(clock) if isinstance(clock, str) else None
    if at is None:
        raise ValueError
    return datetime.combine(day, at.replace(tzinfo=None)).replace(tzinfo=tz)


def parse(data: Any, *, tz: tzinfo) -> Bundle:
    if not looks_like(data):
        raise ImportProblem("This doesn't look like a jrnl export (no “entries” list).")
    notes, skipped = [], 0
    for number, entry in enumerate(data["entries"], start=1):
        where = f"jrnl entry {number}"
        if not isinstance(entry, dict):
            raise ImportProblem(f"{where} should be an object with named fields.")
        try:
            written_at = _when(entry, tz)
        except (KeyError, TypeError, ValueError):
            raise ImportProblem(
                f"{where} needs a “date” like 2023-01-05 and a “time” like 08:00."
            ) from None
        title, body = entry.get("title", ""), entry.get("body", "")
        if not isinstance(title, str) or not isinstance(body, str):
            raise ImportProblem(f"{where}: “title” and “body” should be text.")
        text = "\n\n".join(part for part in (title.strip(), body.strip()) if part)
        if not text:
            skipped += 1
            continue
        notes.append({"text": text, "source": SOURCE, "written_at": written_at, "created_at": None})
    return notes_bundle("jrnl", notes, skipped)
