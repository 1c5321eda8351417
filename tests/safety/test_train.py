"""The safety screen's training helpers: the writers' sets and leaving one writer out."""

from __future__ import annotations

import json

from setdown.safety.screen import train


def _write(path, rows):
    path.write_text("\n".join(json.dumps(r) for r in rows), "utf-8")


def test_read_writers_groups_files_by_writer_and_skips_unknown_levels(tmp_path):
    _write(tmp_path / "writer1_dev.jsonl", [{"text": "a", "level": "none", "kind": "everyday"}])
    _write(tmp_path / "writer1_test.jsonl", [{"text": "b", "level": "urgent", "kind": "x"}])
    _write(tmp_path / "writer2.jsonl", [{"text": "c", "level": "maybe", "kind": "x"}])
    (tmp_path / "README.md").write_text("not a set", "utf-8")
    assert train.read_writers(tmp_path) == {"writer1": [("a", "none"), ("b", "urgent")]}


def test_a_writer_is_scored_by_a_model_that_never_saw_them(monkeypatch):
    trained_on = []
    monkeypatch.setattr(train, "train_model", lambda rows: trained_on.append(list(rows)) or rows)
    monkeypatch.setattr(train, "unit_scores", lambda model, text: [("none", [1, 0, 0], "sentence")])
    corpus = [("corpus line", "none")]
    writers = {"writer1": [("one", "urgent")], "writer2": [("two", "support")]}
    scored = train.leave_one_writer_out(corpus, writers, log=lambda _m: None, workers=1)
    assert [gold for gold, _units in scored] == ["urgent", "support"]
    first, second = trained_on
    assert ("one", "urgent") not in first and first.count(("two", "support")) == train.WRITER_WEIGHT
    assert ("two", "support") not in second and ("corpus line", "none") in second


def test_rescoring_screens_each_writer_again_with_the_model_that_never_saw_them(
    monkeypatch, tmp_path
):
    monkeypatch.setattr(train, "train_model", lambda rows: "without " + rows[-1][0])
    monkeypatch.setattr(train, "unit_scores", lambda model, text: [(model, text)])
    monkeypatch.setattr(train, "FOLDS_CACHE", tmp_path / "folds.pkl")
    writers = {"writer1": [("one", "urgent")], "writer2": [("two", "none")]}
    first = train.leave_one_writer_out(
        [], writers, log=lambda _m: None, workers=1, cache=train.FOLDS_CACHE
    )
    assert first == [("urgent", [("without two", "one")]), ("none", [("without one", "two")])]
    assert train.rescore(writers, log=lambda _m: None, workers=1) == first
    # models trained on other writers are never used to score these ones
    assert train.rescore({"writer3": [("x", "none")]}, log=lambda _m: None, workers=1) is None


def test_a_sentence_the_model_doubts_is_set_aside_when_the_whole_entry_reads_everyday():
    t = {"urgent": 0.5, "urgent_to_support": 0.3, "support": 0.6, "context": 0.8}
    doubted = ("none", [0.55, 0.1, 0.35], "sentence")
    ordinary_day = [
        doubted,
        ("none", [0.95, 0.03, 0.02], "sentence"),
        ("none", [0.85, 0.1, 0.05], "whole"),
    ]
    assert train.level_at(ordinary_day, t) == "none"
    # not when the whole entry is less sure, nor when the setting is off
    unsure_day = ordinary_day[:2] + [("none", [0.7, 0.2, 0.1], "whole")]
    assert train.level_at(unsure_day, t) == "support"
    assert train.level_at(ordinary_day, dict(t, context=1.01)) == "support"
    # a rule's sign and the model's alarm always stand
    ruled = [("support", [0.55, 0.1, 0.35], "sentence")] + ordinary_day[1:]
    assert train.level_at(ruled, t) == "support"
    alarm = [("none", [0.3, 0.1, 0.6], "sentence")] + ordinary_day[1:]
    assert train.level_at(alarm, t) == "urgent"


