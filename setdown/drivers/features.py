"""Turn a parent's free text into sparse features for the driver model.

Everything here is pure Python and deterministic. Each feature remembers which
of the parent's own words produced it, so the suggester can quote those words
back in its reason.

Feature families (prefix, value):
  w:  stemmed word                       "w:yell"
  b:  stemmed bigram                     "b:i|yell"
  k:  skip pair (gap of one word)        "k:i|at"
  s:  subject -> verb pair               "s:I>yell", "s:CARER>yell", "s:OTHER>post"
  n:  stemmed word under a negation      "n:enough"
  c:  character n-gram of a word         "c:<yel"   (robust to typos)
  L:  hand-written cue, see LEXICON      "L:repair.outburst"
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# ---------------------------------------------------------------------------
# Normalisation

# Shorthand that shows up in parenting forums and late-night typing.
ABBREVIATIONS: dict[str, str] = {
    "ds": "son",
    "dd": "daughter",
    "dh": "husband",
    "dw": "wife",
    "dp": "partner",
    "mil": "mother in law",
    "fil": "father in law",
    "sil": "sister in law",
    "lo": "little one",
    "los": "little ones",
    "tbh": "to be honest",
    "ngl": "not gonna lie",
    "idk": "i do not know",
    "imo": "in my opinion",
    "smh": "shaking my head",
    "omg": "oh my god",
    "rn": "right now",
    "atm": "at the moment",
    "bc": "because",
    "bcs": "because",
    "cuz": "because",
    "cos": "because",
    "coz": "because",
    "b4": "before",
    "u": "you",
    "ur": "your",
    "r": "are",
    "y": "why",
    "n": "and",
    "w": "with",
    "tho": "though",
    "thru": "through",
    "pls": "please",
    "plz": "please",
    "ppl": "people",
    "bf": "breastfeed",
    "bfing": "breastfeeding",
    "ebf": "breastfeed",
    "ff": "formula",
    "pp": "postpartum",
    "ppd": "postpartum depression",
    "ppa": "postpartum anxiety",
    "sahm": "stay at home mom",
    "sahd": "stay at home dad",
    "sahp": "stay at home parent",
    "wfh": "work from home",
    "wohm": "working mom",
    "wotm": "working mom",
    "ig": "instagram",
    "insta": "instagram",
    "fb": "facebook",
    "tt": "tiktok",
    "yt": "youtube",
    "pta": "pta",
    "ot": "overtime",
    "hrs": "hours",
    "hr": "hour",
    "mins": "minutes",
    "min": "minute",
    "wk": "week",
    "wks": "weeks",
    "yo": "year old",
    "mo": "month",
    "mos": "months",
    "bday": "birthday",
    "xmas": "christmas",
    "ok": "okay",
    "k": "okay",
    "kinda": "kind of",
    "sorta": "sort of",
    "gonna": "going to",
    "wanna": "want to",
    "gotta": "got to",
    "dunno": "do not know",
    "lemme": "let me",
    "mum": "mom",
    "mummy": "mom",
    "mommy": "mom",
    "momma": "mom",
    "mama": "mom",
    "mam": "mom",
    "ma": "mom",
    "mums": "moms",
    "mommies": "moms",
    "mamas": "moms",
    "mummies": "moms",
    "dada": "dad",
    "daddy": "dad",
    "papa": "dad",
    "kiddo": "kid",
    "kiddos": "kids",
    "bub": "baby",
    "bubs": "baby",
    "bubba": "baby",
    "newborn": "baby",
    "nursery": "daycare",
    "creche": "daycare",
    "childcare": "daycare",
    "preschool": "daycare",
    "kindy": "daycare",
    "kindergarten": "school",
    "hubby": "husband",
    "mr": "mr",
    "colour": "color",
    "neighbour": "neighbor",
    "neighbours": "neighbors",
    "telly": "tv",
    "nappy": "diaper",
    "nappies": "diapers",
    "pram": "stroller",
    "pushchair": "stroller",
    "buggy": "stroller",
    "dummy": "pacifier",
    "cosleep": "co sleep",
    "cosleeping": "co sleeping",
    "organised": "organized",
    "behaviour": "behavior",
    "realise": "realize",
    "realised": "realized",
    "apologise": "apologize",
    "apologised": "apologized",
    "apologising": "apologizing",
    "tireder": "more tired",
}

# Contractions, with or without the apostrophe (people drop it when typing fast).
CONTRACTIONS: dict[str, str] = {
    "im": "i am",
    "ive": "i have",
    "id": "i would",
    "dont": "do not",
    "didnt": "did not",
    "doesnt": "does not",
    "cant": "can not",
    "cannot": "can not",
    "couldnt": "could not",
    "shouldnt": "should not",
    "wouldnt": "would not",
    "wont": "will not",
    "isnt": "is not",
    "wasnt": "was not",
    "werent": "were not",
    "arent": "are not",
    "havent": "have not",
    "hasnt": "has not",
    "hadnt": "had not",
    "aint": "is not",
    "theyre": "they are",
    "youre": "you are",
    "thats": "that is",
    "whats": "what is",
    "theres": "there is",
    "shes": "she is",
    "hes": "he is",
    "its": "it is",
    "lets": "let us",
}

TOKEN_RE = re.compile(r"[A-Za-z0-9\u00C0-\u024F]+(?:['\u2019][A-Za-z]+)*")
BREAK_RE = re.compile(r"[.!?;:\n()\u2014\u2013\u2026]|\s-\s")
# A comma followed by one of these starts a new clause.
CLAUSE_STARTERS = {"but", "and", "so", "then", "because", "cuz", "though", "when", "which"}

NEGATORS = {"not", "no", "never", "nothing", "nobody", "none", "without", "nor", "hardly", "barely"}

SUBJECT_WORDS = {
    "i": "I",
    "we": "WE",
    "me": None,
    "he": "OTHER",
    "she": "OTHER",
    "they": "OTHER",
    "you": "YOU",
}
# People who raised the parent; "my mom yelled" is about a childhood carer.
CARER_WORDS = {
    "mom",
    "mother",
    "dad",
    "father",
    "parents",
    "grandma",
    "grandmother",
    "grandpa",
    "nan",
    "nana",
    "granny",
}
# People the parent may compare herself with.
PEER_WORDS = {
    "friend",
    "friends",
    "moms",
    "mom",
    "parents",
    "neighbor",
    "neighbour",
    "sister",
    "sisters",
    "cousin",
    "coworker",
    "colleague",
    "everyone",
    "everybody",
    "influencer",
    "influencers",
    "others",
    "people",
    "woman",
    "women",
    "families",
    "family",
}

# Words skipped when looking for the verb that follows a subject.
FILLERS = {
    "always",
    "never",
    "totally",
    "completely",
    "literally",
    "just",
    "really",
    "kind",
    "sort",
    "of",
    "basically",
    "actually",
    "again",
    "then",
    "also",
    "so",
    "even",
    "still",
    "constantly",
    "sometimes",
    "often",
    "finally",
    "probably",
    "honestly",
    "seriously",
    "ever",
    "already",
    "only",
    "all",
    "both",
    "do",
    "did",
    "does",
    "have",
    "has",
    "had",
    "would",
    "will",
    "can",
    "could",
    "be",
    "am",
    "is",
    "are",
    "was",
    "were",
    "not",
    "to",
}

# Other people whose eyes or words a parent measures herself by.
OUTSIDERS = {
    "friend",
    "friends",
    "colleague",
    "colleagues",
    "coworker",
    "coworkers",
    "neighbor",
    "neighbors",
    "sister",
    "brother",
    "cousin",
    "auntie",
    "aunt",
    "uncle",
    "woman",
    "man",
    "lady",
    "stranger",
    "visitor",
    "teacher",
    "moms",
    "dads",
    "everyone",
    "everybody",
    "people",
    "influencer",
    "influencers",
    "others",
    "someone",
    "somebody",
    "law",
    "laws",
    "nct",
    "group",
    "feed",
}
# What those people do that stings.
OUTSIDER_ACTS = {
    "said",
    "say",
    "says",
    "asked",
    "ask",
    "asks",
    "commented",
    "comment",
    "comments",
    "looked",
    "look",
    "looks",
    "glanced",
    "stared",
    "face",
    "posted",
    "post",
    "posts",
    "posting",
    "seem",
    "seems",
    "seemed",
    "told",
    "mentioned",
    "judged",
    "judging",
    "noticed",
    "laughed",
    "always",
    "already",
    "never",
}
# A childhood carer speaking: "my mum always said", "my dad used to".
CARER_ACTS = {
    "said",
    "says",
    "used",
    "always",
    "told",
    "taught",
    "would",
    "never",
    "called",
    "made",
}

STOPWORDS = {
    "a",
    "an",
    "the",
    "and",
    "or",
    "but",
    "if",
    "of",
    "to",
    "in",
    "on",
    "at",
    "for",
    "with",
    "by",
    "from",
    "is",
    "am",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "it",
    "this",
    "that",
    "these",
    "those",
    "as",
    "i",
    "me",
    "my",
    "we",
    "our",
    "you",
    "your",
    "he",
    "him",
    "his",
    "she",
    "her",
    "they",
    "them",
    "their",
    "so",
    "just",
    "do",
    "did",
    "does",
    "have",
    "has",
    "had",
    "would",
    "will",
    "can",
    "could",
    "should",
    "what",
    "when",
    "then",
    "than",
    "there",
    "here",
    "up",
    "out",
    "about",
    "all",
    "some",
    "any",
    "too",
    "very",
    "really",
    "get",
    "got",
    "like",
    "one",
    "also",
    "still",
    "even",
    "again",
    "how",
    "why",
    "who",
    "which",
    "because",
    "into",
    "over",
    "after",
    "before",
    "while",
    "now",
    "not",
    "no",
    "its",
    "im",
    "ive",
    "dont",
    "okay",
    "going",
    "go",
    "know",
    "think",
    "feel",
    "felt",
    "feeling",
    "guilt",
    "guilty",
    "bad",
    "mom",
    "kid",
    "kids",
    "son",
    "daughter",
    "baby",
    "little",
    "day",
    "today",
    "much",
    "more",
    "only",
    "way",
    "thing",
    "things",
    "something",
    "let",
    "us",
    "said",
    "say",
    "tell",
    "told",
    "make",
    "made",
    "want",
    "wanted",
    "need",
    "needed",
    "time",
    "lot",
    "own",
    "other",
}


def fold(text: str) -> str:
    """Lowercase, strip accents and unify apostrophes."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'").lower()


