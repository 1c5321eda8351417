"""The `setdown` command: Django's management commands under one name.

setdown serve        # the app at http://127.0.0.1:$PORT (default 8000)
setdown migrate
setdown drivers suggest --jsonl
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "setdown.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["setdown", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    main()