def test_an_idiom_of_overwhelm_counts_only_when_the_model_sees_distress_too():
    t = {"urgent": 0.5, "urgent_to_support": 0.3, "support": 0.6, "weak": 0.2}
    calm = [("support~", [0.9, 0.08, 0.02], "sentence")]
    low = [("support~", [0.7, 0.25, 0.05], "sentence")]
    assert train.level_at(calm, t) == "none"
    assert train.level_at(low, t) == "support"
    # a real support rule needs no model at all
    assert train.level_at([("support", [0.9, 0.08, 0.02], "sentence")], t) == "support"


def test_a_model_sure_the_sentence_is_everyday_lowers_the_rules_alarm_to_support_only():
    t = {"urgent": 0.5, "urgent_to_support": 0.3, "support": 0.6, "veto": 0.8}
    sure = [("urgent", [0.9, 0.02, 0.08], "sentence")]
    unsure = [("urgent", [0.6, 0.1, 0.3], "sentence")]
    assert train.level_at(sure, t) == "support"
    assert train.level_at(unsure, t) == "urgent"
    # off unless chosen
    assert train.level_at(sure, dict(t, veto=1.01)) == "urgent"


def test_an_alarm_raised_by_earlier_sentences_is_not_doubted_by_the_model():
    t = {"urgent": 0.5, "urgent_to_support": 0.3, "support": 0.6, "veto": 0.8}
    # "It wasn't an accident." read alone is an everyday sentence; after "cut myself" it is not
    assert train.level_at([("urgent!", [0.95, 0.03, 0.02], "sentence")], t) == "urgent"
    assert train.level_at([("urgent", [0.95, 0.03, 0.02], "sentence")], t) == "support"


def test_a_joke_about_crisis_words_asks_for_nothing_only_when_the_model_is_sure():
    t = {"urgent": 0.5, "urgent_to_support": 0.3, "support": 0.6, "soft": 0.8}
    joke = [("support-", [0.9, 0.05, 0.05], "sentence")]
    unsure = [("support-", [0.7, 0.1, 0.2], "sentence")]
    # a horrified thought, or a joke next to a real sign, is never dropped
    horrified = [("support*", [0.95, 0.03, 0.02], "sentence")]
    assert train.level_at(joke, t) == "none"
    assert train.level_at(unsure, t) == "support"
    assert train.level_at(horrified, t) == "support"
    # and the model cannot raise a joked-about sentence to urgent
    assert train.level_at([("support-", [0.0, 0.1, 0.9], "sentence")], t) == "support"


def test_a_neighbour_that_is_not_everyday_keeps_the_model_from_doubting_a_sentence():
    # "i won't. the rope is up in the loft.": sure on its own, not with the sentence before
    t = {"urgent": 0.5, "urgent_to_support": 0.3, "support": 0.6, "veto": 0.8, "soft": 0.8}
    assert train.level_at([("urgent", [0.9, 0.02, 0.08], "sentence", 0.4)], t) == "urgent"
    assert train.level_at([("urgent", [0.9, 0.02, 0.08], "sentence", 0.9)], t) == "support"
    assert train.level_at([("support-", [0.9, 0.05, 0.05], "sentence", 0.4)], t) == "support"


def test_urgent_recall_is_not_bought_with_support_below_the_floor():
    urgent = [("urgent", [("none", [0.5, 0.0, 0.5], "sentence")])] * 10
    clear = [("support", [("none", [0.55, 0.45, 0.0], "sentence")])] * 20
    faint = [("support", [("none", [0.6, 0.4, 0.0], "sentence")])] * 20
    scored = urgent + clear + faint
    # alarms for every urgent text, half the support texts / support for all of both
    alarm = {"urgent": 0.45, "urgent_to_support": 0.2, "support": 0.42}
    gentle = {"urgent": 0.55, "urgent_to_support": 0.2, "support": 0.35}
    best, m = train._best(scored, [alarm, gentle])
    assert best == gentle and m["support_caught"] == 1.0 and m["urgent_as_none"] == 0