def _expand(raw: str) -> list[str]:
    """Normalise one raw token into one or more plain words."""
    word = fold(raw)
    if "'" in word:
        head, _, tail = word.partition("'")
        glued = head + tail.replace("'", "")
        if glued in CONTRACTIONS:
            return CONTRACTIONS[glued].split()
        if tail == "s":
            return [head]  # possessive: "mom's" -> "mom"
        if tail == "t" and head.endswith("n"):
            return [head[:-1], "not"]
        if tail in ("ve", "ll", "re", "d", "m"):
            return [head, {"ve": "have", "ll": "will", "re": "are", "d": "would", "m": "am"}[tail]]
        word = glued
    if word in CONTRACTIONS:
        return CONTRACTIONS[word].split()
    if word in ABBREVIATIONS:
        return ABBREVIATIONS[word].split()
    # Stretched words ("soooo", "nooo") -> at most two repeats.
    word = re.sub(r"(.)\1{2,}", r"\1", word)
    return [word] if word else []


IRREGULAR = {
    "lost": "lose",
    "felt": "feel",
    "was": "be",
    "were": "be",
    "is": "be",
    "am": "be",
    "are": "be",
    "been": "be",
    "kept": "keep",
    "had": "have",
    "has": "have",
    "did": "do",
    "does": "do",
    "done": "do",
    "said": "say",
    "told": "tell",
    "thought": "think",
    "made": "make",
    "taught": "teach",
    "brought": "bring",
    "grew": "grow",
    "grown": "grow",
    "raised": "rais",
    "slept": "sleep",
    "woke": "wake",
    "went": "go",
    "gone": "go",
    "saw": "see",
    "seen": "see",
    "children": "child",
    "kids": "kid",
    "women": "woman",
    "men": "man",
    "feet": "foot",
    "yelled": "yell",
    "screamed": "scream",
    "fed": "feed",
    "ate": "eat",
    "snapped": "snap",
    "got": "get",
    "gotten": "get",
    "forgot": "forget",
    "forgotten": "forget",
    "mothers": "mother",
    "moms": "mom",
    "ran": "run",
    "sat": "sit",
    "left": "leave",
}


