"""Leave one writer out for the driver suggester.

    .venv/bin/python bench/drivers_writers.py [--weight=N] [--only-corpus] [--writers=writer2,...]
        [--cfg=nb_mix=0.5 ...]

The writers' sets in ``setdown/drivers/corpus/writers`` were each written by one independent
helper from the driver definitions alone (writer1 wrote two files). Each is held out in turn:
the model is trained on the corpus, the hard cases and every OTHER writer's set (each line
counted --weight times, default train.WRITER_WEIGHT) and scored on the held-out writer.
--only-corpus leaves all writers out of training, for comparison. Prints top-1 / top-2 per
writer and pooled. About two minutes per writer.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from setdown.drivers import train as tr  # noqa: E402


def arg(name: str, default: str) -> str:
    return next((a.split("=", 1)[1] for a in sys.argv if a.startswith(f"--{name}=")), default)


def main() -> None:
    weight = int(arg("weight", str(tr.WRITER_WEIGHT)))
    sets = tr.load_writers()
    only = [w for w in arg("writers", ",".join(sets)).split(",") if w]
    config = tr.Config()
    for item in (a.split("=", 1)[1] for a in sys.argv if a.startswith("--cfg=")):
        key, value = item.split("=", 1)  # e.g. --cfg=nb_mix=0.5
        setattr(config, key, type(getattr(config, key))(value))
    corpus = tr.load_corpus() + tr.load_jsonl(tr.HARD_CASES)
    n = hit1 = hit2 = 0.0
    for writer in only:
        others = (
            []
            if "--only-corpus" in sys.argv
            else [ex for w, exs in sets.items() if w != writer for ex in exs]
        )
        weights, pairs = tr.build(corpus + others * weight, config)
        ranker = tr.weights_ranker(
            weights, config.char_ngrams, pairs=pairs, pair_weight=config.pair_weight
        )
        report = tr.evaluate(ranker, sets[writer])
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
