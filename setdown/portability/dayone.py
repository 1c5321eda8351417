"""Day One's JSON export: {"metadata": {...}, "entries": [{"creationDate", "text", "tags"}]}.

Each entry with words becomes a journal note. Day One writes its text as
Markdown with punctuation escaped ("Tea\\." for "Tea.") and photos as
dayone-moment links; the escapes are undone and the photo links left out,
since the photos themselves don't come along.
"""

from __future__ import annotations

import re
from typing import Any

from setdown.portability.schema import Bundle, ImportProblem, notes_bundle, parse_datetime

SOURCE = "Day One"

_MOMENT = re.compile(r"!\[[^\]]*\]\(dayone-moment:[^)]*\)")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|~])")


def looks_like(data: Any) -> bool:
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        return False
    if isinstance(data.get("metadata"), dict):
        return True
    first = data["entries"][0] if data["entries"] else None
    return isinstance(first, dict) and "creationDate" in first


def clean_text(text: str) -> str:
    text = _MOMENT.sub("", text)
    text = _ESCAPE.sub(r"\1", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def parse(data: Any) -> Bundle:
    if not looks_like(data):
        raise ImportProblem("This doesn't look like a Day One export (no “entries” list).")
    notes, skipped = [], 0
    for number, entry in enumerate(data["entries"], start=1):
        where = f"Day One entry {number}"
        if not isinstance(entry, dict):
            raise ImportProblem(f"{where} should be an object with named fields.")
        try:
            written_at = parse_datetime(entry.get("creationDate"))
        except ValueError:
            raise ImportProblem(
                f"{where} has no readable “creationDate” (like 2023-01-05T08:00:00Z)."
            ) from None
        text = entry.get("text", "")
        tags = entry.get("tags", [])
        if not isinstance(text, str) or not isinstance(tags, list):
            raise ImportProblem(f"{where}: “text” should be text and “tags” a list.")
        text = clean_text(text)
        if not text:
            skipped += 1  # a photo or an empty page: nothing to keep as words
            continue
        tags = [str(t).strip() for t in tags if str(t).strip()]
        if tags:
            text += "\n\nTags: " + ", ".join(tags)
        notes.append({"text": text, "source": SOURCE, "written_at": written_at, "created_at": None})
    return notes_bundle("dayone", notes, skipped)