def stem(word: str) -> str:
    """A small suffix stripper; good enough to join yell/yelled/yelling."""
    if word in IRREGULAR:
        return IRREGULAR[word]
    if len(word) <= 3 or word.isdigit():
        return word
    w = word
    if w.endswith("sses"):
        w = w[:-2]
    elif w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        w = w[:-1]
    for suffix in ("ingly", "edly", "ing", "ed"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            if suffix in ("ed", "edly") and w.endswith("i"):
                w = w[:-1] + "y"
            if len(w) >= 4 and w[-1] == w[-2] and w[-1] not in "lsz":
                w = w[:-1]
            break
    else:
        if w.endswith("ly") and len(w) > 5:
            w = w[:-2]
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]
    if w.endswith("y") and len(w) > 3:
        w = w[:-1] + "i"
    return w


@dataclass(frozen=True, slots=True)
class Token:
    word: str  # normalised word
    stem: str
    origin: int  # index of the raw token it came from
    breaks_before: bool  # punctuation between this and the previous token


@dataclass(frozen=True, slots=True)
class Analysis:
    text: str
    raw: tuple[str, ...]  # the parent's own words, as typed
    spans: tuple[tuple[int, int], ...]  # where each raw word sits in text
    breaks: tuple[bool, ...]  # punctuation before each raw word
    tokens: tuple[Token, ...]


def analyse(text: str) -> Analysis:
    text = text or ""
    raw: list[str] = []
    spans: list[tuple[int, int]] = []
    breaks: list[bool] = []
    tokens: list[Token] = []
    last_end = 0
    for match in TOKEN_RE.finditer(text):
        gap = text[last_end : match.start()]
        brk = (
            not raw
            or bool(BREAK_RE.search(gap))
            or ("," in gap and match.group(0).lower() in CLAUSE_STARTERS)
        )
        last_end = match.end()
        origin = len(raw)
        raw.append(match.group(0))
        spans.append(match.span())
        breaks.append(brk)
        for i, word in enumerate(_expand(match.group(0))):
            tokens.append(Token(word, stem(word), origin, brk and i == 0))
    return Analysis(text, tuple(raw), tuple(spans), tuple(breaks), tuple(tokens))


# ---------------------------------------------------------------------------
# Hand-written cues. Each entry is a stemmed phrase (space separated stems);
# a phrase fires when its stems appear consecutively. They give the model a
# prior that generalises beyond the training sentences.


