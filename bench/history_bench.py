"""Cost stays flat: /insights/ and a /journal/ search for a parent with a long history.

    .venv/bin/python bench/history_bench.py                  # SQLite
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/test .venv/bin/python bench/history_bench.py

Builds (in a throwaway test database) a parent with 10 entries, one with 5,000
check-ins and 2,000 step reflections, and one with 10,000 entries, then times each
page through Django's test client (server time, no network) and prints medians.
The small parent's entries all contain the searched words, so every search fills
the same one page (10 entries) for both parents: the ratio shows what a long
history costs, not what a longer page costs.
Targets: big/small <= 1.3x for /insights/ and a search; search over 10,000 entries <= 100 ms.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "setdown.settings")

import django  # noqa: E402

django.setup()

from django.test import Client  # noqa: E402
from django.test.runner import DiscoverRunner  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402
from django.utils import timezone  # noqa: E402

RUNS = 30
WORDS = (
    "tired shouted bedtime work late school shoes breakfast screen phone crying baby toddler "
    "dinner bath nap park daycare mum dad sister feed instagram tidy kitchen laundry rest lazy "
    "sorry hug again tomorrow patience noise car seat teeth fever rain weekend meeting boss "
    "lunchbox party cake grandma story book blocks puzzle walk rushed forgot promised"
).split()


def sentence(rng: random.Random, rare: str | None = None, also: tuple[str, ...] = ()) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 30))]
    for word in (rare, *also) if rare else also:
        words.insert(rng.randrange(len(words)), word)
    return " ".join(words).capitalize() + "."


def build(
    user, *, checkins: int, reflections: int, notes: int = 0, seed: int = 1, every: tuple = ()
) -> None:
    """`every`: words put in every text, so a small history still fills a result page."""
    from setdown.checkins.models import CheckIn
    from setdown.insights.services import daystat_rebuild
    from setdown.journal import tokens
    from setdown.journal.models import Entry, Note, SearchToken
    from setdown.journal.services import entry_group, entry_kind
    from setdown.practices import models as pm

    rng = random.Random(seed)
    now = timezone.now()
    span = 730 * 24 * 3600
    keys = list(pm.STEP_MODELS)

    def when():
        return now - timezone.timedelta(seconds=rng.randrange(span))

    objs = []
    ck = [
        CheckIn(
            user=user,
            what=sentence(rng, "zephyrine" if i == 7 else None, every),
            heavy_before=rng.randint(3, 10),
            heavy_after=rng.randint(0, 7),
            drivers=rng.choice(keys),
            created_at=when(),
        )
        for i in range(checkins)
    ]
    objs += CheckIn.objects.bulk_create(ck, batch_size=500)
    for i in range(reflections):
        key = keys[i % 6]
        model = pm.STEP_MODELS[key]
        text = sentence(rng, None, every)
        fields = {
            "culture": {"rule": text, "source": "family", "verdict": "tradition"},
            "roles": {"activity": text, "planned_for": when(), "status": "done"},
            "biology": {"text": text},
            "comparison": {"source": text, "kind": "mute"},
            "beliefs": {"old_belief": text, "new_truth": sentence(rng)},
            "repair": {"script": text},
        }[key]
        objs.append(model.objects.create(user=user, origin="step", created_at=when(), **fields))
    objs += Note.objects.bulk_create(
        [Note(user=user, text=sentence(rng), written_at=when()) for _ in range(notes)],
        batch_size=500,
    )
    entries = Entry.objects.bulk_create(
        [
            Entry(
                user=user,
                kind=entry_kind(o),
                object_id=o.pk,
                group=entry_group(o),
                driver=getattr(o, "step_key", "") or "",
                created_at=getattr(o, "written_at", None) or o.created_at,
            )
            for o in objs
        ],
        batch_size=500,
    )
    toks = []
    for entry, obj in zip(entries, objs, strict=True):
        found = set()
        for text in obj.texts():
            found |= tokens.tokens_for_text(text)
        toks += [
            SearchToken(user=user, entry=entry, token=t, created_at=entry.created_at) for t in found
        ]
    SearchToken.objects.bulk_create(toks, batch_size=2000)
    daystat_rebuild(user=user)


def timed(client: Client, path: str) -> tuple[float, float]:
    client.get(path)  # warm
    samples = []
    for _ in range(RUNS):
        start = time.perf_counter()
        response = client.get(path)
        samples.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (path, response.status_code)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1]


def main() -> None:
    from django.db import connection

    from tests.conftest import make_parent

    setup_test_environment()
    runner = DiscoverRunner(verbosity=0)
    old = runner.setup_databases()
    try:
        small = make_parent("small@example.org")
        big = make_parent("big@example.org")
        huge = make_parent("huge@example.org")
        t0 = time.perf_counter()
        build(small, checkins=5, reflections=5, seed=1, every=("bedtime", "tired", "shoes"))
        build(big, checkins=5000, reflections=2000, seed=2)
        build(huge, checkins=6000, reflections=2000, notes=2000, seed=3)
        print(f"database: {connection.vendor}; built histories in {time.perf_counter() - t0:.0f}s")
        pages = [
            ("/insights/?range=all", "insights, all time"),
            ("/insights/?range=3m", "insights, 3 months"),
            ("/journal/", "journal timeline"),
            ("/journal/?q=bedtime", "search, common word"),
            ("/journal/?q=zephyrine", "search, rare word"),
            ("/journal/?q=tired+shoes", "search, two words"),
        ]
        print(f"{'page':24} {'10 entries':>12} {'7,000':>12} {'ratio':>6} {'10,000':>12}")
        for path, label in pages:
            row = []
            for user in (small, big, huge):
                client = Client()
                client.force_login(user)
                row.append(timed(client, path))
            ratio = row[1][0] / row[0][0]
            print(
                f"{label:24} {row[0][0]:7.1f} ms   {row[1][0]:7.1f} ms {ratio:5.2f}x "
                f"{row[2][0]:7.1f} ms (p95 {row[2][1]:.1f})"
            )
    finally:
        runner.teardown_databases(old)


if __name__ == "__main__":
    main()
