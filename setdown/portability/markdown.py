"""The journey as a Markdown document, for reading anywhere."""

from __future__ import annotations

from datetime import tzinfo
from typing import Any

from setdown.portability.journey import CLOSING, outline


def _hard_breaks(text: str) -> str:
    """Keep the parent's own line breaks (Markdown would join single lines)."""
    return "\n".join(
        line.rstrip() + ("  " if nxt.strip() and line.strip() else "")
        for line, nxt in zip(text.splitlines(), [*text.splitlines()[1:], ""], strict=True)
    )


def _line(label: str, text: str) -> str:
    text = _hard_breaks(text.strip())
    if not label:
        return text
    if "\n" in text:
        return f"**{label}:**\n\n{text}"
    return f"**{label}:** {text}"


def render_markdown(document: dict[str, Any], *, tz: tzinfo) -> str:
    book = outline(document, tz=tz)
    out = [f"# {book.title}", ""]
    if book.dedication:
        out += [book.dedication, ""]
    out += [f"*{book.downloaded}.*", "", CLOSING, ""]
    for part in book.parts:
        out += [f"## {part.title}", ""]
        if part.subtitle:
            out += [f"*{part.subtitle}*", ""]
        if not part.items:
            out += [part.empty, ""]
        for item in part.items:
            if item.heading:
                out += [f"### {' '.join(item.heading.split())}", ""]
            if item.meta:
                out += [f"*{item.meta}*", ""]
            for label, text in item.lines:
                out += [_line(label, text), ""]
    return "\n".join(out).rstrip() + "\n"
