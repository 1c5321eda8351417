"""What a parent's phone downloads for the home page (first visit, nothing cached).

.venv/bin/python bench/page_weight.py
"""

from __future__ import annotations

import gzip
import os
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "setdown.settings")

import django  # noqa: E402

django.setup()

from django.contrib.staticfiles import finders  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.runner import DiscoverRunner  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402


def main() -> None:
    from tests.conftest import make_parent
    from tests.factories import fill_everything

    setup_test_environment()
    runner = DiscoverRunner(verbosity=0)
    old = runner.setup_databases()
    try:
        parent = make_parent()
        fill_everything(parent)
        client = Client()
        client.force_login(parent)
        html = client.get("/").content
        assets = sorted(set(re.findall(rb'(?:href|src)="/static/([^"]+)"', html)))
        rows = [("home page HTML", len(html), len(gzip.compress(html)))]
        for name in assets:
            data = Path(finders.find(name.decode())).read_bytes()
            rows.append((name.decode(), len(data), len(gzip.compress(data))))
        for name, raw, zipped in rows:
            print(f"{name:42} {raw / 1024:7.1f} KB  {zipped / 1024:6.1f} KB gzip")
        total = sum(r[1] for r in rows), sum(r[2] for r in rows)
        print(
            f"{'total (' + str(len(rows)) + ' requests)':42} {total[0] / 1024:7.1f} KB  "
            f"{total[1] / 1024:6.1f} KB gzip"
        )
    finally:
        runner.teardown_databases(old)


if __name__ == "__main__":
    main()
