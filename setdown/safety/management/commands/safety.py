"""``setdown safety screen --jsonl | screen TEXT... | train``.

screen --jsonl reads one JSON object per line on stdin, ``{"text": "..."}``, and writes one
line per input line, in the same order, flushed after each:
``{"text": "...", "level": "urgent|support|none", "why": "..."}``.  A line that is not a
JSON object with a string "text" gets ``{"error": "..."}`` on its line; the command goes on.
Blank input lines are answered too (as errors), so output lines always match input lines.
"""

from __future__ import annotations

import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from setdown.lib.jsonl import answer_lines, stdin_stream


class Command(BaseCommand):
    help = "Screen text for crisis or distress wording, or retrain the safety model."
    stealth_options = ("stdin",)  # call_command("safety", "screen", "--jsonl", stdin=...)

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True, metavar="{screen,train}")
        scr = sub.add_parser("screen", help="Screen text: urgent, support or none.")
        scr.add_argument(
            "--jsonl",
            action="store_true",
            help='read {"text": ...} lines on stdin, write one JSON line each',
        )
        scr.add_argument("text", nargs="*", help="text to screen (without --jsonl)")
        trn = sub.add_parser(
            "train", help="retrain from setdown/safety/screen/corpus, write model.json"
        )
        trn.add_argument(
            "--cached",
            action="store_true",
            help="reuse the last leave-one-writer-out scores in var/ (minutes, not an hour)",
        )
        trn.add_argument(
            "--rescore",
            action="store_true",
            help="screen every writer again with the cached leave-one-writer-out models and "
            "today's rules (minutes): for a rule change that leaves the model's features alone",
        )
        trn.add_argument(
            "--floor",
            type=float,
            default=None,
            help="share of support texts the thresholds must catch out of fold (default 0.975)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        action = options["action"]
        if action == "screen":
            if options["jsonl"]:
                self._screen_jsonl(stdin_stream(options, sys.stdin))
            elif options["text"]:
                from setdown.safety.screen import screen

                result = screen(" ".join(options["text"]))
                self.stdout.write(f"{result.level}\t{result.why}")
            else:
                raise CommandError("give some text, or use --jsonl and send lines on stdin")
        elif action == "train":
            from setdown.safety.screen import train

            floor = train.SUPPORT_FLOOR if options["floor"] is None else options["floor"]
            cached = "rescore" if options["rescore"] else options["cached"]
            train.run(log=self.stdout.write, cached=cached, support_floor=floor)

    def _emit(self, line: str) -> None:
        self.stdout.write(line)
        self.stdout.flush()

    def _screen_jsonl(self, stream) -> None:
        from setdown.safety.screen import screen

        def answer(text: str) -> dict:
            result = screen(text)
            return {"level": result.level, "why": result.why}

        answer_lines(stream, answer, self._emit)
