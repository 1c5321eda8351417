"""Benchmark the driver suggester.

    .venv/bin/python bench/drivers_bench.py [--baseline] [--breakdown] [--set=dev --set=test2 ...]

Prints the corpus size, accuracy on the held-out part of the corpus, on the
dev set and on the independent test set (aggregate numbers only), model load
time, warm latency per suggestion on one core, and memory added by the model.
--baseline also trains a plain TF-IDF + linear model on the same split for
comparison (takes about a minute).
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DATA = ROOT / "bench" / "data"
# fresh independent writers, aggregates only (the earlier sets are now training text, see
# setdown/drivers/corpus/writers and bench/drivers_writers.py)
SETS = ("test11", "test12")


def rss_kb() -> int:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def pin_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    return "not pinned (no sched_setaffinity)"


def show(name: str, report) -> None:
    print(
        f"{name}: n={report.n}  top-1 {report.top1:.1f}%  top-2 {report.top2:.1f}%  "
        f"(top-1 within driver+also {report.lenient1:.1f}%)"
    )


def show_breakdown(report) -> None:
    for driver, (n, acc) in report.per_driver.items():
        print(f"    {driver:<11} {acc:5.1f}% of {n}")
    if report.confusions:
        print(
            "    confusions (true -> ranked first): "
            + ", ".join(f"{gold}->{guess} {count}" for gold, guess, count in report.confusions[:8])
        )


def baseline(train_set, sets) -> None:
    """Lowercased word unigrams + bigrams, TF-IDF, L2-normalised, same linear learner."""
    import math
    import re

    from setdown.drivers import train as tr

    token = re.compile(r"[a-z0-9']+")

    def grams(text: str) -> list[str]:
        words = token.findall(text.lower())
        return words + [a + " " + b for a, b in zip(words, words[1:], strict=False)]

    df: dict[str, int] = {}
    for ex in train_set:
        for g in set(grams(ex.text)):
            df[g] = df.get(g, 0) + 1
    n = len(train_set)

    def featurize(text: str) -> dict[str, float]:
        counts: dict[str, int] = {}
        for g in grams(text):
            if g in df:
                counts[g] = counts.get(g, 0) + 1
        vec = {g: (1 + math.log(c)) * math.log((1 + n) / (1 + df[g])) for g, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vec = {g: v / norm for g, v in vec.items()}
        vec["BIAS"] = 1.0
        return vec

    weights = tr.fit(train_set, tr.Config(epochs=14), featurizer=featurize)
    rank = tr.weights_ranker(weights, featurizer=featurize)
    for name, examples in sets:
        if examples:
            show(f"  baseline TF-IDF+linear, {name}", tr.evaluate(rank, examples))


def main() -> None:
    pinned = pin_one_core()
    before = rss_kb()
    started = time.perf_counter()
    from setdown.drivers import suggester

    suggester._model()
    load_s = time.perf_counter() - started
    added_mb = (rss_kb() - before) / 1024

    from setdown.drivers import train as tr

    corpus = tr.load_corpus()
    train_set, heldout = tr.training_set()
    print(
        "corpus (lines per driver):",
        ", ".join(f"{d} {sum(1 for e in corpus if e.driver == d)}" for d in tr.DRIVERS),
        f"= {len(corpus)}",
    )
    print(f"training texts {len(train_set)} (incl. hard_cases), held-out {len(heldout)}")

    def rank(text: str) -> list[str]:
        return [s.driver for s in suggester.suggest(text)]

    meta = tr.load_meta()
    sets = [("held-out corpus", heldout)]
    if meta.get("shipped_train_size"):
        # the shipped model was retrained on every corpus line after this was measured
        print(
            f"held-out corpus (model trained without it, measured at training): "
            f"n={meta['heldout_size']}  top-1 {meta['heldout_top1']:.1f}%  "
            f"top-2 {meta['heldout_top2']:.1f}%; shipped model trained on all "
            f"{meta['shipped_train_size']} texts"
        )
        sets = []
    chosen = [a.split("=", 1)[1] for a in sys.argv if a.startswith("--set=")] or list(SETS)
    loaded = {}
    for key in chosen:
        path = DATA / f"drivers_{key}.jsonl"
        loaded[key] = tr.load_jsonl(path) if path.exists() else []
        sets.append((f"{key} set", loaded[key]))
    for name, examples in sets:
        if not examples:
            print(f"{name}: missing")
            continue
        report = tr.evaluate(rank, examples)
        show(name, report)
        if name != "held-out corpus" or "--breakdown" in sys.argv:
            show_breakdown(report)

    print(f"model load (import + read weights): {load_s * 1000:.0f} ms")
    print(f"resident memory added by loading: {added_mb:.1f} MB")
    # latency over the last set asked for that has texts (the held-out corpus if none)
    timed = next((ex for ex in reversed(list(loaded.values())) if ex), heldout)
    texts = [e.text for e in timed]
    for t in texts[:20]:
        suggester.suggest(t)
    times = []
    for t in texts:
        t0 = time.perf_counter()
        suggester.suggest(t)
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, int(round(0.95 * len(times))) - 1)]
    print(
        f"warm latency per suggestion over {len(times)} texts ({pinned}): "
        f"median {statistics.median(times):.2f} ms, p95 {p95:.2f} ms, max {times[-1]:.2f} ms"
    )

    if "--baseline" in sys.argv:
        print("baseline for comparison (same training split, no hard cases):")
        in_corpus = set(corpus)
        baseline([e for e in train_set if e in in_corpus], sets)


if __name__ == "__main__":
    main()
