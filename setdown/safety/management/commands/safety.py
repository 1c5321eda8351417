"""``setdown safety screen --jsonl | screen TEXT... | train``.

screen --jsonl reads one JSON object per line on stdin, ``{"text": "..."}``, and writes one
line per input line, in the same order, flushed after each:
``{"text": "...", "level": "urgent|support|none", "why": "..."}``.  A line that is not a
JSON object with a string "text" gets ``{"error": "..."}`` on its line; the command goes on.
Blank input lines are answered too (as errors), so output lines always match input lines.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser


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
        sub.add_parser("train", help="retrain from setdown/safety/screen/corpus, write model.json")

    def handle(self, *args: Any, **options: Any) -> None:
        action = options["action"]
        if action == "screen":
            if options["jsonl"]:
                stream = options.get("stdin") or sys.stdin
                if hasattr(stream, "reconfigure"):
                    stream.reconfigure(errors="replace")
                self._screen_jsonl(stream)
            elif options["text"]:
                from setdown.safety.screen import screen

                result = screen(" ".join(options["text"]))
                self.stdout.write(f"{result.level}\t{result.why}")
            else:
                raise CommandError("give some text, or use --jsonl and send lines on stdin")
        elif action == "train":
            from setdown.safety.screen import train

            train.run(log=self.stdout.write)

    def _emit(self, obj: dict) -> None:
        self.stdout.write(json.dumps(obj, ensure_ascii=False))
        self.stdout.flush()

    def _screen_jsonl(self, stream) -> None:
        from setdown.safety.screen import screen

        for raw in stream:
            line = raw.strip()
            try:
                obj = json.loads(line)
            except (ValueError, RecursionError) as exc:
                self._emit({"error": f"not valid JSON: {str(exc)[:120]}"})
                continue
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                self._emit({"error": 'expected an object with a string "text"'})
                continue
            text = obj["text"]
            try:
                result = screen(text)
            except Exception as exc:  # never let one line stop the stream
                self._emit({"error": f"screen failed: {type(exc).__name__}"})
                continue
            self._emit({"text": text, "level": result.level, "why": result.why})
