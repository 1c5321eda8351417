"""The `setdown drivers` management command: the JSON-lines contract."""

import io
import json

import pytest

django = pytest.importorskip("django")

from django.conf import settings  # noqa: E402

if not settings.configured:  # running these tests outside the project's pytest-django setup
    settings.configure(INSTALLED_APPS=["setdown.drivers"])
    django.setup()

from django.core.management import call_command  # noqa: E402
from django.core.management.base import CommandError  # noqa: E402

from setdown.drivers.suggester import DRIVERS  # noqa: E402


def run_jsonl(lines: list[str]) -> list[dict]:
    out = io.StringIO()
    call_command(
        "drivers",
        "suggest",
        "--jsonl",
        stdin=io.StringIO("".join(line + "\n" for line in lines)),
        stdout=out,
    )
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_jsonl_one_line_out_per_line_in_same_order():
    texts = [
        "I yelled at him this morning",
        "",
        "growing up we were never allowed to rest",
        "ça va 😞",
    ]
    rows = run_jsonl([json.dumps({"text": t}) for t in texts])
    assert [r["text"] for r in rows] == texts
    for row in rows:
        assert set(row) == {"text", "drivers"}
        assert sorted(d["driver"] for d in row["drivers"]) == sorted(DRIVERS)
        scores = [d["score"] for d in row["drivers"]]
        assert scores == sorted(scores, reverse=True)
        assert sum(scores) == pytest.approx(1.0, abs=1e-4)
        assert all(isinstance(d["reason"], str) and d["reason"] for d in row["drivers"])
    assert rows[0]["drivers"][0]["driver"] == "repair"


def test_jsonl_malformed_lines_get_an_error_in_place():
    lines = [
        json.dumps({"text": "snapped at dd"}),
        "{not json",
        "",
        json.dumps({"body": "no text key"}),
        json.dumps(["a list"]),
        json.dumps({"text": 42}),
        json.dumps({"text": "my sister posts perfect photos"}),
    ]
    rows = run_jsonl(lines)
    assert len(rows) == len(lines)
    assert "drivers" in rows[0] and "drivers" in rows[-1]
    for row in rows[1:-1]:
        assert set(row) == {"error"}


def test_plain_text_suggest():
    out = io.StringIO()
    call_command("drivers", "suggest", "I", "shouted", "at", "bedtime", stdout=out)
    lines = out.getvalue().splitlines()
    assert len(lines) == 6
    assert lines[0].startswith("repair")


def test_subcommand_is_required():
    with pytest.raises(CommandError):
        call_command("drivers")
