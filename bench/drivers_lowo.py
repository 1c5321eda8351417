"""Leave-one-writer-out for the driver suggester.

    .venv/bin/python bench/drivers_lowo.py [--no-char]

For each corpus writer in ``corpus/extra/*_<writer>.txt`` from ``d`` on (each a separate
helper who never read the earlier corpus), train on every other line and score that writer's
lines. Prints top-1 / top-2 per writer and overall. About a minute per writer.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from setdown.drivers import train as tr  # noqa: E402

WRITERS = "defghi"


def main() -> None:
    config = tr.Config(char_ngrams="--no-char" not in sys.argv)
    corpus = tr.load_corpus() + tr.load_jsonl(tr.HARD_CASES)
    writer_of = {}
    for _driver, path in tr.corpus_files():
        writer = path.stem.split("_")[-1] if "_" in path.stem else "main"
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                writer_of[line.strip()] = writer
    n = hit1 = hit2 = 0.0
    for writer in WRITERS:
        held = [e for e in corpus if writer_of.get(e.text) == writer]
        if not held:
            continue
        rest = [e for e in corpus if writer_of.get(e.text) != writer]
        weights, _pairs = tr.build(rest, config)
        report = tr.evaluate(tr.weights_ranker(weights, config.char_ngrams), held)
        n += report.n
        hit1 += report.top1 * report.n / 100
        hit2 += report.top2 * report.n / 100
        print(f"writer {writer}: n={report.n}  top-1 {report.top1:.1f}%  top-2 {report.top2:.1f}%")
    print(f"all: n={int(n)}  top-1 {100 * hit1 / n:.1f}%  top-2 {100 * hit2 / n:.1f}%")


if __name__ == "__main__":
    main()
