"""Turn an uploaded file's bytes into a validated `Bundle`, whatever app made it.

Everything is checked here, before anything is written: a file either reads
completely or is refused with one plain sentence saying why.
"""

from __future__ import annotations

import io
import json
import zipfile
from datetime import tzinfo
from typing import Any

from setdown.portability import dayone, jrnl, schema
from setdown.portability.schema import Bundle, ImportProblem

FORMATS = ("auto", "setdown", "dayone", "jrnl")
FORMAT_NAMES = {"setdown": "Setdown", "dayone": "Day One", "jrnl": "jrnl"}


def size_words(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB" if n >= 1024 * 1024 else f"{max(1, n // 1024)} KB"


def detect(data: Any) -> str:
    if isinstance(data, dict) and data.get("format") == schema.FORMAT:
        return "setdown"
    if dayone.looks_like(data):
        return "dayone"
    if jrnl.looks_like(data):
        return "jrnl"
    raise ImportProblem(
        "We couldn't tell which app made this file. Setdown reads its own export, "
        "Day One JSON and jrnl JSON."
    )


def parse(data: Any, *, fmt: str, tz: tzinfo) -> Bundle:
    """A decoded JSON document as a Bundle, in the format given (or detected)."""
    fmt = detect(data) if fmt == "auto" else fmt
    if fmt == "setdown":
        return schema.parse_setdown(data)
    if fmt == "dayone":
        return dayone.parse(data)
    if fmt == "jrnl":
        return jrnl.parse(data, tz=tz)
    raise ImportProblem(f"Unknown format “{fmt}”. Choose one of: {', '.join(FORMATS)}.")


def _decode(raw: bytes) -> Any:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportProblem("This file isn't text we can read. Choose a .json export.") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as problem:
        raise ImportProblem(
            f"This file isn't valid JSON (line {problem.lineno}, column {problem.colno}). "
            "It may be cut short or not an export."
        ) from None
    except RecursionError:
        raise ImportProblem("This file is nested too deeply to be an export.") from None


def _json_files_in_zip(raw: bytes, *, max_bytes: int) -> list[bytes]:
    """The .json files inside a zip (how Day One exports), read within the size limit."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        members = [
            m
            for m in archive.infolist()
            if m.filename.lower().endswith(".json")
            and not m.is_dir()
            and not m.filename.startswith("__MACOSX/")
        ]
        if not members:
            raise ImportProblem("This zip file has no .json journal inside it.")
        budget, found = max_bytes, []
        for member in members:
            # file_size comes from the archive itself and can lie, so reading stops at the budget.
            with archive.open(member) as handle:
                data = handle.read(budget + 1)
            if len(data) > budget:
                raise ImportProblem(
                    f"What's inside this zip is larger than {size_words(max_bytes)}. "
                    "Try exporting one journal at a time."
                )
            budget -= len(data)
            found.append(data)
        return found
    except (zipfile.BadZipFile, zipfile.LargeZipFile, RuntimeError, NotImplementedError, OSError):
        raise ImportProblem("This zip file can't be opened. It may be damaged or locked.") from None


def read(raw: bytes, *, fmt: str = "auto", max_bytes: int, tz: tzinfo) -> Bundle:
    """Read a whole upload (a .json file, or a .zip holding .json files)."""
    if fmt not in FORMATS:
        raise ImportProblem(f"Unknown format “{fmt}”. Choose one of: {', '.join(FORMATS)}.")
    if len(raw) > max_bytes:
        raise ImportProblem(
            f"This file is larger than {size_words(max_bytes)}, which is the limit."
        )
    if not raw.strip():
        raise ImportProblem("This file is empty.")
    if not raw.startswith(b"PK\x03\x04"):
        return parse(_decode(raw), fmt=fmt, tz=tz)

    bundles = [
        parse(_decode(part), fmt=fmt, tz=tz)
        for part in _json_files_in_zip(raw, max_bytes=max_bytes)
    ]
    if len(bundles) == 1:
        return bundles[0]
    if any(b.source == "setdown" for b in bundles):
        raise ImportProblem(
            "This zip holds more than one file. Upload the Setdown .json on its own."
        )
    # Day One puts one .json per journal in its zip: bring in all their notes.
    notes = [note for b in bundles for note in b.sections.get("notes", [])]
    return schema.notes_bundle(bundles[0].source, notes, sum(b.skipped for b in bundles))
