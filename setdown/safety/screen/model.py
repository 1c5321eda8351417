"""A small pure-Python text classifier for the safety screen.

Multinomial logistic regression over word unigrams, word bigrams and character
n-grams (3-5, inside word boundaries, for typos).  Weights live in ``model.json``
(written by ``train.py``); loading and scoring need nothing beyond the standard library.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from . import concepts

CLASSES = ("none", "support", "urgent")
MODEL_PATH = Path(__file__).with_name("model.json")

# Character n-gram sizes (inside word boundaries).  Off by default: on this corpus they
# lowered held-out quality (word groups below generalise better); kept configurable.
CHAR_SIZES: tuple[int, ...] = ()
# Concept features ("k:death", "k:means", ...) from the concern rule (concepts.py): what the
# model learns for one wording of a concept carries over to every other wording of it.
CONCEPT_FEATURES = True
WHOLE_MIN = 0.9  # flagged probability the whole-entry reading needs to ask for support
# a probability threshold no model reaches: a threshold set to it is off
OFF = 1.01


# Small hand-made word groups.  Features over groups ("g:METHOD", "gg:INTENT|METHOD") let
# the model carry what it learned from one wording to a synonym it never saw.
_GROUPS_SRC = {
    "DEATH": "die died dies dying dead death deaths suicide suicidal kill killing killed "
    "funeral grave overdose overdosed overdosing lethal fatal end ending ended over",
    "EXIST": "exist existing existence alive living live life lives here around breathing "
    "breathe wake waking woke born earth world",
    "METHOD": "pills pill tablets tablet meds medication paracetamol sertraline citalopram "
    "antidepressants painkillers insulin bridge river sea lake canal waves train "
    "trains tracks railway platform rope noose belt scarf beam knife knives blade "
    "blades razor razors wrist wrists balcony roof cliff cliffs ledge edge motorway "
    "lorry truck traffic bus wheel steering gun shotgun jump jumping jumped drown "
    "drowning hang hanging crash crashing swerve swerving cabinet bottle packet "
    "stockpile stockpiling quarry viaduct window fall falling",
    "SELF": "i im ive id ill me my myself mine",
    "BETTER": "better happier easier fine safer relief relieved peace peaceful rest restful "
    "escape free calm lighter solution answer favour",
    "ABSENCE": "without gone away forever disappear disappeared vanish vanished permanently "
    "anymore longer leave leaving stop stopped nothing nobody noone missing miss "
    "notice",
    "CHILD": "baby babies son sons daughter daughters kids kid children child toddler "
    "newborn boy boys girl girls twins infant",
    "HARM": "hurt hurting harm harming hit hitting shake shook shaking smother smothering "
    "suffocate strangle strangling throw threw drop dropping squeeze stab choke "
    "slap slapped kick kicked punch punched pillow cut cutting burn burning bleed "
    "bleeding scratch scratching",
    "INTENT": "want wanted wanting wish wishing urge urges plan planning planned going "
    "decided tempted ready thinking thought imagine imagining keep picture "
    "picturing researching googled searched looked counted saved hope hoping "
    "pray praying would deserve",
    "FEAR": "scared afraid terrified horrified frightened terrifies terrify fear panic "
    "panicking panicky dread anxious anxiety worry worried worrying nervous "
    "horrible awful intrusive shaking racing",
    "TIME": "weeks months days every always constantly since nonstop daily nightly ages "
    "all still whole each",
    "SAD": "cry crying cried tears sobbing sob sad low empty numb hopeless worthless failure "
    "burden alone lonely dark grey flat broken exhausted depressed depression "
    "miserable unhappy trapped drowning sinking fog",
    "PARTNER": "husband partner boyfriend ex wife girlfriend hubby fiance",
    "ABUSE": "hits slapped punched pushed shoved choked grabbed threatened threatens "
    "controls controlling screams shouts bruises violent abuse abusive rough "
    "locked checks forced",
    "LIGHT": "lol haha ha joke joking literally omg figx nap coffee tea wine chocolate "
    "cake biscuit holiday spa weekend lie bath",
    "NEG": "not never dont didnt no wont cant isnt wasnt doesnt couldnt wouldnt",
    "THIRD": "he she they his her their hes shes theyre",
}
GROUPS: dict[str, tuple[str, ...]] = {}
for _g, _words in _GROUPS_SRC.items():
    for _w in _words.split():
        GROUPS[_w] = GROUPS.get(_w, ()) + (_g,)


def token_features(
    tokens: list[str], char_sizes: tuple[int, ...] = CHAR_SIZES
) -> list[tuple[str, int, int]]:
    """Features of a token list as (name, first token index, last token index).

    The token span lets the explainer attribute each feature's weight back to words.
    """
    feats: list[tuple[str, int, int]] = []
    n = len(tokens)
    for i, tok in enumerate(tokens):
        feats.append(("w:" + tok, i, i))
        if i + 1 < n:
            feats.append(("b:" + tok + "_" + tokens[i + 1], i, i + 1))
        if char_sizes and len(tok) >= 3 and tok != "figx":
            padded = "<" + tok + ">"
            for size in char_sizes:
                for j in range(len(padded) - size + 1):
                    feats.append(("c:" + padded[j : j + size], i, i))
    if n:
        feats.append(("b:<s>_" + tokens[0], 0, 0))
    # group features: presence, unordered pairs, and adjacent pairs in order
    present: dict[str, int] = {}
    seq: list[tuple[str, int]] = []
    for i, tok in enumerate(tokens):
        for g in GROUPS.get(tok, ()):
            present.setdefault(g, i)
            seq.append((g, i))
    names = sorted(present)
    for a in names:
        feats.append(("g:" + a, present[a], present[a]))
    for x, a in enumerate(names):
        for b in names[x + 1 :]:
            feats.append(("gg:" + a + "|" + b, present[a], present[b]))
    for (a, i), (b, j) in zip(seq, seq[1:], strict=False):
        if i != j and j - i <= 3:
            feats.append(("gs:" + a + ">" + b, i, j))
    if CONCEPT_FEATURES and n:
        text = " ".join(tokens)
        for hit in concepts.concept_hits(text):
            first = hit.phrase.split()[0]
            i = tokens.index(first) if first in tokens else 0
            j = min(n - 1, i + len(hit.phrase.split()) - 1)
            feats.append(("k:" + hit.category, i, j))
            feats.append(("k:" + hit.category + ":" + hit.level, i, j))
            if hit.softened:
                feats.append(("k:softened", i, j))
    return feats


def featurize(text: str, char_sizes: tuple[int, ...] = CHAR_SIZES) -> list[str]:
    """Unique feature names for already-normalised text."""
    seen: dict[str, None] = {}
    for name, _, _ in token_features(text.split(), char_sizes):
        seen[name] = None
    return list(seen)


def feature_value(n: int) -> float:
    return 1.0 / math.sqrt(n) if n else 0.0


def softmax(scores: list[float]) -> list[float]:
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


class Model:
    """Loaded weights: feature -> [w_none, w_support, w_urgent]."""

    def __init__(
        self,
        weights: dict[str, list[float]],
        bias: list[float],
        thresholds: dict[str, float],
        meta: dict | None = None,
        char_sizes: tuple[int, ...] = CHAR_SIZES,
    ):
        self.char_sizes = tuple(char_sizes)
        self.weights = weights
        self.bias = bias
        self.thresholds = thresholds
        self.meta = meta or {}

    # -- persistence
    @classmethod
    def load(cls, path: Path | str = MODEL_PATH) -> Model:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
        return cls(
            data["weights"],
            data["bias"],
            data["thresholds"],
            data.get("meta", {}),
            tuple(data.get("char_sizes", ())),
        )

    def dump(self, path: Path | str = MODEL_PATH) -> None:
        data = {
            "format": "setdown-safety-logreg-1",
            "classes": list(CLASSES),
            "thresholds": self.thresholds,
            "char_sizes": list(self.char_sizes),
            "bias": [round(b, 5) for b in self.bias],
            "meta": self.meta,
            "weights": {k: [round(x, 4) for x in v] for k, v in sorted(self.weights.items())},
        }
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(data, fh, separators=(",", ":"), ensure_ascii=False)
            fh.write("\n")

    # -- scoring
    def scores(self, feats: list[str]) -> list[float]:
        """Linear scores; every feature counts 1/sqrt(n) so long and short texts compare."""
        s0 = s1 = s2 = 0.0
        get = self.weights.get
        for f in feats:
            w = get(f)
            if w is not None:
                s0 += w[0]
                s1 += w[1]
                s2 += w[2]
        v = feature_value(len(feats))
        b = self.bias
        return [b[0] + s0 * v, b[1] + s1 * v, b[2] + s2 * v]

    def proba(self, text: str) -> list[float]:
        return softmax(self.scores(featurize(text, self.char_sizes)))

    def level(self, probs: list[float], whole: bool = False) -> str:
        """Map probabilities to a level with recall-first thresholds.

        ``whole`` is the whole of a multi-sentence entry: every sentence was already read on
        its own, so the whole only adds context; it can ask for support when the model is
        sure, never raise an alarm by itself.
        """
        t = self.thresholds
        p_none, p_support, p_urgent = probs
        if whole:
            if p_urgent >= t["urgent"] or p_support + p_urgent >= max(t["support"], WHOLE_MIN):
                return "support"
            return "none"
        if p_urgent >= t["urgent"]:
            return "urgent"
        if p_urgent >= t["urgent_to_support"] or p_support + p_urgent >= t["support"]:
            return "support"
        return "none"

    def explain(self, text: str, klass: int, top: int = 3) -> list[str]:
        """Words/phrases that pushed the text towards ``klass`` (vs none), best first."""
        tokens = text.split()
        if not tokens:
            return []
        contrib = [0.0] * len(tokens)
        get = self.weights.get
        for name, i, j in token_features(tokens, self.char_sizes):
            w = get(name)
            if w is None:
                continue
            delta = w[klass] - w[0]
            if i == j:
                contrib[i] += delta
            else:
                contrib[i] += delta / 2
                contrib[j] += delta / 2
        # grow phrases around the strongest words
        order = sorted(range(len(tokens)), key=lambda k: (-contrib[k], k))
        used: set[int] = set()
        phrases: list[str] = []
        for k in order:
            if contrib[k] <= 0 or len(phrases) >= top:
                break
            if k in used or tokens[k] == "figx":
                continue
            lo = hi = k
            while (
                lo - 1 >= 0
                and lo - 1 not in used
                and contrib[lo - 1] > 0.25 * contrib[k]
                and tokens[lo - 1] != "figx"
                and k - lo < 3
            ):
                lo -= 1
            while (
                hi + 1 < len(tokens)
                and hi + 1 not in used
                and contrib[hi + 1] > 0.25 * contrib[k]
                and tokens[hi + 1] != "figx"
                and hi - k < 3
            ):
                hi += 1
            used.update(range(lo, hi + 1))
            phrases.append(" ".join(tokens[lo : hi + 1]))
        return phrases


_CACHED: Model | None = None


def get_model() -> Model:
    global _CACHED
    if _CACHED is None:
        _CACHED = Model.load()
    return _CACHED


def reset_cache() -> None:
    global _CACHED
    _CACHED = None
