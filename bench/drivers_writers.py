"""Leave one writer out for the driver suggester.

    .venv/bin/python bench/drivers_writers.py [--weight=N] [--only-corpus] [--writers=writer2,...]
        [--cfg=nb_mix=0.5 ...]
    .venv/bin/python bench/drivers_writers.py --corpus [--writers=d,e] [--cfg=char_ngrams=False]

The writers' sets in ``setdown/drivers/corpus/writers`` were each written by one independent
helper from the driver definitions alone (writer1 wrote two files). Each is held out in turn:
the model is trained on the corpus, the hard cases and every OTHER writer's set (each line
counted --weight times, default train.WRITER_WEIGHT) and scored on the held-out writer.
--only-corpus leaves all writers' sets out of training, for comparison.

--corpus holds out the corpus writers instead: ``corpus/extra/<driver>_<letter>.txt`` from
``d`` on (each a helper who never read the earlier corpus), trained on every other corpus line.
Prints top-1 / top-2 per writer and pooled; about two minutes per writer.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from setdown.drivers import train as tr  # noqa: E402

CORPUS_WRITERS = "defghijk"


def arg(name: str, default: str) -> str:
    return next((a.split("=", 1)[1] for a in sys.argv if a.startswith(f"--{name}=")), default)


def corpus_writers(corpus: list[tr.Example]) -> dict[str, list[tr.Example]]:
    """{letter: examples} for the corpus writers from ``d`` on, by the file each line is in."""
    writer_of = {}
    for _driver, path in tr.corpus_files():
        writer = path.stem.split("_")[-1] if "_" in path.stem else "main"
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                writer_of[line.strip()] = writer
    return {w: [e for e in corpus if writer_of.get(e.text) == w] for w in CORPUS_WRITERS}


def main() -> None:
    weight = int(arg("weight", str(tr.WRITER_WEIGHT)))
    config = tr.Config()
    for item in (a.split("=", 1)[1] for a in sys.argv if a.startswith("--cfg=")):
        key, value = item.split("=", 1)  # e.g. --cfg=nb_mix=0.5
        kind = type(getattr(config, key))
        setattr(config, key, value == "True" if kind is bool else kind(value))
    corpus = tr.load_corpus() + tr.load_jsonl(tr.HARD_CASES)
    sets = tr.load_writers()
    if "--corpus" in sys.argv:
        groups = corpus_writers(corpus)
        extra = [ex for exs in sets.values() for ex in exs] * weight
    else:
        groups = sets
    only = [w for w in arg("writers", ",".join(groups)).split(",") if groups.get(w)]
    n = hit1 = hit2 = 0.0
    for writer in only:
        held = groups[writer]
        if "--corpus" in sys.argv:
            held_set = set(held)
            rest = [e for e in corpus if e not in held_set] + extra
        elif "--only-corpus" in sys.argv:
            rest = corpus
        else:
            rest = corpus + [ex for w, exs in sets.items() if w != writer for ex in exs] * weight
        weights, pairs = tr.build(rest, config)
        ranker = tr.weights_ranker(
            weights, config.char_ngrams, pairs=pairs, pair_weight=config.pair_weight
        )
        report = tr.evaluate(ranker, held)
        n += report.n
        hit1 += report.top1 * report.n / 100
        hit2 += report.top2 * report.n / 100
        print(
            f"{writer}: n={report.n}  top-1 {report.top1:.1f}%  top-2 {report.top2:.1f}%",
            flush=True,
        )
    print(f"pooled: n={int(n)}  top-1 {100 * hit1 / n:.1f}%  top-2 {100 * hit2 / n:.1f}%")


if __name__ == "__main__":
    main()
