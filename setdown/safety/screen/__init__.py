"""Safety screen: reads free text a parent saved and says `urgent`, `support` or `none`.

    >>> from setdown.safety.screen import screen
    >>> screen("they would be better off without me").level
    'urgent'

Offline, deterministic and explainable.  Every sentence of the text, every sentence
together with the one before it, and (for longer texts) the whole text are read by

* hand-written rules (``rules.py``) with figurative-speech and negation handling,
* the concept ("concern") rule (``concepts.py``): the writer tied to death/absence, burden,
  means/preparation, self-injury or harm to a child, whatever the wording, and
* a small logistic-regression model (``model.py``, weights in ``model.json``).

A sentence pair or the whole text can only ask for support, never raise the alarm.

The level of a text is the highest level any of them gives for any sentence.  The model is
thresholded recall-first: a sentence that looks only somewhat like a crisis is `support`.
The model may also doubt the rules, within limits learned on writers it never saw: a rule's
alarm in a sentence the model is sure is everyday becomes `support` (never `none`), and crisis
words that were only joked about, negated or someone else's ask for nothing when the model is
sure the sentence is an everyday one.
The result is for routing the parent gently to help; it is not a diagnosis.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import concepts, rules
from .model import CLASSES, OFF, Model, get_model

__all__ = ["ScreenResult", "screen", "screen_with", "LEVELS"]

LEVELS = rules.LEVELS
_RANK = rules.RANK
_CONCEPT_INDEX = 2000  # rule_index of concept hits (urgent rules < 1000 <= support rules)
# an "intrusive" hit from an urgent rule or a concept was an urgent phrase lowered because the
# writer is horrified by the thought; support rules' own "intrusive" hits are not
_LOWERED = frozenset(range(1000)) | {_CONCEPT_INDEX}


@dataclass(frozen=True)
class ScreenResult:
    level: str
    why: str
    matches: tuple[str, ...] = ()
    sentence: str = ""
    # what the help should be about, besides the level: "home" when the text says home is
    # not safe (a partner who hurts, threatens or controls), so abuse lines come first
    topics: tuple[str, ...] = ()

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
    kind: str  # "sentence", "window" (a sentence with the one before) or "whole"
    # how sure the model is that the sentence is everyday, read alone and with each
    # neighbour (the least sure of the three): what the model's doubts of the rules go by
    everyday: float = 1.0

    @property
    def is_whole(self) -> bool:
        return self.kind != "sentence"

    @property
    def level(self) -> str:
        return max(self.rule_level, self.model_level, key=_RANK.__getitem__)


def softened(hits: list) -> bool:
    """Did the rules lower a crisis phrase (negated, someone else's, or a horrified thought)?

    Or did the model, reading the whole sentence, doubt it (see ``thresholds["veto"]``)?
    """
    return any(
        h.category in ("softened", "doubted")
        or (h.category == "intrusive" and h.rule_index in _LOWERED)
        for h in hits
    )


# words that say nothing about what a joke is about
_FILLER = frozenset(
    "the and but for with that this then than just really so very too its im ive id ill "
    "was were are is be been being have has had will would could should can cant dont didnt "
    "not no yes all any some one going gonna want wanted wanna need needed feel felt like "
    "think thought swear literally honestly actually seriously basically now today tonight "
    "lol lmao haha jk joke joking jokes kidding only mean meant you your she her him his "
    "they them their our ours mine myself yourself what when how why who".split()
)


def only_softened(hits: list, neutral: str = "") -> bool:
    """Were all the sentence's signs crisis words joked about, negated or someone else's,
    in a sentence that also says what it is about?

    "I want to die lol" says nothing else, so it keeps asking for support however sure the
    model is; "if I hear Baby Shark one more time I'm walking into the sea" names its cause.
    """
    if not hits or not all(h.category == "softened" for h in hits):
        return False
    said = set(" ".join(h.phrase for h in hits).split())
    rest = [w for w in neutral.split() if len(w) > 2 and w not in said and w not in _FILLER]
    return len(rest) >= 2


def _concept_hits(
    neutral: str, normalised: str, window: bool = False, before: str = "", after: str = ""
) -> list[rules.Hit]:
    """The concept ("concern") rule as rule hits; see ``concepts.py``.

    ``before`` and ``after`` are the sentences around this one: a "him" the entry named as a
    grown-up a sentence or two back is not a child (``rules.about_an_adult``).
    """
    out = []
    found = list(concepts.concept_hits(neutral, window))
    if normalised:
        found += concepts.purposeful_self_injury(normalised)
    seen = set()
    for c in found:
        if (c.category, c.phrase) in seen:
            continue
        if c.category == "harm_child" and rules.about_an_adult(neutral, c.phrase, before, after):
            continue
        seen.add((c.category, c.phrase))
        if c.softened:
            category = "intrusive" if c.category == "harm_child" else "softened"
        else:
            category = "concept_" + c.category
        out.append(rules.Hit(c.level, category, c.phrase, _CONCEPT_INDEX))
    return out


# the words of a day's routine; a short sentence made only of them carries no warning sign
_ROUTINE = frozenset(
    "and then home nap naps tea bath bed bedtime dinner lunch breakfast snack snacks school "
    "nursery run drop off pick up pickup work shop shops shopping park walk swim swimming "
    "library playgroup washing laundry dishes hoover cook cooked tidy tidied story stories "
    "milk feed feeds bottle bottles nappy nappies the a of to up off out in at with our my "
    "quick early late again usual same".split()
)
GATE = True


def _bare_routine(neutral: str) -> bool:
    words = neutral.split()
    return GATE and 0 < len(words) <= 8 and all(w in _ROUTINE for w in words)


# Words around a crisis phrase that say it was not meant literally. The crisis words then ask
# for support, never the alarm and never nothing:
# - a joke or a figure of speech in the sentence ("... walk into the sea lol", "metaphorically")
#   or just after it ("(Joking.)");
_JOKE = re.compile(
    r"\b(?:lol|lmao|lmfao|rofl|haha\w*|hehe|jk|jks|joking|kidding|not really|obviously not|"
    r"(?<!\ba )(?<!\bthe )jokes?(?! aside)|dramatic|"
    # ("the telly i mean" names the joke; "i mean just not wake up" names the wish)
    r"i mean(?! it\b)(?! (?:just |that |like )?(?:not|never|dead|dying|die|for good|forever|"
    r"permanently|properly|really|actually)\b)|that kind of|metaphorically|figuratively|"
    r"dramatically|came out of my mouth|"
    r"haunt(?:ing)? (?:them|you|him|her|the|everyone))\b"
)
# - the next sentence says what was meant ("End it. The Peppa episode.");
_LIFE_WORDS = r"(?:pain|suffering|misery|nightmare|life|lot|whole|everything|world|it all|me)\b"
_CLARIFIED = re.compile(
    r"^(?:the |this |that )?(?:\w+ )?(?:episode|game|song|show|film|movie|match|argument|war|"
    r"fight|tantrum|bedtime|dummy|meeting|call|queue|conversation|marriage|gadgets|ironing|"
    r"washing|series|level|season)\b|"
    # "end it. end the teething. end the sleep regression."
    r"^end (?:the|this|these|that|all the) (?!(?:pain|suffering|misery|nightmare)\b)\w+|"
    # "The school costume group chat, I mean." (a child named so is caught before this)
    r"^(?:the|this|that|these|those|my|our) (?!" + _LIFE_WORDS + r")(?:\w+ ){0,6}?i mean$"
)
# ... but not when what is meant is the pain or life itself ("End it. The pain I mean.")
_LIFE_MEANT = re.compile(r"^(?:i mean )?(?:the |this |that |my |all )?" + _LIFE_WORDS)
# - the "if I hear it one more time" frame;
_ONE_MORE = re.compile(
    r"\bif (?:i|we|she|he|they|the baby|the kids) (?:\w+\s+){0,3}(?:hear|have to|watch|"
    r"see|sing|read|step on|find|get|sit through|do|wakes?|asks?)\b.*\b(?:one more|once more)\b|"
    r"\bone more (?:game|episode|round|song|time|chorus|verse|tantrum|question)\b(?:\s+\w+){0,4}"
    r"\s+(?:away from|and i)\b|"
    # any trivial "if ... one more (time)" ("if the wifi drops one more time", "if nursery sends
    # one more email") unless the if-clause is about being hurt or about going on living
    r"\bif (?!(?:\w+\s+){0,7}?(?:hits?|hurts?|touch\w*|grabs?|chokes?|push\w*|shoves?|"
    r"threaten\w*|lays?|puts? (?:his|her)|live|living|wake|waking|survive|go on|feel|feeling|"
    r"cope|day|days|night|nights|week|weeks|like this|of this)\b)(?:\w+\s+){0,7}?"
    r"(?:one more|once more)\b"
)
# - a question someone asked ("the health visitor asked if I ever have thoughts of harming myself").
_ASKED = re.compile(
    r"\b(?:asked|asks|asking)(?: me| us)? (?:if|whether)\b|\basked (?:me|us) (?:what|why)\b"
)
# - the meme "tell my family I loved them" said of a theme tune or a flat-pack cot, when it is
#   the only crisis wording in the sentence (a sincere goodbye says more, and is kept)
_MEME = re.compile(r"tell (?:my|the) \w+ (?:that )?i (?:loved|love)(?: them| him| her| you)?")


# ... unless the writer says it is no joke ("I'm not joking", "no joke", "I mean it"): then the
# joke words are not a way out, and the crisis words stand
_SERIOUS = re.compile(
    r"\b(?:not|no|isnt|wasnt|aint|never|im not|stop) (?:a |even |being |really |just )?"
    r"(?:joke|joking|jokes|kidding|lol)\b|\bi mean it\b|\bfor real\b|\bseriously\b|"
    r"\bhonestly not\b|"
    # "not in a dramatic way", "not being dramatic": the writer means it
    r"\b(?:not|im not|isnt) (?:being |trying to be |in a |saying it to be )?dramatic(?:ally)?\b"
)
# - "Joke." or "Only joking" as the next sentence
_JOKE_NEXT = re.compile(r"^(?:(?:only|just|a) )?(?:jokes?|joking|kidding)\b")


# the "one more time" frame is no joke when what there is one more of is life itself
# ("if I have to live one more day like this")
_LIFE_ITSELF = re.compile(r"\b(?:live|living|alive|wake up|go on|survive|another day|like this)\b")


# Everyday idioms of overwhelm that a support rule reads ("I can't go on", "I'm drowning",
# "losing my mind", "I just want to disappear"): said as often about Lego on the stairs as
# about a life. Alone in a sentence they ask for support only when the model, reading the
# whole sentence, also sees some distress (thresholds["weak"], chosen with the others on
# writers the model never saw).
_WEAK_SUPPORT = re.compile(
    r"(?:(?:i |im |i feel like |feel like )?(?:cant (?:go on|do this any ?more|carry on|keep "
    r"going|take (?:it|this) any ?more|cope)|(?:i )?(?:just )?want(?:ed)? to (?:disappear|vanish)|"
    r"(?:im )?drowning|falling apart|losing my mind|going crazy|hanging on by a thread|"
    r"rock bottom|(?:im )?(?:so )?dead inside|(?:im )?going under|(?:im |i feel )?broken))"
)


def from_context(hits: list) -> bool:
    """An urgent hit that the entry's earlier sentences raised (``rules.CONTEXT_RULES``)."""
    return any(h.level == "urgent" and rules.CONTEXT_INDEX <= h.rule_index < 1000 for h in hits)


def weak_only(hits: list) -> bool:
    """Did only everyday idioms of overwhelm (and nothing else) ask for support?"""
    return bool(hits) and all(
        h.level == "support"
        and 1000 <= h.rule_index < _CONCEPT_INDEX
        and _WEAK_SUPPORT.fullmatch(h.phrase)
        for h in hits
    )


# "i want to smother him, the baby i mean": the "i mean" names a child, not a joke
_CHILD_NAMED = re.compile(
    r"\b(?:him|her|them) (?:i mean |meaning )?(?:the|my|our) (?:baby|toddler|son|daughter|kid|"
    r"boy|girl|little one)\b"
)


def _not_meant_literally(normalised: str, following: str) -> bool:
    if _SERIOUS.search(normalised) or _SERIOUS.search(following):
        return False
    if _LIFE_MEANT.match(following):
        return False
    if rules.CHILD_MEANT.match(following) or _CHILD_NAMED.search(normalised):
        # "I want to hurt him. The toddler I mean.": what is meant is a child, not a joke
        return False
    if _LIFE_ITSELF.search(normalised) and _ONE_MORE.search(normalised):
        return False
    return bool(
        _JOKE.search(normalised)
        or _ASKED.search(normalised)
        or _ONE_MORE.search(normalised)
        or _JOKE.search(" ".join(following.split()[:6]))
        or _JOKE_NEXT.search(following)
        or _CLARIFIED.search(following)
    )


def _only_the_meme(hits: list) -> bool:
    urgent = [h for h in hits if h.level == "urgent"]
    return bool(urgent) and all(_MEME.fullmatch(h.phrase) for h in urgent)


def _lowered(hits: list) -> list:
    return [
        rules.Hit("support", "softened", h.phrase, h.rule_index) if h.level == "urgent" else h
        for h in hits
    ]


def _merge(rule_level: str, hits: list, extra: list) -> tuple[str, list]:
    if not extra:
        return rule_level, hits
    level = max([rule_level] + [h.level for h in extra], key=_RANK.__getitem__)
    return level, hits + extra


def _cap_support(level: str) -> str:
    return "support" if level == "urgent" else level


def analyse(text: str, model: Model) -> list[_Unit]:
    """Screen every sentence, every sentence with the one before it, and the whole entry.

    A window (two sentences) and the whole entry only add context: what they find can ask
    for support but never raise the alarm; each sentence was already read on its own.
    """
    out: list[_Unit] = []
    sentences = rules.split_sentences(text)
    normalised_all = [rules.normalize(raw) for raw in sentences]
    neutral_all = [rules.neutralize(n) for n in normalised_all]
    # each sentence with the one after it; read here so that a sentence's neighbours can
    # keep the model from doubting it ("i won't. the rope is up in the loft.")
    pairs = [
        (a[0] + " " + b[0]).strip() for a, b in zip(neutral_all, neutral_all[1:], strict=False)
    ]
    pair_probs = [model.proba(n) if n else [1.0, 0.0, 0.0] for n in pairs]
    for i, raw in enumerate(sentences):
        normalised = normalised_all[i]
        neutral, figs = neutral_all[i]
        # who "him" or "her" is can be named in an earlier sentence, or in the next one
        # (as written, before the figurative spans are set aside: "'accidentally' cut myself
        # chopping veg. it wasn't an accident.")
        before = " ".join(normalised_all[max(0, i - 3) : i])
        after = neutral_all[i + 1][0] if i + 1 < len(neutral_all) else ""
        rule_level, hits = rules.screen_sentence_rules(neutral, before, after)
        rule_level, hits = _merge(
            rule_level, hits, _concept_hits(neutral, normalised, before=before, after=after)
        )
        following = normalised_all[i + 1] if i + 1 < len(sentences) else ""
        # "how do i end it. the tantrum." is one sentence to the splitter (no capital after
        # the full stop), so what comes after a full stop inside it counts as following too
        inner = re.split(r"[.!?]+\s+", raw.strip(), maxsplit=1)
        if len(inner) == 2 and inner[1].strip():
            following = rules.normalize(inner[1])
        if rule_level == "urgent" and (
            _not_meant_literally(normalised, following) or _only_the_meme(hits)
        ):
            hits = _lowered(hits)
            rule_level = max((h.level for h in hits), key=_RANK.__getitem__)
        probs = model.proba(neutral) if neutral else [1.0, 0.0, 0.0]
        everyday = min(
            [probs[0]] + [pair_probs[j][0] for j in (i - 1, i) if 0 <= j < len(pair_probs)]
        )
        if (
            rule_level == "urgent"
            and everyday >= model.thresholds.get("veto", OFF)
            and not from_context(hits)
        ):
            # crisis words the rest of the sentence does not bear out ("stood on a lego and
            # wanted to end it all for about four seconds"): the model, reading every word, is
            # sure this is an everyday sentence. The alarm becomes support, never none. (Not an
            # alarm the earlier sentences raised: read alone, such a sentence is everyday.)
            hits = [
                rules.Hit("support", "doubted", h.phrase, h.rule_index)
                if h.level == "urgent"
                else h
                for h in hits
            ]
            rule_level = "support"
        model_level = model.level(probs)
        if model_level == "urgent" and rule_level == "support" and softened(hits):
            # the rules saw the crisis words negated or about someone else ("I'm not
            # suicidal", "my sister wants to die"), or a harm-to-child thought the writer is
            # horrified by ("I would never hurt her but the thoughts scare me"); a bag of
            # words cannot tell, so the model may ask for support here but not raise the alarm
            model_level = "support"
        if (
            rule_level == "support"
            and only_softened(hits, neutral)
            and everyday >= model.thresholds.get("soft", OFF)
        ):
            # the only signs were crisis words joked about, negated or someone else's, and the
            # model is sure the sentence is an everyday one ("if I hear Baby Shark once more
            # I'm walking into the sea"): nothing to ask about
            figs = figs + [h.phrase for h in hits]
            rule_level, hits = "none", []
        if (
            rule_level == "support"
            and weak_only(hits)
            and probs[1] + probs[2] < model.thresholds.get("weak", 0.0)
        ):
            figs = figs + [h.phrase for h in hits]
            rule_level, hits = "none", []
        if model_level == "support" and rule_level == "none" and _bare_routine(neutral):
            # a weak model-only flag on a short list of the day's routine ("Nap, tea, bath,
            # bed.") is the model over-reading an ordinary day
            model_level = "none"
        out.append(
            _Unit(raw, neutral, figs, rule_level, hits, probs, model_level, "sentence", everyday)
        )
    if len(sentences) < 2:
        return out
    singles = list(out)
    for prev, cur, neutral, probs in zip(singles, singles[1:], pairs, pair_probs, strict=False):
        # a sentence with the one before: "I counted them. There are enough now."
        hits = []
        if not any(h.category.startswith("concept_") for h in prev.hits + cur.hits):
            hits = _concept_hits(neutral, "", window=True)
        rule_level = _cap_support(max([h.level for h in hits] + ["none"], key=_RANK.__getitem__))
        model_level = model.level(probs, whole=True)
        raw = prev.raw + " " + cur.raw
        out.append(_Unit(raw, neutral, [], rule_level, hits, probs, model_level, "window"))
    # the whole entry is the sentences already neutralised, read together; a sign spread over
    # several sentences (someone died ... "I've been jealous of her all day") asks for support
    neutral = " ".join(u.neutral for u in singles if u.neutral)
    probs = model.proba(neutral) if neutral else [1.0, 0.0, 0.0]
    model_level = model.level(probs, whole=True)
    hits, rule_level = [], "none"
    envy = concepts.envy_of_the_dead(neutral)
    if envy and not any(h.category == "concept_death" for u in singles for h in u.hits):
        hits, rule_level = (
            [rules.Hit("support", "concept_death", envy.phrase, _CONCEPT_INDEX)],
            "support",
        )
    out.append(_Unit(text, neutral, [], rule_level, hits, probs, model_level, "whole"))
    if probs[0] >= model.thresholds.get("context", OFF):
        # the model reads the whole entry as an everyday one: its own doubt about one sentence
        # of it (no rule saw anything there) is set aside; a long ordinary day has many
        # sentences to be unsure about. Its alarm, and every rule, stand.
        for u in singles:
            if u.rule_level == "none" and u.model_level == "support":
                u.model_level = "none"
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
    topics = _topics(units)
    sentence = "" if unit.kind == "whole" else unit.raw.strip()
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
            # for support, the model's case is how likely the text is to need any help
            p = unit.probs[2] if level == "urgent" else unit.probs[1] + unit.probs[2]
            why += f"; model agrees ({p:.2f})"
        return ScreenResult(level, why, tuple(phrases[:5]), sentence, topics)

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
    where = {"whole": " in the whole entry", "window": " in two sentences read together"}.get(
        unit.kind, ""
    )
    why = f"{level}: model {p:.2f} on {_quote(phrases) or 'the wording'}{where} ({what})"
    if unit.rule_level != "none":
        rule_phr = [h.phrase for h in unit.hits]
        why += f"; rules: {_quote(rule_phr[:2])}"
        phrases = list(dict.fromkeys(rule_phr + phrases))
    return ScreenResult(level, why, tuple(phrases[:5]), sentence, topics)


def _topics(units: list[_Unit]) -> tuple[str, ...]:
    if any(h.category == "unsafe_home" for u in units for h in u.hits):
        return ("home",)
    return ()


def screen(text: str) -> ScreenResult:
    """Screen any free text a parent saved.  Pure, deterministic, offline."""
    return screen_with(text, get_model())