def _phrases(*items: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(stem(w) for w in _expand_all(item)) for item in items)


def _expand_all(text: str) -> list[str]:
    out: list[str] = []
    for m in TOKEN_RE.finditer(text):
        out.extend(_expand(m.group(0)))
    return out


LEXICON: dict[str, tuple[tuple[str, ...], ...]] = {
    # culture: the retouched ideal of motherhood, and its household standards
    "culture.ideal": _phrases(
        "perfect mom",
        "perfect mother",
        "good mom",
        "good mother",
        "real mom",
        "real moms",
        "proper mom",
        "proper mother",
        "proper home",
        "what kind of mother",
        "what kind of mom",
        "parent of the year",
        "mother of the year",
        "supposed to",
        "meant to",
        "should be",
        "expected",
        "expectations",
        "society",
        "standard",
        "ideal",
        "magazine",
        "movies",
        "film",
        "advert",
        "commercial",
        "traditional",
        "tradition",
        "maternal",
        "natural",
        "cherish",
        "treasure",
        "every moment",
        "enjoy every",
        "love every minute",
        "sacrifice",
        "selfless",
        "martyr",
        "every mother",
        "mothers are",
        "moms are",
        "they say",
        "everyone knows",
        "experts",
        "everything i read",
        "the books",
        "leaflets",
        "breast is best",
        "what mothers do",
        "excuse",
        "housewife",
        "domestic goddess",
        "pinterest",
        "picture perfect",
    ),
    "culture.home": _phrases(
        "spotless",
        "clean house",
        "tidy",
        "messy house",
        "house is a tip",
        "tip",
        "mess",
        "dishes",
        "sink",
        "laundry",
        "washing",
        "hoover",
        "homemade",
        "home made",
        "from scratch",
        "baked",
        "bake",
        "bake sale",
        "shop bought",
        "store bought",
        "organic",
        "veg",
        "vegetables",
        "five a day",
        "balanced",
        "home cooked",
        "cook",
        "cereal",
        "nuggets",
        "fish fingers",
        "takeaway",
        "junk",
        "sugar",
        "screen time",
        "screens",
        "ipad",
        "tablet",
        "tv",
        "cartoons",
        "peppa",
        "bath",
        "bedtime story",
        "read to",
        "reading log",
        "spellings",
        "home learning",
        "baby book",
        "photos printed",
        "scrapbook",
        "crafts",
        "costume",
        "packed lunch",
        "notes",
        "matching",
        "birthday cake",
        "party bags",
        "sunday roast",
        "at the table",
        "co sleep",
        "formula",
        "routine",
        "dummy",
        "pacifier",
    ),
    # roles: juggling many hats
    "roles.work": _phrases(
        "work",
        "job",
        "office",
        "meeting",
        "meetings",
        "deadline",
        "boss",
        "manager",
        "team",
        "career",
        "shift",
        "night shift",
        "overtime",
        "second job",
        "laptop",
        "email",
        "emails",
        "work call",
        "call",
        "conference",
        "zoom",
        "headset",
        "time zone",
        "commute",
        "back to work",
        "full time",
        "part time",
        "working",
        "promotion",
        "clients",
        "business",
        "nurse",
        "teacher",
        "farm",
        "study",
        "exam",
        "exams",
        "uni",
        "coursework",
        "volunteer",
        "pta",
        "after this email",
        "one more email",
        "on my phone",
    ),
    "roles.juggle": _phrases(
        "juggling",
        "juggle",
        "balance",
        "plates",
        "pulled",
        "stretched",
        "spread thin",
        "split",
        "split myself",
        "no time",
        "half listening",
        "half present",
        "half there",
        "distracted",
        "multitask",
        "to do list",
        "errands",
        "chores",
        "caring for",
        "looking after my mum",
        "looking after my dad",
        "carer",
        "stroke",
        "siblings",
        "his sister",
        "her brother",
        "the other one",
        "both of them",
        "scraps",
        "leftovers",
        "what's left",
        "nothing left",
        "missed",
        "couldn't make",
        "assembly",
        "sports day",
        "school play",
        "nativity",
        "parents evening",
        "pick up",
        "drop off",
        "got home",
        "away for work",
        "work trip",
        "hotel",
        "facetime",
        "everyone needs",
        "never enough time",
        "on paper",
    ),
    # biology: body, sleep, hormones, nervous system
    "biology.sleep": _phrases(
        "tired",
        "exhausted",
        "exhaustion",
        "sleep",
        "slept",
        "sleepless",
        "no sleep",
        "sleep deprived",
        "awake",
        "night feeds",
        "nights",
        "3am",
        "4am",
        "2am",
        "up all night",
        "up every",
        "broken sleep",
        "nap",
        "body clock",
        "running on empty",
        "running on",
        "zombie",
        "shattered",
        "knackered",
    ),
    "biology.body": _phrases(
        "hormones",
        "hormonal",
        "postpartum",
        "after birth",
        "pregnant",
        "pregnancy",
        "nauseous",
        "sick",
        "period",
        "pms",
        "pmdd",
        "perimenopause",
        "menopause",
        "hysterectomy",
        "thyroid",
        "medication",
        "ill",
        "flu",
        "fever",
        "cold",
        "covid",
        "migraine",
        "headache",
        "pain",
        "body",
        "breastfeed",
        "nursing",
        "pumping",
        "milk",
        "latch",
        "mastitis",
        "weaning",
        "c section",
        "recovery",
        "stitches",
        "teething",
        "reflux",
        "growth spurt",
        "touched out",
        "sensory",
        "overload",
        "too loud",
        "noise",
        "autistic",
        "adhd",
        "chronic",
        # illness, injury and the body's cycles, as parents name them
        "trimester",
        "nausea",
        "morning sickness",
        "gag",
        "bleeding",
        "blood loss",
        "iron tablets",
        "iron levels",
        "anaemia",
        "anemia",
        "faint",
        "dizzy",
        "hot flush",
        "hot flushes",
        "night sweats",
        "cramps",
        "endometriosis",
        "arthritis",
        "fatigue",
        "ms",
        "long covid",
        "apnea",
        "apnoea",
        "sore",
        "aching",
        "back pain",
        "surgery",
        "operation",
        "chemo",
        "diabetes",
        "blood sugar",
        "injury",
        "concussion",
        "infection",
        "antibiotics",
        "virus",
        "stomach bug",
        "tummy bug",
        "temperature",
        "shivering",
        "vomiting",
        "throwing up",
        "contractions",
        "miscarriage",
        "ivf",
        "meds",
    ),
    "biology.alarm": _phrases(
        "cry",
        "crying",
        "tears",
        "teary",
        "weepy",
        "sobbing",
        "sobbed",
        "broke down",
        "overwhelmed",
        "anxious",
        "anxiety",
        "heart racing",
        "heart pounding",
        "panic",
        "on edge",
        "shaking",
        "foggy",
        "brain fog",
        "wired",
        "short fuse",
        "overreact",
        "overreacting",
        "small thing",
        "little thing",
        "tiny thing",
        "out of proportion",
        "end of the world",
        "for no reason",
        "raw",
        "sensitive",
        "irritable",
        "crash",
        "checked he's breathing",
        "mood",
        "moods",
    ),
    # comparison: other people, feeds, being watched
    "comparison.feeds": _phrases(
        "instagram",
        "facebook",
        "tiktok",
        "youtube",
        "social media",
        "feed",
        "scroll",
        "scrolling",
        "posted",
        "post",
        "posts",
        "posting",
        "stories",
        "influencer",
        "influencers",
        "followers",
        "the likes",
        "got likes",
        "no likes",
        "fb group",
        "group chat",
        "whatsapp",
        "mums group",
        "mom group",
        "baby group",
        "nct",
        "nursery app",
        "photos",
        "video",
        "online",
        "reels",
        "unfollow",
        "mute",
    ),
    "comparison.others": _phrases(
        "other moms",
        "other parents",
        "other dads",
        "the other",
        "everyone else",
        "everybody else",
        "her kids",
        "their kids",
        "my friend",
        "friends",
        "my sister",
        "sister in law",
        "mother in law",
        "in laws",
        "in law",
        "auntie",
        "neighbor",
        "a woman",
        "a lady",
        "stranger",
        "another mom",
        "compare",
        "comparing",
        "comparison",
        "jealous",
        "envy",
        "pickup",
        "school gate",
        "playground",
        "park",
        "playdate",
        "party",
        "judging",
        "judged",
        "judgment",
        "looked at me",
        "staring",
        "in front of everyone",
        "comments",
        "commented",
        "she said",
        "he said",
        "asked if",
        "seems to",
        "makes it look",
        "how does she",
        "milestones",
        "already",
        "ahead",
        "behind",
        "at his age",
        "at her age",
        "gifted",
        "still not",
    ),
    # beliefs: rules from childhood, the anxiety-guilt loop
    "beliefs.childhood": _phrases(
        "growing up",
        "grew up",
        "when i was little",
        "when i was a kid",
        "when i was young",
        "as a kid",
        "as a child",
        "childhood",
        "raised",
        "brought up",
        "my mother always",
        "my mom always",
        "my dad always",
        "my father",
        "my parents",
        "my grandmother",
        "my nan",
        "taught me",
        "drilled",
        "in my family",
        "in our house",
        "eldest daughter",
        "responsible one",
        "since i was",
        "catholic",
        "strict",
        "good girl",
        "good girls",
        "be strong",
        "never cry",
        "used to say",
        "always said",
        "my mom used to",
        "my mother used to",
    ),
    "beliefs.voice": _phrases(
        "voice in my head",
        "in my head",
        "my head",
        "my brain",
        "inner critic",
        "her voice",
        "hear my mom",
        "hear my mother",
        "i hear",
        "echo",
        "deep down",
        "i believe",
        "believe",
        "belief",
        "i learned",
        "lazy",
        "selfish",
        "indulgent",
        "weak",
        "burden",
        "ungrateful",
        "wasting time",
        "rest",
        "lie in",
        "earn",
        "deserve",
        "worth",
        "not allowed",
        "punished",
        "illegal",
        "stealing",
        "my fault",
        "failed",
        "not enough",
        "never enough",
        "what will people think",
        "ask for help",
        "let anyone down",
        "say no",
        "worry",
        "worried",
        "worrying",
        "turns into",
        "turned into",
        "flips",
        "loop",
        "spiral",
        "always ends",
        "what if",
        "something bad",
        "sick feeling",
        "don't know why i do",
    ),
    # repair: a rupture the parent wants to come back to
    "repair.rupture": _phrases(
        "yelled",
        "yell",
        "shouted",
        "shout",
        "screamed",
        "scream",
        "snapped",
        "snap",
        "raised my voice",
        "lost my temper",
        "lost my cool",
        "lost it",
        "blew up",
        "exploded",
        "slammed",
        "grabbed",
        "yanked",
        "smacked",
        "threw",
        "swore",
        "rolled my eyes",
        "harsh",
        "harshly",
        "mean",
        "sharp",
        "short with",
        "barked",
        "hissed",
        "rough",
        "ignored",
        "pretended not to hear",
        "sent him to his room",
        "sent her to her room",
        "broke my promise",
        "at him",
        "at her",
        "at them",
        "at the kids",
        "his face",
        "her face",
        "little face",
        "flinched",
        "scared",
        "burst into tears",
        "went quiet",
    ),
    "repair.return": _phrases(
        "sorry",
        "say sorry",
        "said sorry",
        "apologize",
        "apologized",
        "make it right",
        "make it up",
        "make amends",
        "repair",
        "reconnect",
        "hug",
        "hugged",
        "cuddle",
        "owe her",
        "owe him",
        "script",
        "how do i say",
        "how do you say",
        "what do i say",
        "what do i do now",
        "tomorrow",
        "later",
        "keep replaying",
        "keep seeing",
        "start again",
        "try again",
        "come back",
        "talk to him",
        "talk to her",
        "explain",
    ),
    # beliefs, without a childhood cue: the inner rule about what the parent may allow herself
    "beliefs.permission": _phrases(
        "let myself",
        "allow myself",
        "allowed myself",
        "allowed to",
        "give myself",
        "gave myself",
        "permission",
        "deserve",
        "deserved",
        "do not deserve",
        "earn it",
        "earned",
        "haven't earned",
        "for myself",
        "on myself",
        "time for me",
        "me time",
        "treat myself",
        "selfish",
        "lazy",
        "indulgent",
        "greedy",
        "should be grateful",
        "be grateful",
        "ungrateful",
        "grateful",
        "count my blessings",
        "so lucky",
        "complain",
        "complaining",
        "moan",
        "moaning",
        "sit down",
        "sitting down",
        "feel like stealing",
        "like stealing",
        "relax",
        "relaxing",
        "enjoy myself",
        "enjoying",
        "being happy",
        "have fun",
        "having fun",
        "until everything is done",
        "until it's all done",
        "ask for help",
        "asking for help",
        "accept help",
        "admitting",
        "weakness",
        "weak",
        "on my own",
        "by myself",
        "do it all",
        "manage",
        "cope",
        "coping",
        "burden",
        "a treat",
        "too much of a treat",
        "crime",
        "committed a crime",
        "slacking",
        "skiving",
        "wasted money",
        "waste of money",
        "instead of resting",
        "my needs",
        "needs can wait",
        "put myself last",
        "last on the list",
        "come last",
        "told myself",
        "i set myself",
        "inside me",
        "off switch",
        "a rule",
        "my rule",
        "checklist",
        "keep score",
        "never off",
        "hold it together",
        "the glue",
    ),
    # beliefs: the anxiety-guilt loop and the verdict it reaches about the parent herself
    "beliefs.loop": _phrases(
        "what if i",
        "what if i'm",
        "what if he",
        "what if she",
        "what if it",
        "damaging",
        "damage",
        "damaged",
        "ruining",
        "ruin",
        "ruined",
        "messing him up",
        "messing her up",
        "mess him up",
        "mess her up",
        "scar",
        "scarred",
        "trauma",
        "traumatized",
        "therapist",
        "therapy",
        "screw him up",
        "screw her up",
        "lie awake",
        "can't stop thinking",
        "over and over",
        "replaying",
        "keep thinking",
        "round and round",
        "worst case",
        "something will happen",
        "something happens",
        "something bad",
        "if i stop",
        "checking",
        "keep checking",
        "proves",
        "prove",
        "means i'm",
        "means i am",
        "it means",
        "bad person",
        "terrible person",
        "awful person",
        "horrible person",
        "kind of person",
        "kind of mother",
        "fraud",
        "hate myself",
        "i'm the problem",
        "not good enough",
        "never good enough",
        "i know it's irrational",
        "irrational",
        "i know that's not",
        "i know it's not",
        "logically",
        "rationally",
        "even though i know",
        "i know i",
        "always feel",
        "every time i",
        "whenever i",
        "the moment i",
        "as soon as i",
        "then i feel guilty",
        "feel guilty for",
        "feel guilty about feeling",
        "guilty for feeling",
        "guilty for being",
        "in case",
        "just in case",
        "convinced",
        "imagining",
        "intrusive",
        "proof",
        "looking for",
        "what i did wrong",
        "doing wrong",
        "got it wrong",
        "all because of me",
        "because of me",
        "my brain went",
        "straight to",
        "should have seen",
        "should have known",
        "reading about",
        "googling",
        "googled",
        "1am",
        "midnight",
        "the worse",
        "worse versions",
    ),
    # culture: what the idealised "good parent" is pictured doing, from outside
    "culture.doing": _phrases(
        "good moms",
        "good mothers",
        "good parents",
        "good dads",
        "real moms",
        "proper moms",
        "a good mom would",
        "a proper mom would",
        "a real mom would",
        "a good dad would",
        "a good parent would",
        "proper parent",
        "good parent",
        "mothers should",
        "moms should",
        "parents should",
        "kids should",
        "should be doing",
        "you're meant to",
        "you're supposed to",
        "you should",
        "you have to",
        "every article",
        "articles",
        "research says",
        "studies",
        "the guidelines",
        "guidelines",
        "recommended",
        "the rules",
        "the done thing",
        "the way it's done",
        "like in the films",
        "on tv",
        "the ads",
        "generation",
        "nowadays",
        "these days",
        "back then",
        "in my culture",
        "where i'm from",
        "back home",
        "dad here",
        "as a dad",
        "as the dad",
        "as a mom",
        "the mum",
        "mum's job",
        "mom's job",
        "a mother's job",
        "women's work",
        "the man",
        "provider",
        "breadwinner",
    ),
}


