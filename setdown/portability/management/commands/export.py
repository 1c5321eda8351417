"""``setdown export --user EMAIL --format json|md|pdf [--output FILE]``.

Writes one parent's whole journal. JSON and Markdown go to stdout unless
--output is given; a PDF needs --output or a stdout that isn't a terminal.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from setdown.portability import schema, selectors
from setdown.portability.markdown import render_markdown
from setdown.portability.pdf import render_pdf


def write_private(path: str, data: bytes) -> None:
    """Write a file only its owner can read: it holds someone's journal."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


class Command(BaseCommand):
    help = "Export everything one parent wrote, as JSON, Markdown or PDF."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--user", required=True, metavar="EMAIL", help="The parent's email.")
        parser.add_argument("--format", choices=("json", "md", "pdf"), default="json")
        parser.add_argument("--output", "-o", metavar="FILE", help="Write here, not to stdout.")

    def handle(self, *args: Any, **options: Any) -> None:
        user = selectors.user_for_email(options["user"])
        if user is None:
            raise CommandError(f"No account has the email address {options['user']!r}.")
        fmt, output = options["format"], options["output"]
        binary_out = None
        if fmt == "pdf" and not output:
            binary_out = self._binary_stdout()
        document = selectors.export_for_user(user=user)
        tz = timezone.get_current_timezone()
        if fmt == "pdf":
            data = render_pdf(document, tz=tz)
        elif fmt == "md":
            data = render_markdown(document, tz=tz).encode()
        else:
            data = schema.to_json(document).encode()

        if output:
            write_private(output, data)
            self.stderr.write(f"Wrote {output} ({len(data)} bytes).")
        elif binary_out is not None:
            binary_out.write(data)
            binary_out.flush()
        else:
            self.stdout.write(data.decode(), ending="")

    def _binary_stdout(self):
        """stdout's byte stream, unless it is a terminal (or has no bytes, as in tests)."""
        stream = getattr(self.stdout, "_out", sys.stdout)
        buffer = getattr(stream, "buffer", None)
        if buffer is None or stream.isatty():
            raise CommandError("A PDF can't be shown here. Add --output FILE to save it.")
        return buffer
