"""Leave one writer out for the safety screen, and what each false-alarm budget costs.

    .venv/bin/python bench/safety_lowo.py            # train the models (one per writer), cache
    .venv/bin/python bench/safety_lowo.py --cached   # reuse var/safety_lowo.pkl

Each writer's set in ``setdown/safety/screen/corpus/writers`` is screened, through the whole
screen (rules + model, every sentence), by a model trained on the corpus and every OTHER
writer: text from a writer the model never saw. Then, for several budgets of false alarms on
`none` texts (flagged urgent / flagged at all), it prints the thresholds ``train.py`` would
choose and what they give per writer: urgent read as `none`, urgent recall, support caught,
none->urgent, none->flagged. The writers' per-writer spread is the honest error bar.

The rules were written after reading the earlier writers' misses, so the rules' share of
these numbers is kind; the fresh sets in bench/data are the honest measure.
"""

from __future__ import annotations

import pickle
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from setdown.safety.screen import train as tr  # noqa: E402

CACHE = ROOT / "var" / "safety_lowo.pkl"
BUDGETS = [(0.09, 0.015), (0.09, 0.01), (0.09, 0.005), (0.08, 0.01), (0.10, 0.01)]


def scored_by_writer() -> dict[str, list]:
    if "--cached" in sys.argv and CACHE.exists():
        return pickle.loads(CACHE.read_bytes())
    corpus = tr.read_corpus()
    writers = tr.read_writers()
    t0 = time.perf_counter()
    flat = tr.leave_one_writer_out(corpus, writers)
    print(f"trained {len(writers)} models in {time.perf_counter() - t0:.0f} s")
    out, i = {}, 0
    for w, rows in writers.items():
        out[w] = flat[i : i + len(rows)]
        i += len(rows)
    CACHE.parent.mkdir(exist_ok=True)
    CACHE.write_bytes(pickle.dumps(out))
    return out


def line(name: str, m: dict) -> str:
    return (
        f"  {name:<10} urgent as none {m['urgent_as_none']:>2}  urgent recall "
        f"{m['urgent_recall']:6.1%}  support {m['support_caught']:6.1%}  none->urgent "
        f"{m['none_urgent']:5.1%}  none->flagged {m['none_flagged']:5.1%}"
    )


def main() -> None:
    by_writer = scored_by_writer()
    pooled = [row for rows in by_writer.values() for row in rows]
    for flag_budget, urgent_budget in BUDGETS:
        tr.NONE_FLAG_BUDGET, tr.NONE_URGENT_BUDGET = flag_budget, urgent_budget
        t, m = tr.choose_thresholds(pooled)
        print(f"budget flagged {flag_budget:.1%}, urgent {urgent_budget:.1%} -> {t}")
        print(line("pooled", m))
        for w, rows in by_writer.items():
            mw = tr.metrics([(g, tr.level_at(units, t)) for g, units in rows])
            print(line(w, mw))


if __name__ == "__main__":
    main()
