"""`setdown safety screen --jsonl`: the contract automated evaluation depends on."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError


def run_jsonl(lines: list[str]) -> list[dict]:
    out = StringIO()
    call_command("safety", "screen", "--jsonl", stdin=StringIO("\n".join(lines) + "\n"), stdout=out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_jsonl_one_line_per_input_in_order():
    texts = [
        "they would be better off without me",
        "I've been crying every day for weeks and feel nothing for the baby",
        "this toddler is killing me",
        "I forgot the reading book again",
    ]
    rows = run_jsonl([json.dumps({"text": t}) for t in texts])
    assert [r["text"] for r in rows] == texts
    assert [r["level"] for r in rows] == ["urgent", "support", "none", "none"]
    for row in rows:
        assert set(row) == {"text", "level", "why"}
        assert row["why"].startswith(row["level"] + ":")


def test_malformed_lines_get_an_error_line_and_do_not_stop_the_stream():
    rows = run_jsonl(
        [
            "not json at all",
            json.dumps({"text": "I want to go to sleep and not wake up"}),
            json.dumps({"no_text": 1}),
            json.dumps(["a", "list"]),
            json.dumps({"text": 42}),
            "",
            json.dumps({"text": "dying for a coffee"}),
        ]
    )
    assert len(rows) == 7
    assert "error" in rows[0]
    assert rows[1]["level"] == "urgent"
    assert all("error" in rows[i] for i in (2, 3, 4, 5))
    assert rows[6] == {"text": "dying for a coffee", "level": "none", "why": rows[6]["why"]}


def test_unicode_round_trip():
    text = "j’ai pleuré tous les jours — I can’t stop crying for weeks 😢"
    rows = run_jsonl([json.dumps({"text": text}, ensure_ascii=False)])
    assert rows[0]["text"] == text
    assert rows[0]["level"] == "support"


def test_plain_text_mode():
    out = StringIO()
    call_command("safety", "screen", "I", "wish", "I", "was", "dead", stdout=out)
    assert out.getvalue().startswith("urgent\t")


def test_screen_needs_input():
    with pytest.raises(CommandError):
        call_command("safety", "screen", stdout=StringIO())


def test_subcommand_required():
    with pytest.raises(CommandError):
        call_command("safety", stdout=StringIO())


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([], (False, 0.975)),
        (["--cached", "--floor", "0.96"], (True, 0.96)),
        (["--rescore"], ("rescore", 0.975)),
    ],
)
def test_train_passes_its_options_to_the_training(monkeypatch, args, expected):
    from setdown.safety.screen import train

    seen = []
    monkeypatch.setattr(
        train, "run", lambda log, cached, support_floor: seen.append((cached, support_floor))
    )
    call_command("safety", "train", *args, stdout=StringIO())
    assert seen == [expected]