def _lexicon_index() -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    index: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for cue, phrases in LEXICON.items():
        for phrase in phrases:
            if phrase:
                index.setdefault(phrase[0], []).append((cue, phrase))
    return index


LEXICON_INDEX = _lexicon_index()

# What a parent calls herself when an inner rule is speaking.
SELF_VERDICTS = {
    "lazy",
    "selfish",
    "ungrateful",
    "weak",
    "fraud",
    "failure",
    "useless",
    "pathetic",
    "burden",
    "terrible",
    "awful",
    "horrible",
    "monster",
    "broken",
    "unworthy",
    "undeserving",
    "greedy",
    "spoiled",
    "indulgent",
    "worthless",
    "deserve",
    "allowed",
    "earned",
}
RULE_WORDS = {"should", "supposed", "must", "ought", "meant", "shouldnt"}
IDEAL_WORDS = {"good", "real", "proper", "perfect", "decent", "normal", "great", "better"}
PARENT_WORDS = {
    "mom",
    "moms",
    "mother",
    "mothers",
    "dad",
    "dads",
    "father",
    "fathers",
    "parent",
    "parents",
    "wife",
    "wives",
}

# Words that point at the parent's own childhood.
PAST_MARKERS = {
    "grow",
    "grew",
    "child",
    "childhood",
    "little",
    "young",
    "kid",
    "rais",
    "teen",
    "school",
}


