"""Reading files: pure functions, no database."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from setdown.portability import dayone, reader, schema
from setdown.portability.schema import ImportProblem
from tests.portability.conftest import DATA

LONDON = ZoneInfo("Europe/London")
LIMIT = 1024 * 1024


def read(raw: bytes, **kw):
    return reader.read(raw, max_bytes=kw.pop("max_bytes", LIMIT), tz=LONDON, **kw)


def problem(raw: bytes, **kw) -> str:
    with pytest.raises(ImportProblem) as caught:
        read(raw, **kw)
    return str(caught.value)


def test_day_one_entries_become_notes():
    bundle = read((DATA / "dayone.json").read_bytes())
    assert bundle.source == "dayone" and bundle.skipped == 1  # the photo-only page
    first, second = bundle.sections["notes"]
    assert first["written_at"] == datetime(2023, 1, 5, 8, tzinfo=UTC)
    assert first["source"] == "Day One"
    assert first["text"].startswith("Rough start. Snapped at Ollie")
    assert '(a "T-rex with wings")!' in first["text"]
    assert first["text"].endswith("Tags: mornings, repair")
    assert "dayone-moment" not in second["text"] and second["text"].startswith("Bath time")


def test_day_one_zip_with_more_than_one_journal():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("Journal.json", (DATA / "dayone.json").read_bytes())
        archive.writestr(
            "Work.json",
            json.dumps(
                {
                    "metadata": {},
                    "entries": [
                        {"creationDate": "2023-03-01T12:00:00Z", "text": "Lunch in the park"}
                    ],
                }
            ),
        )
        archive.writestr("photos/abc.jpeg", b"\xff\xd8 not really a photo")
    bundle = read(buffer.getvalue())
    assert [n["text"][:5] for n in bundle.sections["notes"]] == ["Rough", "Bath ", "Lunch"]


def test_jrnl_entries_become_notes_in_local_time():
    bundle = read((DATA / "jrnl.json").read_bytes())
    assert bundle.source == "jrnl"
    late, slow, bedtime = bundle.sections["notes"]
    assert late["text"] == (
        "Late again from @work.\n\nMissed the bath and the story. "
        "Video-called instead and she showed me her drawing of our cat."
    )
    assert slow["text"] == "Slow Sunday."
    assert late["written_at"] == datetime(2023, 2, 14, 21, 30, tzinfo=LONDON)
    assert bedtime["source"] == "jrnl"


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        (b"", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe", "isn't text"),
        (b'{"format": "setdown-export", "version": 1,', "isn't valid JSON (line 1"),
        (b"[1, 2, 3]", "couldn't tell which app"),
        (b'{"hello": "world"}', "couldn't tell which app"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b'{"format": "setdown-export", "version": 2}', "newer Setdown (format version 2)"),
        (b'{"format": "setdown-export", "version": "1"}', "unknown format version"),
        (b'{"format": "setdown-export"}', "unknown format version"),
        (b'{"metadata": {}, "entries": [{"text": "hi"}]}', "Day One entry 1 has no readable"),
        (
            b'{"metadata": {}, "entries": [{"text": "hi", "creationDate": "yesterday"}]}',
            "creationDate",
        ),
        (
            b'{"tags": {}, "entries": [{"title": "t", "date": "2023-02-31", "time": "08:00"}]}',
            "jrnl entry 1 needs a",
        ),
        (
            b'{"tags": {}, "entries": [{"title": "t", "date": "2023-02-03", "time": "lunch"}]}',
            "jrnl entry 1 needs a",
        ),
        (b"PK\x03\x04 not a real zip", "can't be opened"),
    ],
)
def test_unreadable_files_are_explained(raw, words):
    assert words in problem(raw)


def test_oversized_file_is_refused_before_reading():
    assert "larger than 1 KB" in problem(b" " * 2048 + b"{}", max_bytes=1024)


def test_zip_that_unpacks_too_big_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Journal.json", '{"metadata": {}, "entries": []}' + " " * 50_000)
    assert len(buffer.getvalue()) < 4096
    assert "inside this zip is larger" in problem(buffer.getvalue(), max_bytes=4096)


def test_zip_without_json():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "hello")
    assert "no .json journal" in problem(buffer.getvalue())


def test_forced_format_must_match():
    raw = (DATA / "jrnl.json").read_bytes()
    assert "isn't a Setdown export" in problem(raw, fmt="setdown")
    assert "Unknown format" in problem(raw, fmt="evernote")


def _setdown(**sections) -> bytes:
    return json.dumps({"format": "setdown-export", "version": 1, **sections}).encode()


@pytest.mark.parametrize(
    ("sections", "words"),
    [
        ({"checkins": {}}, "“checkins” should be a list"),
        ({"checkins": ["x"]}, "Item 1 in “checkins” should be an object"),
        ({"checkins": [{"heavy_before": 3}]}, "Item 1 in “checkins” is missing “created_at”"),
        (
            {"checkins": [{"heavy_before": 11, "created_at": "2024-01-01T08:00:00Z"}]},
            "“heavy_before” should be a whole number from 0 to 10",
        ),
        (
            {"checkins": [{"heavy_before": True, "created_at": "2024-01-01T08:00:00Z"}]},
            "“heavy_before” should be a whole number",
        ),
        (
            {"checkins": [{"heavy_before": 2, "created_at": "2024-01-01T08:00:00"}]},
            "with its time zone",
        ),
        (
            {
                "checkins": [
                    {
                        "heavy_before": 2,
                        "created_at": "2024-01-01T08:00:00Z",
                        "drivers": "roles sleep",
                    }
                ]
            },
            "unknown driver “sleep”",
        ),
        (
            {
                "rules": [
                    {
                        "rule": "r",
                        "source": "tv",
                        "verdict": "true",
                        "created_at": "2024-01-01T08:00:00Z",
                    }
                ]
            },
            "“source” should be one of",
        ),
        (
            {
                "rules": [
                    {
                        "rule": None,
                        "source": "family",
                        "verdict": "true",
                        "created_at": "2024-01-01T08:00:00Z",
                    }
                ]
            },
            "“rule” can't be empty",
        ),
        (
            {
                "boundaries": [
                    {
                        "source": "s",
                        "kind": "mute",
                        "created_at": "2024-01-01T08:00:00Z",
                        "checks": [
                            {
                                "week_of": "last week",
                                "held": "yes",
                                "created_at": "2024-01-01T08:00:00Z",
                            }
                        ],
                    }
                ]
            },
            "Check 1 of item 1 in “boundaries”: “week_of” should be a date",
        ),
        (
            {"notes": [{"text": "n", "written_at": "2024-01-01T08:00:00Z", "source": "x" * 41}]},
            "at most 40 characters",
        ),
        ({"profile": {"address_as": "auntie"}}, "The profile: “address_as”"),
        ({"safety_plan": {"warning_signs": 3}}, "The safety plan: “warning_signs” should be text"),
    ],
)
def test_setdown_files_are_checked_field_by_field(sections, words):
    assert words in problem(_setdown(**sections))


def test_optional_fields_get_defaults_and_unknown_keys_are_ignored():
    bundle = read(
        _setdown(
            checkins=[{"heavy_before": 4, "created_at": "2024-01-01T09:00:00+01:00", "mood": "?"}],
            future_section=[{"anything": 1}],
        )
    )
    checkin = bundle.sections["checkins"][0]
    assert checkin["created_at"] == checkin["updated_at"] == datetime(2024, 1, 1, 8, tzinfo=UTC)
    assert checkin["what"] == "" and checkin["heavy_after"] is None
    assert checkin["repaired"] is None and checkin["corrected"] is False
    assert "mood" not in checkin
    assert bundle.sections["rules"] == [] and bundle.safety_plan is None


def test_byte_order_mark_is_fine():
    assert read(b"\xef\xbb\xbf" + _setdown()).source == "setdown"


def test_clean_day_one_text():
    assert (
        dayone.clean_text("Tea\\. Then \\\\ a slash\n\n\n\nEnd\\!")
        == "Tea. Then \\ a slash\n\nEnd!"
    )


def test_spec_table_names_every_section():
    assert set(schema.SECTIONS) <= set(schema.spec_table())
