"""The JSON-lines loop behind `setdown drivers suggest --jsonl` and
`setdown safety screen --jsonl`: one answer line per input line, in order,
flushed as it goes; a line that can't be read gets {"error": ...} and the loop
goes on."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any


def answer_lines(
    lines: Iterable[str], answer: Callable[[str], dict[str, Any]], write: Callable[[str], None]
) -> None:
    """For each {"text": "..."} line, write {"text": ..., **answer(text)}."""
    for raw in lines:
        try:
            row = json.loads(raw.strip())
        except (ValueError, RecursionError) as exc:
            write(json.dumps({"error": f"not valid JSON: {str(exc)[:120]}"}))
            continue
        if not isinstance(row, dict) or not isinstance(row.get("text"), str):
            write(json.dumps({"error": 'expected an object with a string "text"'}))
            continue
        text = row["text"]
        try:
            out = {"text": text, **answer(text)}
        except Exception as exc:  # one bad line never stops the stream
            out = {"error": f"could not answer this line: {type(exc).__name__}"}
        write(json.dumps(out, ensure_ascii=False))


def stdin_stream(options: dict, default) -> Any:
    stream = options.get("stdin") or default
    if hasattr(stream, "reconfigure"):
        # one badly encoded line should become an error line, not a crash
        stream.reconfigure(errors="replace")
    return stream
