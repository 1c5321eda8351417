"""Safety-screen benchmark.

    .venv/bin/python bench/safety_bench.py [--retrain] [--set=dev --set=test2 ...]

Prints: corpus sizes; the numbers stored by the last training (``--retrain`` retrains
first): the held-out fifth of the corpus and the leave-one-writer-out scores the thresholds
were chosen on; numbers on the fresh independent sets in bench/data (aggregate numbers only:
their texts are never printed); model load time; latency of a 300-word entry.

Measures: urgent recall = urgent texts screened `urgent`; "urgent as none" must be 0;
support caught = support texts screened `support` or `urgent`; none->urgent and
none->flagged (support or urgent) on texts that should pass, split figurative / everyday.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from setdown.safety.screen import screen_with  # noqa: E402
from setdown.safety.screen import train as safety_train  # noqa: E402
from setdown.safety.screen.model import MODEL_PATH, Model  # noqa: E402

DATA = ROOT / "bench" / "data"
# fresh independent writers, aggregates only (the earlier sets are now training text, see
# setdown/safety/screen/corpus/writers)
SETS = ("test33", "test34")


def pct(num: int, den: int) -> str:
    return f"{num / den:6.1%} ({num}/{den})" if den else "   n/a"


def evaluate(path: Path, model: Model, show_misses: bool) -> None:
    rows = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    results = []
    for row in rows:
        res = screen_with(row["text"], model)
        results.append((row["level"], row.get("kind", ""), res.level, row["text"], res.why))

    def count(pred):
        return sum(1 for r in results if pred(r))

    n_u = count(lambda r: r[0] == "urgent")
    n_s = count(lambda r: r[0] == "support")
    print(f"  texts: {len(rows)}  (urgent {n_u}, support {n_s}, none {len(rows) - n_u - n_s})")
    u_hit = count(lambda r: r[0] == "urgent" and r[2] == "urgent")
    u_none = count(lambda r: r[0] == "urgent" and r[2] == "none")
    s_hit = count(lambda r: r[0] == "support" and r[2] != "none")
    print(f"  urgent recall (as urgent):    {pct(u_hit, n_u)}")
    print(f"  urgent screened none:         {u_none}  (target 0)")
    print(f"  support caught (sup/urg):     {pct(s_hit, n_s)}")
    for kind in ("figurative", "everyday", None):
        sel = [r for r in results if r[0] == "none" and (kind is None or r[1] == kind)]
        label = f"none ({kind})" if kind else "none (all)"
        urg = sum(1 for r in sel if r[2] == "urgent")
        flag = sum(1 for r in sel if r[2] != "none")
        print(f"  {label:<18} ->urgent {pct(urg, len(sel))}   ->flagged {pct(flag, len(sel))}")
    per_kind: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for gold, kind, pred, _, _ in results:
        per_kind[(gold, kind)][pred] += 1
    print("  per kind:                      urgent support    none")
    for (gold, kind), c in sorted(per_kind.items()):
        print(f"    {gold:<8} {kind:<20} {c['urgent']:7d} {c['support']:7d} {c['none']:7d}")
    if show_misses:
        misses = [r for r in results if r[0] == "urgent" and r[2] != "urgent"]
        if misses:
            print("  urgent misses (dev):")
            for _gold, kind, pred, text, why in misses:
                print(f"    [{pred}] ({kind}) {text[:160]}")
                print(f"        why: {why[:150]}")


def main(argv: list[str]) -> None:
    if "--retrain" in argv:
        safety_train.run()

    rows = safety_train.read_corpus()
    sizes = Counter(level for _, level in rows)
    print("== corpus (setdown/safety/screen/corpus)")
    print(
        f"  urgent {sizes['urgent']}, support {sizes['support']}, none {sizes['none']}, "
        f"total {len(rows)}"
    )

    t0 = time.perf_counter()
    model = Model.load(MODEL_PATH)
    load_first = time.perf_counter() - t0
    loads = []
    for _ in range(3):
        t0 = time.perf_counter()
        Model.load(MODEL_PATH)
        loads.append(time.perf_counter() - t0)

    meta = model.meta
    print("== held-out 20% of the corpus (stored by the last training)")
    print(f"  thresholds: {model.thresholds}")
    for key, label in (
        ("heldout", "rules + model"),
        ("heldout_rules_only", "rules only"),
        ("heldout_model_only", "model only"),
        ("thresholds_cv", "out of fold"),
    ):
        m = meta.get(key)
        if m:
            print(f"  {label:<14} {safety_train._fmt(m)}")

    sets = [a.split("=", 1)[1] for a in argv if a.startswith("--set=")] or list(SETS)
    for name in sets:
        show = name == "dev"
        path = DATA / f"safety_{name}.jsonl"
        print(f"== {path.name}")
        if path.exists():
            evaluate(path, model, show)
        else:
            print("  (missing)")

    print("== speed")
    print(
        f"  model load: first {load_first * 1000:.0f} ms, then "
        f"{statistics.median(loads) * 1000:.0f} ms median  (target <= 1000 ms)"
    )
    sentence = (
        "Today the baby woke at five and I did the feeds, the nappies and the school run "
        "before work, and my mum rang to ask about the weekend, and I said we would come "
        "for lunch if the toddler naps. "
    )
    words = sentence.split()
    entry = " ".join((words * (300 // len(words) + 1))[:300]) + "."
    entry = entry.replace("weekend, and", "weekend. And").replace("naps.", "naps.")
    screen_with(entry, model)
    times = []
    for _ in range(30):
        t0 = time.perf_counter()
        screen_with(entry, model)
        times.append(time.perf_counter() - t0)
    print(
        f"  300-word entry: median {statistics.median(times) * 1000:.1f} ms, "
        f"max {max(times) * 1000:.1f} ms  (target <= 20 ms)"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
