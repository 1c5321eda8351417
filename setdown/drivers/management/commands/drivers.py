"""``setdown drivers suggest --jsonl | train | evaluate``.

suggest --jsonl reads one JSON object per line on stdin ({"text": "..."}) and
writes one line per input line, in the same order, flushed as it goes:
{"text": "...", "drivers": [{"driver", "score", "reason"}, ...]} with all six
drivers best first, or {"error": "..."} for a line it cannot read.
"""

from __future__ import annotations

import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from setdown.lib.jsonl import answer_lines, stdin_stream


class Command(BaseCommand):
    help = "Suggest guilt drivers for text, retrain the driver model, or show its held-out numbers."
    # call_command(..., stdin=StringIO(...)) for tests
    stealth_options = ("stdin",)

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(
            dest="action", required=True, metavar="{suggest,train,evaluate}"
        )
        suggest = sub.add_parser("suggest", help="Rank the six drivers for each input text.")
        suggest.add_argument(
            "--jsonl",
            action="store_true",
            help='Read {"text": ...} lines on stdin, write one JSON line each.',
        )
        suggest.add_argument("text", nargs="*", help="Text to rank (when not using --jsonl).")
        sub.add_parser("train", help="Retrain from setdown/drivers/corpus and write model.json.gz.")
        sub.add_parser("evaluate", help="Print accuracy on the held-out part of the corpus.")

    def handle(self, *args: Any, **options: Any) -> None:
        action = options["action"]
        if action == "suggest":
            if options["jsonl"]:
                self._suggest_jsonl(stdin_stream(options, sys.stdin))
            elif options["text"]:
                self._suggest_text(" ".join(options["text"]))
            else:
                raise CommandError("give some text, or use --jsonl and send lines on stdin")
        elif action == "train":
            from setdown.drivers import train

            train.train_and_save(log=self.stdout.write)
        elif action == "evaluate":
            self._evaluate()

    def _suggest_jsonl(self, stream) -> None:
        from setdown.drivers.suggester import suggest

        def answer(text: str) -> dict:
            return {
                "drivers": [
                    {"driver": s.driver, "score": round(s.score, 6), "reason": s.reason}
                    for s in suggest(text)
                ]
            }

        answer_lines(stream, answer, self._emit)

    def _emit(self, line: str) -> None:
        self.stdout.write(line)
        self.stdout.flush()

    def _suggest_text(self, text: str) -> None:
        from setdown.drivers.suggester import suggest

        for s in suggest(text):
            self.stdout.write(f"{s.driver:<11} {s.score:6.3f}  {s.reason}")

    def _evaluate(self) -> None:
        from setdown.drivers import train

        # the shipped model has read the held-out fifth, so measure the one that has not
        self.stdout.write("training the model without the held-out fifth (about two minutes) ...")
        config = train.Config()
        try:
            weights, pairs, _, heldout = train.heldout_model(config)
        except RuntimeError as exc:
            raise CommandError("the corpus is empty") from exc
        rank = train.weights_ranker(
            weights, config.char_ngrams, pairs=pairs, pair_weight=config.pair_weight
        )
        report = train.evaluate(rank, heldout)
        self.stdout.write(f"held-out corpus: {report.n} texts")
        self.stdout.write(f"  top-1 {report.top1:.1f}%   top-2 {report.top2:.1f}%")
        for driver, (n, acc) in report.per_driver.items():
            self.stdout.write(f"  {driver:<11} {acc:5.1f}% of {n}")
        for gold, guess, count in report.confusions[:6]:
            self.stdout.write(f"  {gold} -> {guess}: {count}")
