"""Suggest which of the six guilt drivers seem to be speaking in a parent's words.

    >>> from setdown.drivers.suggester import suggest
    >>> best = suggest("I snapped at my son this morning")[0]
    >>> best.driver
    'repair'

``suggest`` ranks all six drivers, best first, with probabilities that sum to
one and a short, kind reason that quotes the parent's own words. It is pure
Python and deterministic; the trained weights are read once from model.json.gz
next to this file (see ``train.py``, ``setdown drivers train``).
"""

from __future__ import annotations

import functools
import gzip
import json
import math
import tomllib
import zlib
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from setdown.drivers.features import STOPWORDS, Analysis, featurize, fold

DRIVERS: tuple[str, ...] = ("culture", "roles", "biology", "comparison", "beliefs", "repair")

MODEL_PATH = Path(__file__).resolve().parent / "model.json.gz"

# Long entries are read up to here; the start of an entry carries the moment.
MAX_CHARS = 4000


@dataclass(frozen=True, slots=True)
class Suggestion:
    driver: str
    score: float
    reason: str


@dataclass(frozen=True)
class _Model:
    index: dict[str, int]  # feature -> offset into weights
    weights: array  # len(DRIVERS) floats per feature
    temperature: float
    char_ngrams: bool
    # second stage: (first, second) driver indices -> feature -> weight (positive: second)
    pairs: dict[tuple[int, int], dict[str, float]] = field(default_factory=dict)
    pair_weight: float = 0.0


def apply_pairs(
    scores: list[float],
    items: Iterable[tuple[str, float]],
    pairs: dict[tuple[int, int], dict[str, float]],
    weight: float,
) -> list[float]:
    """Let a two-driver model settle the order of the top two, when it knows that pair.

    Half the pair model's margin (times ``weight``) is added to one score and taken from
    the other, so the probabilities stay one softmax and keep summing to one.
    """
    if not pairs or not weight:
        return scores
    first, second = sorted(range(len(scores)), key=lambda c: (-scores[c], c))[:2]
    key = (first, second) if (first, second) in pairs else (second, first)
    table = pairs.get(key)
    if table is None:
        return scores
    margin = 0.0
    for name, value in items:
        w = table.get(name)
        if w is not None:
            margin += w * value
    out = list(scores)
    out[key[1]] += weight * margin / 2
    out[key[0]] -= weight * margin / 2
    return out


@functools.cache
def _model() -> _Model:
    return load_model(MODEL_PATH)


def load_model(path: Path) -> _Model:
    with gzip.open(path, "rb") as fh:
        payload = json.loads(fh.read())
    if tuple(payload["drivers"]) != DRIVERS:
        raise ValueError(
            f"{path.name} was trained for drivers {payload['drivers']}, expected {DRIVERS}"
        )
    index: dict[str, int] = {}
    flat = array("d")
    for name, row in payload["weights"].items():
        index[name] = len(flat)
        flat.extend(row)
    pairs = {}
    for key, table in payload.get("pairs", {}).items():
        first, second = key.split("|")
        pairs[(DRIVERS.index(first), DRIVERS.index(second))] = table
    return _Model(
        index,
        flat,
        float(payload.get("temperature", 1.0)),
        bool(payload.get("char_ngrams", True)),
        pairs,
        float(payload.get("pair_weight", 0.0)),
    )


def suggest(text: str) -> list[Suggestion]:
    """Rank all six drivers for ``text``, best first."""
    if not isinstance(text, str):
        raise TypeError("text must be a string")
    model = _model()
    analysis, feats = featurize(text[:MAX_CHARS], char_ngrams=model.char_ngrams)
    k = len(DRIVERS)
    scores = [0.0] * k
    # per raw word: how much it pushed each driver
    pushes: dict[int, list[float]] = {}
    # per multi-word feature: (origins, per-driver push), to quote short phrases whole
    phrases: list[tuple[tuple[int, ...], list[float]]] = []
    w = model.weights
    for name, (value, origins) in feats.items():
        off = model.index.get(name)
        if off is None:
            continue
        row = [w[off + c] * value for c in range(k)]
        for c in range(k):
            scores[c] += row[c]
        if not origins:
            continue
        share = 1.0 / len(origins)
        for o in origins:
            acc = pushes.setdefault(o, [0.0] * k)
            for c in range(k):
                acc[c] += row[c] * share
        if len(origins) > 1 and name[0] in "bsL":
            phrases.append((origins, row))
    scores = apply_pairs(
        scores,
        ((name, value) for name, (value, _) in feats.items()),
        model.pairs,
        model.pair_weight,
    )
    if not analysis.tokens:
        # nothing to go on: an even ranking in the program's order
        probs = [1.0 / k] * k
    else:
        probs = _softmax([s / model.temperature for s in scores])
    order = sorted(range(k), key=lambda c: (-probs[c], c))
    return [
        Suggestion(
            DRIVERS[c], probs[c], _reason(DRIVERS[c], c, probs[c], analysis, pushes, phrases)
        )
        for c in order
    ]