# ---------------------------------------------------------------------------
# Feature extraction

# Each feature maps to (value, origins): origins are raw-token indices.
Features = dict[str, tuple[float, tuple[int, ...]]]


def _add(feats: dict[str, list], name: str, value: float, origins: tuple[int, ...]) -> None:
    slot = feats.get(name)
    if slot is None:
        feats[name] = [value, origins]
    else:
        slot[0] += value
        if len(slot[1]) < 4:
            slot[1] = slot[1] + tuple(o for o in origins if o not in slot[1])


def extract(analysis: Analysis, char_ngrams: bool = True) -> Features:
    toks = analysis.tokens
    feats: dict[str, list] = {}
    n = len(toks)
    stems = [t.stem for t in toks]

    # words, bigrams, skip pairs, negation scope
    negated = False
    for i, tok in enumerate(toks):
        if tok.breaks_before:
            negated = False
        o = (tok.origin,)
        _add(feats, "w:" + tok.stem, 1.0, o)
        if negated and tok.word not in STOPWORDS:
            _add(feats, "n:" + tok.stem, 1.0, o)
        if tok.word in NEGATORS:
            negated = True
        if i > 0 and not tok.breaks_before:
            prev = toks[i - 1]
            _add(feats, "b:" + prev.stem + "|" + tok.stem, 1.0, (prev.origin, tok.origin))
            if i > 1 and not toks[i - 1].breaks_before:
                pp = toks[i - 2]
                _add(feats, "k:" + pp.stem + "|" + tok.stem, 0.5, (pp.origin, tok.origin))
    if n:
        _add(feats, "b:^|" + toks[0].stem, 1.0, (toks[0].origin,))

    # subject -> next content word within the clause ("I totally snapped", "my mom always yelled")
    for i, tok in enumerate(toks):
        subj = None
        if tok.word in SUBJECT_WORDS and SUBJECT_WORDS[tok.word]:
            subj = SUBJECT_WORDS[tok.word]
        elif tok.word in CARER_WORDS and i > 0 and toks[i - 1].word == "my":
            subj = "CARER"
        elif (
            tok.word in PEER_WORDS
            and i > 0
            and toks[i - 1].word in {"other", "the", "all", "her", "his", "their"}
        ):
            subj = "OTHER"
        if subj is None:
            continue
        for j in range(i + 1, min(n, i + 4)):
            if toks[j].breaks_before:
                break
            if toks[j].word in FILLERS:
                continue
            _add(feats, "s:" + subj + ">" + toks[j].stem, 1.0, (tok.origin, toks[j].origin))
            break

    # who is speaking: outsiders judging now, carers speaking from the past
    for i, tok in enumerate(toks):
        if tok.word in OUTSIDERS:
            for j in range(i + 1, min(n, i + 7)):
                if toks[j].breaks_before:
                    break
                if toks[j].word in OUTSIDER_ACTS:
                    _add(feats, "L:outsider.acts", 1.0, (tok.origin, toks[j].origin))
                    break
        if tok.word in CARER_WORDS and i > 0 and toks[i - 1].word in {"my", "our"}:
            for j in range(i + 1, min(n, i + 4)):
                if toks[j].breaks_before:
                    break
                if toks[j].word in CARER_ACTS:
                    _add(
                        feats, "L:carer.acts", 1.0, (toks[i - 1].origin, tok.origin, toks[j].origin)
                    )
                    break

    # hand-written cues
    for i in range(n):
        for cue, phrase in LEXICON_INDEX.get(stems[i], ()):
            if tuple(stems[i : i + len(phrase)]) == phrase:
                _add(feats, "L:" + cue, 1.0, tuple(t.origin for t in toks[i : i + len(phrase)]))

    # "my mom ... when I was little": a carer plus a past marker in the same text
    has_carer = any(
        t.word in CARER_WORDS and i > 0 and toks[i - 1].word in {"my", "our"}
        for i, t in enumerate(toks)
    )
    if has_carer and any(s in PAST_MARKERS for s in stems):
        _add(feats, "L:beliefs.carer_past", 1.0, ())

    # a rule in the first person ("I should be able to", "I'm supposed to be the glue") is the
    # parent's own; "you should" or "mums should" is the outside picture
    for i, tok in enumerate(toks):
        if tok.word != "i":
            continue
        for j in range(i + 1, min(n, i + 4)):
            if toks[j].breaks_before:
                break
            if toks[j].word in RULE_WORDS:
                _add(feats, "L:beliefs.i_should", 1.0, (tok.origin, toks[j].origin))
                break

    # the parent's verdict on herself ("I'm so lazy", "I feel like a bad person"): an inner rule
    # speaking; "a good mom would..." is the outside picture of what parents do
    for i, tok in enumerate(toks):
        if tok.word == "i":
            for j in range(i + 1, min(n, i + 6)):
                if toks[j].breaks_before:
                    break
                if toks[j].word in SELF_VERDICTS:
                    _add(feats, "L:beliefs.verdict", 1.0, (tok.origin, toks[j].origin))
                    break
        elif tok.word in IDEAL_WORDS and i + 1 < n and toks[i + 1].word in PARENT_WORDS:
            for j in range(i + 2, min(n, i + 5)):
                if toks[j].breaks_before:
                    break
                if toks[j].word in FILLERS:
                    continue
                _add(
                    feats,
                    "s:IDEAL>" + toks[j].stem,
                    1.0,
                    (tok.origin, toks[i + 1].origin, toks[j].origin),
                )
                break

    # character n-grams of content words
    if char_ngrams:
        for tok in toks:
            if tok.word in STOPWORDS or len(tok.word) < 3 or tok.word.isdigit():
                continue
            padded = "<" + tok.word + ">"
            o = (tok.origin,)
            for size in (3, 4, 5):
                for k in range(len(padded) - size + 1):
                    _add(feats, "c:" + padded[k : k + size], 1.0, o)

    _add(feats, "BIAS", 1.0, ())
    return _scale(feats)


GROUP_WEIGHT = {"w": 1.0, "b": 0.7, "k": 0.4, "s": 0.8, "n": 0.6, "c": 0.3, "L": 0.9}


def _scale(feats: dict[str, list]) -> Features:
    """Sublinear counts, then each family is normalised to a fixed length.

    Normalising per family keeps a long entry from drowning in character
    n-grams while a one-line entry still gets a confident answer.
    """
    sq: dict[str, float] = {}
    for name, (value, _) in feats.items():
        if name == "BIAS":
            continue
        v = 1.0 + (value - 1.0) * 0.5 if value > 1 else value
        sq[name[0]] = sq.get(name[0], 0.0) + v * v
    out: Features = {}
    for name, (value, origins) in feats.items():
        if name == "BIAS":
            out[name] = (1.0, ())
            continue
        v = 1.0 + (value - 1.0) * 0.5 if value > 1 else value
        fam = name[0]
        out[name] = (GROUP_WEIGHT[fam] * v / (sq[fam] ** 0.5), origins)
    return out


def featurize(text: str, char_ngrams: bool = True) -> tuple[Analysis, Features]:
    analysis = analyse(text)
    return analysis, extract(analysis, char_ngrams=char_ngrams)
