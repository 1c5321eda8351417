"""Safety screen: reads free text a parent saved and says `urgent`, `support` or `none`.

    >>> from setdown.safety.screen import screen
    >>> screen("they would be better off without me").level
    'urgent'

Offline, deterministic and explainable.  Every sentence of the text (and, for longer
texts, the whole text) is read by

* hand-written rules (``rules.py``) with figurative-speech and negation handling, and
* a small logistic-regression model (``model.py``, weights in ``model.json``).

The level of a text is the highest level any of them gives for any sentence.  The model is
thresholded recall-first: a sentence that looks only somewhat like a crisis is `support`.
The result is for routing the parent gently to help; it is not a diagnosis.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import rules
from .model import CLASSES, Model, get_model

__all__ = ["ScreenResult", "screen", "screen_with", "LEVELS"]

LEVELS = rules.LEVELS
_RANK = rules.RANK


@dataclass(frozen=True)
class ScreenResult:
    level: str
    why: str
    matches: tuple[str, ...] = ()
    sentence: str = ""

    @property
    def flagged(self) -> bool:
        return self.level != "none"


@dataclass
class _Unit:
    raw: str
    neutral: str
    figurative: list[str]
    rule_level: str
    hits: list
    probs: list[float]
    model_level: str
    is_whole: bool

    @property
    def level(self) -> str:
        return max(self.rule_level, self.model_level, key=_RANK.__getitem__)


def _units(text: str) -> list[tuple[str, bool]]:
    sentences = rules.split_sentences(text)
    units = [(s, False) for s in sentences]
    if len(sentences) > 1:
        units.append((text, True))
    return units


def analyse(text: str, model: Model) -> list[_Unit]:
    out: list[_Unit] = []
    for raw, whole in _units(text):
        if whole:
            # the whole entry is the sentences already neutralised, read together
            neutral = " ".join(u.neutral for u in out if u.neutral)
            figs: list[str] = []
            rule_level, hits = "none", []
        else:
            neutral, figs = rules.neutralize(rules.normalize(raw))
            rule_level, hits = rules.screen_sentence_rules(neutral)
        probs = model.proba(neutral) if neutral else [1.0, 0.0, 0.0]
        model_level = model.level(probs, whole=whole)
        if (
            model_level == "urgent"
            and rule_level == "support"
            and any(h.category == "softened" for h in hits)
        ):
            # the rules saw the crisis words negated or about someone else ("I'm not
            # suicidal", "my sister wants to die"); a bag of words cannot, so the model
            # may ask for support here but not raise the alarm
            model_level = "support"
        out.append(_Unit(raw, neutral, figs, rule_level, hits, probs, model_level, whole))
    return out


def _pick(units: list[_Unit], level: str) -> _Unit:
    cands = [u for u in units if u.level == level]

    def key(u: _Unit):
        rule_at_level = u.rule_level == level
        return (not rule_at_level, u.is_whole, -u.probs[_RANK[level]] if level != "none" else 0)

    return sorted(cands, key=key)[0]


def _quote(items) -> str:
    return ", ".join(f'"{m}"' for m in items)


def screen_with(text: str, model: Model) -> ScreenResult:
    if not isinstance(text, str):
        raise TypeError("screen() needs a str")
    units = analyse(text, model)
    if not units:
        return ScreenResult("none", "none: empty text", (), "")
    level = max((u.level for u in units), key=_RANK.__getitem__)
    if level == "none":
        figs = [f for u in units for f in u.figurative]
        if figs:
            why = f"none: figurative or everyday wording only ({_quote(figs[:3])})"
            return ScreenResult("none", why, tuple(figs[:3]), "")
        return ScreenResult("none", "none: no warning signs found", (), "")

    unit = _pick(units, level)
    sentence = "" if unit.is_whole else unit.raw.strip()
    if unit.rule_level == level:
        hits = [h for h in unit.hits if h.level == level]
        # a specific rule explains better than the generic risk-word rule
        hits.sort(
            key=lambda h: (
                h.category == "distress"
                and h.phrase.split()[0]
                in {"die", "dying", "death", "dead", "suicide", "kill", "killing"},
                h.rule_index,
            )
        )
        phrases: list[str] = []
        for h in hits:
            if h.phrase not in phrases:
                phrases.append(h.phrase)
        cat = rules.CATEGORY_TEXT.get(hits[0].category, hits[0].category)
        why = f"{level}: {_quote(phrases[:3])} ({cat})"
        if unit.model_level == level:
            why += f"; model agrees ({unit.probs[_RANK[level]]:.2f})"
        return ScreenResult(level, why, tuple(phrases[:5]), sentence)

    klass = CLASSES.index(level)
    phrases = model.explain(unit.neutral, klass)
    p = unit.probs[2] if level == "urgent" else unit.probs[1] + unit.probs[2]
    what = "crisis-like wording" if level == "urgent" else "possible distress"
    if (
        level == "support"
        and unit.probs[2] >= model.thresholds["urgent_to_support"]
        and unit.probs[2] > unit.probs[1]
    ):
        what = "uncertain crisis-like wording, shown support to be safe"
    where = " in the whole entry" if unit.is_whole else ""
    why = f"{level}: model {p:.2f} on {_quote(phrases) or 'the wording'}{where} ({what})"
    if unit.rule_level != "none":
        rule_phr = [h.phrase for h in unit.hits]
        why += f"; rules: {_quote(rule_phr[:2])}"
        phrases = list(dict.fromkeys(rule_phr + phrases))
    return ScreenResult(level, why, tuple(phrases[:5]), sentence)


def screen(text: str) -> ScreenResult:
    """Screen any free text a parent saved.  Pure, deterministic, offline."""
    return screen_with(text, get_model())