def _softmax(scores: list[float]) -> list[float]:
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


# ---------------------------------------------------------------------------
# Reasons

REASONS_PATH = Path(__file__).resolve().parent / "reasons.toml"


@functools.cache
def _wording() -> dict:
    with open(REASONS_PATH, "rb") as fh:
        wording = tomllib.load(fh)
    for section in ("lines", "quiet", "empty"):
        missing = set(DRIVERS) - set(wording[section])
        if missing:
            raise ValueError(f"reasons.toml [{section}] has no entry for {sorted(missing)}")
    return wording


# Words not worth quoting on their own.
_DULL = STOPWORDS | set(
    """
    i me my myself a an the and or but so to of at on in it is was be am are im that this with
    for just really then we our us them his her him she he they their you your like get got mum
    mums mom moms mummy mommy dad dads baby kids every everything two three four five six seven
    eight nine ten twice first second third theres thats whats dont didnt cant wont isnt wasnt ive
    id
    """.split()
)
# A quoted phrase does not start with these.
_JOINERS = {"and", "or", "but", "so", "because", "cuz", "then", "to", "of", "at", "in", "on"}
# Below this probability a driver gets the quiet reason, not quotes.
QUOTE_MIN_SCORE = 0.03
# A word or phrase must push the driver at least this much (in logit units) to be quoted.
QUOTE_MIN = 0.8
_MAX_QUOTE = 32


def _pick(seed_text: str, driver: str, n: int) -> int:
    return zlib.crc32(f"{driver}\0{seed_text}".encode()) % n


def _candidates(
    c: int,
    analysis: Analysis,
    pushes: dict[int, list[float]],
    phrases: list[tuple[tuple[int, ...], list[float]]],
) -> list[tuple[float, int, int]]:
    """(strength, first word, last word) of words and short phrases that pushed driver c."""

    def lift(row: list[float]) -> float:
        # how much more this pushes c than the average of the others
        return row[c] - (sum(row) - row[c]) / (len(row) - 1)

    def dull(i: int) -> bool:
        word = fold(analysis.raw[i])
        return word in _DULL or not word.isalpha() or len(word) < 3

    lifts = {o: lift(row) for o, row in pushes.items()}
    out: list[tuple[float, int, int]] = []
    for o, value in lifts.items():
        if not dull(o):
            out.append((value, o, o))
    for origins, row in phrases:
        lo, hi = min(origins), max(origins)
        if hi - lo > 2 or hi == lo or any(analysis.breaks[i] for i in range(lo + 1, hi + 1)):
            continue
        if lift(row) <= 0 or fold(analysis.raw[lo]) in _JOINERS:
            continue
        if dull(hi) or not any(lifts.get(i, 0.0) > 0 and not dull(i) for i in range(lo, hi + 1)):
            continue
        words_lift = sum(lifts.get(i, 0.0) for i in range(lo, hi + 1))
        # a phrase has to earn its extra words
        out.append((0.8 * words_lift + lift(row), lo, hi))
    out.sort(key=lambda x: (-x[0], x[1], x[2]))
    return out


def _quote(analysis: Analysis, lo: int, hi: int) -> str:
    start, end = analysis.spans[lo][0], analysis.spans[hi][1]
    text = " ".join(analysis.text[start:end].split())
    return text.replace('"', "'")


def _reason(
    driver: str,
    c: int,
    prob: float,
    analysis: Analysis,
    pushes: dict[int, list[float]],
    phrases: list[tuple[tuple[int, ...], list[float]]],
) -> str:
    wording = _wording()
    if not analysis.raw:
        return wording["empty"][driver]
    chosen: list[tuple[int, int]] = []
    best = 0.0
    candidates = _candidates(c, analysis, pushes, phrases) if prob >= QUOTE_MIN_SCORE else []
    for strength, lo, hi in candidates:
        if strength < QUOTE_MIN or (chosen and strength < 0.4 * best):
            break
        if len(_quote(analysis, lo, hi)) > _MAX_QUOTE:
            continue
        if any(lo <= b and a <= hi for a, b in chosen):
            continue
        if any(
            _quote(analysis, a, b).lower() == _quote(analysis, lo, hi).lower() for a, b in chosen
        ):
            continue
        chosen.append((lo, hi))
        best = max(best, strength)
        if len(chosen) == 2:
            break
    if not chosen:
        return wording["quiet"][driver]
    chosen.sort()
    quotes = [_quote(analysis, lo, hi) for lo, hi in chosen]
    sentences = wording["lines"][driver]
    sentence = sentences[_pick(analysis.text, driver, len(sentences))]
    openers = wording["openers_one"] if len(quotes) == 1 else wording["openers_two"]
    opener = openers[_pick(analysis.text, "open", len(openers))]
    return opener.format(a=quotes[0], b=quotes[-1]) + sentence
