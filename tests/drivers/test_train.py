"""Training helpers on a tiny made-up corpus: split, de-duplication, determinism."""

from setdown.drivers import train
from setdown.drivers.train import DRIVERS, Config, Example


def test_heldout_split_is_stable_and_about_a_fifth():
    texts = [f"entry number {i} about a long day" for i in range(2000)]
    first = [train.is_heldout(t) for t in texts]
    assert first == [train.is_heldout(t) for t in texts]
    assert 0.17 < sum(first) / len(first) < 0.23
    # whitespace and case do not move a line across the split
    assert train.is_heldout("I Yelled  at him") == train.is_heldout("i yelled at him")


def test_load_corpus_drops_blank_comment_and_conflicting_lines(tmp_path):
    (tmp_path / "repair.txt").write_text("I yelled\n\n# a note\nsame line\nI yelled\n", "utf-8")
    (tmp_path / "roles.txt").write_text("work again\nsame line\n", "utf-8")
    examples = train.load_corpus(tmp_path)
    assert examples == [Example("work again", "roles"), Example("I yelled", "repair")]


def test_load_corpus_reads_extra_files_by_prefix(tmp_path):
    (tmp_path / "repair.txt").write_text("I yelled\n", "utf-8")
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "beliefs_a.txt").write_text("resting feels like stealing\nI yelled\n", "utf-8")
    (extra / "beliefs_b.txt").write_text("what if I'm damaging him\n", "utf-8")
    (extra / "repair_b.txt").write_text("snapped at her, want to make it right\n", "utf-8")
    (extra / "notes_a.txt").write_text("not a driver file\n", "utf-8")
    (extra / "README.md").write_text("ignored\n", "utf-8")
    examples = train.load_corpus(tmp_path)
    assert examples == [
        Example("resting feels like stealing", "beliefs"),
        Example("what if I'm damaging him", "beliefs"),
        Example("snapped at her, want to make it right", "repair"),
    ]  # "I yelled" is filed under two drivers, so it is dropped
    # the split of a line does not depend on which file it came from
    train_part, heldout = train.split_corpus(examples)
    assert {e.text for e in heldout} == {e.text for e in examples if train.is_heldout(e.text)}
    assert len(train_part) + len(heldout) == len(examples)


TINY = [
    Example("i yelled at him and want to say sorry", "repair"),
    Example("snapped at her at bedtime", "repair"),
    Example("so tired, no sleep, hormones everywhere", "biology"),
    Example("exhausted after night feeds", "biology"),
    Example("she posted perfect photos on instagram", "comparison"),
    Example("the other mums at pickup", "comparison"),
    Example("growing up my mother said rest is lazy", "beliefs"),
    Example("i was raised to never complain", "beliefs"),
    Example("work emails during dinner again", "roles"),
    Example("on a call at bath time", "roles"),
    Example("a good mum bakes from scratch", "culture"),
    Example("the house should be spotless", "culture"),
]


def test_fit_is_deterministic_and_learns_the_tiny_corpus():
    config = Config(epochs=8)
    first = train.fit(TINY, config)
    assert first == train.fit(TINY, config)
    rank = train.weights_ranker(first)
    assert all(rank(ex.text)[0] == ex.driver for ex in TINY)


def test_evaluate_counts_top1_top2_and_confusions():
    def ranker(text: str) -> list[str]:
        return ["repair", "biology", *[d for d in DRIVERS if d not in ("repair", "biology")]]

    examples = [
        Example("a", "repair"),
        Example("b", "biology", ("repair",)),
        Example("c", "roles"),
    ]
    report = train.evaluate(ranker, examples)
    assert round(report.top1, 1) == 33.3
    assert round(report.top2, 1) == 66.7
    assert round(report.lenient1, 1) == 66.7
    assert ("biology", "repair", 1) in report.confusions


def test_pair_models_and_bagging_are_deterministic():
    config = Config(epochs=4, bag=2, pairs=(("repair", "biology"),), pair_weight=1.0)
    weights, pairs = train.build(TINY, config)
    assert (weights, pairs) == train.build(TINY, config)
    assert set(pairs) == {"repair|biology"}
    # positive pair weights favour the second driver of the pair
    margin = sum(
        pairs["repair|biology"].get(n, 0.0) * v
        for n, v in train.model_features("so tired, no sleep, hormones everywhere").items()
    )
    assert margin > 0
    rank = train.weights_ranker(weights, pairs=pairs, pair_weight=config.pair_weight)
    assert all(rank(ex.text)[0] == ex.driver for ex in TINY)


def test_apply_pairs_only_touches_the_top_two_and_keeps_the_total():
    from setdown.drivers.suggester import apply_pairs

    scores = [3.0, 2.5, 0.0, 0.0, 0.0, 0.0]  # culture, then roles
    pairs = {(0, 1): {"w:email": 2.0}}
    out = apply_pairs(scores, [("w:email", 1.0)], pairs, 1.0)
    assert out[1] > out[0]
    assert sum(out) == sum(scores)
    assert out[2:] == scores[2:]
    # a pair the model has no table for, or no weight, changes nothing
    assert apply_pairs([0.0, 0.0, 3.0, 2.0, 0.0, 0.0], [("w:email", 1.0)], pairs, 1.0)[2] == 3.0
    assert apply_pairs(scores, [("w:email", 1.0)], pairs, 0.0) == scores


def test_writers_sets_are_grouped_by_writer_weighted_and_never_held_out(tmp_path, monkeypatch):
    rows = {
        "writer1_dev.jsonl": [("my mum said rest is lazy", "beliefs", [])],
        "writer1_test.jsonl": [("shouted at him, said sorry after", "repair", ["biology"])],
        "writer2.jsonl": [("the gate mums judge my lunchboxes", "comparison", [])],
    }
    for name, lines in rows.items():
        (tmp_path / name).write_text(
            "\n".join(
                f'{{"text": "{t}", "driver": "{d}", "also": {list(a)!r}}}'.replace("'", '"')
                for t, d, a in lines
            ),
            "utf-8",
        )
    (tmp_path / "README.md").write_text("not a set\n", "utf-8")
    writers = train.load_writers(tmp_path)
    assert list(writers) == ["writer1", "writer2"]
    assert [e.text for e in writers["writer1"]] == [
        "my mum said rest is lazy",
        "shouted at him, said sorry after",
    ]
    assert writers["writer1"][1].also == ("biology",)

    monkeypatch.setattr(train, "WRITERS_DIR", tmp_path)
    monkeypatch.setattr(train, "load_writers", lambda d=tmp_path: writers)
    monkeypatch.setattr(train, "load_corpus", lambda: [Example("work again", "roles")])
    monkeypatch.setattr(train, "load_jsonl", lambda path: [])
    train_part, heldout = train.training_set()
    texts = [e.text for e in train_part]
    assert texts.count("the gate mums judge my lunchboxes") == train.WRITER_WEIGHT
    assert all(e.text != "the gate mums judge my lunchboxes" for e in heldout)
