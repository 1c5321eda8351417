"""``setdown import_journal --user EMAIL FILE [--format setdown|dayone|jrnl|auto]``.

Adds a Setdown export, a Day One JSON export (.json or .zip) or a jrnl JSON
export to one parent's journal. The whole file is checked first; if any of it
can't be read, nothing is added.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from setdown.portability import reader, selectors, services
from setdown.portability.schema import ImportProblem


class Command(BaseCommand):
    help = "Import a Setdown, Day One or jrnl JSON export into one parent's journal."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--user", required=True, metavar="EMAIL", help="The parent's email.")
        parser.add_argument("file", metavar="FILE")
        parser.add_argument("--format", choices=reader.FORMATS, default="auto")

    def handle(self, *args: Any, **options: Any) -> None:
        user = selectors.user_for_email(options["user"])
        if user is None:
            raise CommandError(f"No account has the email address {options['user']!r}.")
        limit = settings.SETDOWN_IMPORT_MAX_BYTES
        try:
            with open(options["file"], "rb") as handle:
                raw = handle.read(limit + 1)
        except OSError as problem:
            raise CommandError(f"Can't read {options['file']}: {problem.strerror}.") from None
        try:
            bundle = reader.read(
                raw, fmt=options["format"], max_bytes=limit, tz=timezone.get_current_timezone()
            )
        except ImportProblem as problem:
            raise CommandError(f"Nothing was imported. {problem}") from None
        result = services.import_bundle(user=user, bundle=bundle)
        line = f"Added {_things(result.added, 'item')} to {user.email}'s journal."
        if result.skipped:
            line += f" Skipped {_things(result.skipped, 'entry')} with no text."
        self.stdout.write(line)


def _things(n: int, word: str) -> str:
    plural = word[:-1] + "ies" if word.endswith("y") else word + "s"
    return f"{n} {word if n == 1 else plural}"
