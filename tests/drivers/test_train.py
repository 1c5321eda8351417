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
