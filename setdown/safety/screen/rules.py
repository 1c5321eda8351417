"""Hand-written rules for the safety screen.

Pure Python, deterministic, no I/O.  The rules work on *normalised* text:
lowercase, straight quotes, apostrophes removed ("don't" -> "dont"), common chat
abbreviations expanded ("kms" -> "kill myself", "w/o" -> "without").

Three steps for every sentence:

1. ``neutralize`` replaces everyday figurative speech ("this toddler is killing me",
   "dying for a coffee", "dead tired", "cut the crusts", "she hurt her knee") by a
   placeholder token so that no later pattern can fire on it.
2. ``URGENT`` and ``SUPPORT`` patterns are searched in what is left.
3. Guards: an urgent phrase that is negated right before it ("I'm not suicidal",
   "I would never hurt him") or whose subject is someone else ("my husband says he'd
   be better off dead") is lowered to ``support`` - never dropped to ``none``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

LEVELS = ("none", "support", "urgent")
RANK = {name: i for i, name in enumerate(LEVELS)}

CATEGORY_TEXT = {
    "suicide": "thoughts of suicide",
    "not_exist": "not wanting to exist",
    "method": "means or a plan to die",
    "farewell": "saying goodbye or planning",
    "self_harm": "self-harm",
    "harm_child": "fear or urge of harming a child",
    "acting_on_thought": "wanting to act on a frightening thought",
    "ppd": "signs of postnatal depression",
    "anxiety": "anxiety or panic",
    "sleep": "cannot sleep",
    "intrusive": "frightening intrusive thoughts",
    "hopeless": "hopelessness",
    "unsafe_home": "feeling unsafe at home",
    "distress": "strong distress",
    "softened": "crisis words, negated, joking or about someone else",
    "doubted": "crisis words the rest of the sentence reads as everyday, shown support to be safe",
    "concept_death": "talk of not being here, about the writer",
    "concept_burden": "feeling others would be better off without them",
    "concept_means": "means, preparations or goodbyes",
    "concept_self_harm": "self-harm",
    "concept_harm_child": "urge or plan to harm a child",
}

FIG = " figx "  # placeholder for neutralised figurative spans

# --------------------------------------------------------------------------- normalising

_WORD_MAP = {
    "wanna": "want to",
    "gonna": "going to",
    "gotta": "got to",
    "w/o": "without",
    "u": "you",
    "ur": "your",
    "abt": "about",
    "bc": "because",
    "cuz": "because",
    "coz": "because",
    "rn": "right now",
    "tn": "tonight",
    "tonite": "tonight",
    "2nite": "tonight",
    "ppl": "people",
    "kms": "kill myself",
    "kys": "kill yourself",
    "unalive": "kill",
    "unaliving": "killing",
    "ded": "dead",
    "idk": "i dont know",
    "lo": "baby",
    "dh": "husband",
    "dp": "partner",
    "ds": "son",
    "dd": "daughter",
    "bf": "boyfriend",
    "hubby": "husband",
    "mil": "mother in law",
    "hv": "health visitor",
    "pls": "please",
    "plz": "please",
    "thru": "through",
    "b4": "before",
    "dissapear": "disappear",
    "dissappear": "disappear",
    "disapear": "disappear",
    "suicidle": "suicidal",
    "sucidal": "suicidal",
    "suicidel": "suicidal",
    "suicdal": "suicidal",
    "sucide": "suicide",
    "suiside": "suicide",
    "kil": "kill",
    "myslef": "myself",
    "mysef": "myself",
    "myelf": "myself",
    "lfe": "life",
    "wnat": "want",
    "dieing": "dying",
    "od": "overdose",
    "odd": "odd",
    "oding": "overdosing",
    "alive": "alive",
    "anymore": "anymore",
    "any more": "anymore",
    "wiv": "with",
    "wif": "with",
    "cos": "because",
    "ok": "okay",
    "k": "okay",
}

_QUOTES = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "`": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
    }
)
_TOKEN_RE = re.compile(r"[a-z0-9/]+")


def normalize(text: str) -> str:
    """Lowercase, straighten quotes, drop apostrophes, keep only word tokens."""
    t = text.translate(_QUOTES).lower().replace("'", "")
    t = t.replace("self-harm", "self harm").replace("post-natal", "postnatal")
    t = t.replace("post-partum", "postpartum").replace("w/o", " without ")
    words = []
    for tok in _TOKEN_RE.findall(t):
        words.append(_WORD_MAP.get(tok, tok))
    return " ".join(words)


MIN_SENTENCE_WORDS = 4
_SPLIT_RE = re.compile(r"(?<=[.!?])[\"')\]]*\s+|\n+|(?<=[;:])\s+|\s+-\s+")


def split_sentences(text: str) -> list[str]:
    """Split raw text into sentences (keeps the raw wording for display)."""
    parts = [p.strip() for p in _SPLIT_RE.split(text.strip())]
    out: list[str] = []
    for p in parts:
        if not p:
            continue
        # A very short sentence ("I do.", "Ugh.") says little on its own and a word model
        # over-reads it: it is read together with the sentence before it.
        if out and len(_TOKEN_RE.findall(p.lower())) < MIN_SENTENCE_WORDS:
            out[-1] = out[-1] + " " + p
        elif out and len(_TOKEN_RE.findall(out[-1].lower())) < MIN_SENTENCE_WORDS:
            out[-1] = out[-1] + " " + p
        else:
            out.append(p)
    return out


# --------------------------------------------------------------------------- macros

_MACROS = {
    "<CHILDN>": r"(?:(?:the|my|our|this|that|a|his|her|their)\s+)?(?:\w+\s+)?"
    r"(?:baby|babies|newborn|son|sons|daughter|daughters|kids?|children|child|toddler|"
    r"boy|boys|girl|girls|twins?|little one|infant|eldest|youngest|little boy|little girl)",
    "<KID>": r"(?:(?:(?:the|my|our|this|that|a|his|her|their)\s+)?(?:\w+\s+)?"
    r"(?:baby|babies|newborn|son|sons|daughter|daughters|kids?|children|child|toddler|"
    r"boy|boys|girl|girls|twins?|little one|infant|eldest|youngest)|him|her|them)",
    # "ex forces" is a veteran, "stepdad life" the writer
    "<PARTNER>": r"(?:husband|partner|boyfriend|ex(?! (?:forces|army|navy|military|raf|"
    r"marines?|soldier|police|colleague|boss))|ex husband|ex partner|wife|girlfriend|"
    r"fiance|fiancee|spouse|other half|dh|hubby|bf|(?:stepdad|step dad)(?! (?:life|here)))",
    "<PILLS>": r"(?:pills?|tablets?|meds|medication|medicine|antidepressants?|sertraline|"
    r"citalopram|fluoxetine|mirtazapine|paracetamol|ibuprofen|painkillers?|sleeping pills?|"
    r"sleeping tablets?|insulin|prescription|co codamol|codeine|tramadol|diazepam|"
    r"propranolol|heart pills|lithium|quetiapine|olanzapine|amitriptyline|aspirin|"
    r"nurofen|calpol)",
    "<WANT>": r"(?:want|wanted|wanting|wants|wish|wished|wishing|hope|hoped|hoping|"
    r"would like|d like|rather|prefer|long|longing|pray|praying|prayed|need|needing)",
    "<THINK>": r"(?:think|thinking|thought|thoughts|keep thinking|imagine|imagining|"
    r"imagined|picture(?!s? (?:frames?|books?|day|perfect))|picturing|pictured|fantasi[sz]e|"
    r"fantasi[sz]ing|dream|dreaming|"
    r"considering|considered|plan|planning|planned|tempted|urge|urges|wonder|wondering)",
    "<W>": r"(?:\w+\s+)",
}


def _c(pattern: str) -> re.Pattern[str]:
    for key, val in _MACROS.items():
        pattern = pattern.replace(key, val)
    return re.compile(pattern)


# --------------------------------------------------------------------------- figurative

# Each of these spans is replaced by FIG before any urgent/support rule runs.  They are
# deliberately narrow: nothing here may swallow a real crisis phrase.
# kitchen and garden work a cut or a burn happens during ("cut myself zesting")
_CUT_TASKS = (
    r"(?:shaving|chopping|cooking|slicing|zesting|grating|carving|filleting|peeling|deboning|"
    r"prepping|pruning|whittling)"
)

_FIGURATIVE = [
    # "x is killing me", "my feet are killing me" (but not "killing myself")
    r"\b(?:is|are|was|were|its|thats|theyre|it|they|s|re|keeps|keep|been|be|slowly|"
    r"literally|absolutely|actually|honestly|really|just|the|this|these|those|\w+s|\w+ing)"
    r"\s+(?:killing|murdering|slaying|destroying)\s+(?:me|us|my \w+)\b(?!\s*self)",
    r"\bkill(?:s|ed)? me(?: every time| now| with| lol| haha)\b",
    r"\b(?:just |someone |somebody |please )?(?:kill|shoot) me now\b",
    r"\bjust shoot me\b",
    r"\b(?<!he )(?<!she )(?<!husband )(?<!partner )(?<!boyfriend )(?<!ex )"
    r"(?:will|would|is going to|going to|gonna|trying to|try to|tries to|could|might)"
    r"\s+(?:actually\s+)?(?:kill|end|finish) me(?: off)?\b(?!\s+if)",
    r"\b(?:will|would|gonna|going to|be) be the (?:death|end) of me\b",
    r"\bthe (?:death|end) of (?:me|my sanity|my patience)\b",
    r"\b(?:would|could|d|id|i)\s+(?:kill|murder|die|sell a kidney|give my right arm)\s+"
    r"for\b(?:\s+(?:a|an|some|the|one|another|eight|five|ten|\d+|just|it))?",
    r"\bkill(?:ed)? for (?:a|an|some|one|another|eight|five|ten|\d+)\b",
    r"\bcould murder (?:a|an|some)\b",
    r"\b(?:dying|dyin)\s+(?:for|to)\b",
    r"\b(?:would|could|d|id|i)\s+die for\b",
    r"\b(?<!he )(?<!he nearly )(?<!he almost )(?:nearly |almost |literally |actually )?"
    r"killed me\b",
    r"\b(?:shell|itll|thatll|theyll|youll|thisll|will|gonna|going to)\s+(?:\w+\s+)?"
    r"(?:kill|murder) me\b(?! if)",
    r"\b(?:could|couldve|could have|going to|gonna|ill|i will|im going to)\s+(?:kill|killed|"
    r"strangle|strangled|murder|murdered|throttle|throttled|kill|wring)\s+(?:him|her|them|"
    r"my husband|my partner|my wife|the dog|the cat|whoever|my mum|my sister|the hoover|"
    r"\w+)\b(?=\s+(?:for|when|if he|if she|he|she|hes|shes|they|theyre|theyve|hes|its|"
    r"because|after|every|one day|neck))",
    r"\b\w*\s*(?:brother|sister|dad|mum|uncle|aunt|cousin|friend|colleague|neighbour|"
    r"father|mother|grandad|grandma|husband|wife)s?\s+(?:\w+\s+)?(?:died|killed himself|"
    r"killed herself|took his own life|took her own life)(?: by suicide)?\b",
    r"\b(?:die|died|dying|dead)\s+(?:of|from|with)\s+(?:embarrassment|shame|boredom|laughter|"
    r"laughing|fright|cuteness|heat|hunger|thirst|the heat|cringe)\b",
    r"\b(?:nearly|almost|could have|couldve|could|i|literally|actually|basically)\s+"
    r"(?:died|die|dead)\s+(?:laughing|when|at|on the spot|inside when|a little inside|of)\b",
    r"\b(?:want to |wanted to |made me |makes me )?(?:die|died|dying) a little(?: bit)?"
    r"(?: inside| more)?\b",
    r"\b(?:crying|cried|cry) (?:with|of|from) laughter\b",
    r"\b(?:crying|cried) laughing\b",
    r"\b(?:so|too)\s+(?:tired|hungry|hot|bored|thirsty|embarrassed|sleepy)\s+(?:that\s+)?"
    r"i\s+could\s+(?:die|cry|sleep|scream)\b",
    r"\b(?:bored|scared|sick|tired|worried|frightened|terrified|petrified|loves?|loved|"
    r"love him|love her|love them|love my kids|worked|talked \w+|beat|stressed)\s+"
    r"(?:\w+\s+)?to death\b",
    r"\bdeath warmed up\b",
    r"\blook(?:s|ed)? like death\b",
    r"\bwake the dead\b",
    r"\bover my dead body\b",
    r"\bdead\s+(?:tired|beat|on (?:my|our) feet|to the world|funny|easy|cute|quiet|serious|"
    r"set|good|heavy|end|loud|proud|chuffed|lucky|boring|jealous|excited|nice|"
    r"sweet|simple|on time)\b",
    r"\bdeadlines?\b",
    r"\bdeadly serious\b",
    r"\bhalf dead\b",
    r"\bdead(?:\s+dead)+\b",
    r"\bdrop dead gorgeous\b",
    r"\b(?:phone|battery|batteries|laptop|car|tablet|ipad|wifi|plant|plants|monitor|remote|"
    r"buggy wheel|wheel|toy|kindle|tv|telly|hoover|charger|conversation|starter|sourdough|"
    r"engine|torch|lightbulb|bulb|printer|headphones)\s+(?:\w+\s+)?(?:is |was |has |had |"
    r"just |finally |)(?:dead|died|died on me)\b",
    r"\bplayed dead\b|\bplay dead\b|\bplaying dead\b",
    r"\b(?:killer|killers|painkiller|painkillers)\b(?!\s+(?:to|and))",
    r"\bkill(?:ed|ing)? it\b(?!\s+(?:all|with))",
    r"\bkill(?:ed|ing)? (?:some |the )?time\b",
    r"\bkill(?:ed|ing)? the (?:lights|mood|vibe|spider|wasp|fly|sourdough|plant|conversation|"
    r"engine|music|telly|tv)\b",
    r"\bkill (?:every|all (?:the|my)) (?:houseplant|plant)s?\b",
    r"\bkilled (?:a |the )(?:spider|wasp|fly|plant|mood|sourdough|bug|slug)\b",
    # embarrassment
    r"\b(?:floor|ground|earth)\s+(?:to\s+)?(?:\w+\s+){0,3}swallow (?:me|us)(?: up| whole)?\b",
    r"\bcrawl (?:into|under) (?:a |the )?(?:hole|rock|table)\b",
    r"\bsink(?:ing)? through the floor\b",
    r"\b(?:wanted|want|could have|couldve|wish i could)\s+(?:to\s+)?(?:disappear|vanish|"
    r"hide|die|melt|evaporate|sink)\s+(?:into the (?:sofa|floor|ground|wall)|under the table|"
    r"when|on the spot|off the face of the earth when|of (?:embarrassment|shame))\b",
    r"\b(?:go to|into|in) the (?:loo|toilet|bathroom|garden|shed|car|kitchen) for (?:\w+ ){0,2}"
    r"(?:minutes?|mins?|seconds?|an hour|hour)\b",
    r"\bfor (?:a |an |the |\w+ )?(?:few |couple of |couple |whole )?(?:minutes?|mins?|seconds?|"
    r"hours?|hour|day|weekend|afternoon|evening|morning|while|bit)(?!\s+(?:before|then|and))\b",
    # cutting / hurting that is not self-harm
    r"\bcut(?:s|ting)?\s+(?:the |his |her |their |my |your |up |off |into )*(?:\w+\s+)?"
    r"(?:crusts?|grapes?|hair|fringe|nails?|toenails?|sandwich\w*|food|toast|apples?|fruit|"
    r"cake|pizza|onions?|grass|lawn|hedge|tags?|plasters?|coupons?|paper|costs?|label|labels|"
    r"veg|vegetables|carrots?|sausages?|cheese|bread|meat|chicken|pieces|shapes|snowflakes|"
    r"cord|wrapping|tape|string|ribbon|card|cards|pictures?|bananas?|strawberr\w+|"
    r"tomatoes|knee|lip|chin|finger|thumb|hand|foot|head|forehead|eyebrow)\b",
    r"\bcut(?:ting)? (?:back|down|corners|out|ties|losses|in line|the queue|it out|it fine|"
    r"short|the call|the cord|the screen time|screen time)\b",
    r"\bcut myself (?:some|a|a bit of) (?:slack|slice|piece|break)\b",
    r"\b(?:cut|burnt|burned|burn|hurt|scratched|scalded|bruised|nicked|caught|trapped|banged|"
    r"pinched|bit|bumped)\s+(?:myself|my \w+)\s+(?:\w+\s+){0,3}?(?:" + _CUT_TASKS + r"|"
    r"by accident|accidentally|on the|on a|on his|on her|on my|with the kettle|"
    r"with the iron|with the oven|getting|making|opening|lifting|carrying|in the door|"
    r"rushing|playing|falling|tripping)\b"
    # "cut myself on the thighs" is where, not how: not an accident
    r"(?!\s+(?:thighs?|arms?|legs?|wrists?|stomach|belly|hips?|tummy|skin|ankles?)\b)",
    r"\b(?:hurt|pulled|strained|twisted|sprained|tweaked|broke|banged|bumped|stubbed|bruised)\s+"
    r"(?:a muscle in )?my\s+(?:back|knee|knees|wrist|shoulder|neck|foot|feet|ankle|hip|toe|"
    r"toes|elbow|pelvis|finger|thumb|coccyx|tailbone|ribs?)\b",
    r"\bhurt (?:his|her|their|my|your|our|the|everyones|somebodys|someones|\w+s) feelings\b",
    r"\b(?:he|she|they|son|daughter|baby|toddler|kid|kids|boy|girl|dog|cat|husband|partner|"
    r"friend|sister|brother|mum|dad|\w+s)\s+(?:\w+\s+)?(?:hurt|cut|bumped|banged|grazed|"
    r"scraped|bruised|broke|burnt|burned|bit|hit)\s+(?:his|her|their|its|him|herself|"
    r"himself|themselves)\b(?:\s+\w+)?",
    r"\b(?:my|his|her|their)\s+(?:back|feet|knees?|head|arm|arms|shoulder|shoulders|boobs|"
    r"nipples|scar|c section scar|wrist|wrists|legs?|hips?|neck|teeth|tooth|ears?|eyes|"
    r"stomach|tummy|pelvis|jaw)\s+(?:really\s+|still\s+|so\s+)?(?:hurt|hurts|ache|aches|"
    r"aching|is killing me|are killing me|went numb|is numb|are numb|is sore|are sore)\b",
    r"\bit (?:really |still )?hurt(?:s)? (?:my heart|when|to (?:hear|see|watch))\b",
    r"\bno harm done\b",
    r"\b(?:took|take|taking|had|gave (?:him|her|them))\s+(?:a|an|one|two|some|my|the|his|her)\s+"
    r"(?:\w+\s+)?(?:paracetamol|ibuprofen|painkillers?|tablets?|pills?|calpol|nurofen|"
    r"antibiotics|aspirin|antihistamines?|meds|medicine)\s+(?:for|because of|with|to help)\s+"
    r"(?:my|the|a|his|her|their|this)\s+(?:\w+\s+)?(?:headache|migraine|back|period|cold|"
    r"temperature|fever|tooth|teeth|pain|pains|cough|hayfever|allergies|throat|knee|"
    r"infection|mastitis|chest|tummy|stomach|ear|ears|cramps)\b",
    r"\bnumb (?:with|from) (?:the )?(?:cold|tiredness|sitting|kneeling)\b",
    r"\bnothing but (?:relief|pride|love|joy|happiness|gratitude|praise|good)\b",
    r"\brock bottom of (?:the|my) \w+\b",
    # ending that is not about life
    r"\bend(?:ed|ing)? (?:the|that|this|a|our|my) (?:call|meeting|day|night|playdate|"
    r"conversation|week|month|term|year|holiday|holidays|game|film|story|chat|zoom|visit|"
    r"party|season|tantrum|argument|fight|phase|relationship|friendship|subscription)\b",
    r"\bend of (?:the|my|this|a|term|year) ?(?:day|week|month|term|year|rope|tether|"
    r"patience|road|line|list|film|day|holiday|holidays)?\b",
    r"\bended up\b",
    r"\bend(?:ed|ing)? (?:it|things) with (?:my |him|her|the|a|an|that|them|\w+)\b",
    r"\bbetter off (?:with|in|going|doing|having|at|on|as|buying|getting|using|just)\b"
    r"(?! me\b)(?! a (?:different|better|new|nicer|proper|real|normal))",
    # sleep that is not about not waking
    r"\b(?:not |never |didnt |doesnt |dont |wont |wouldnt |without )?wak(?:e|ing|es|en) up\s+"
    r"(?:\w+\s+)?(?:until|till|til|before|at(?! all)|when|with|early|once|for|in the night|"
    r"in spring|on time|to|a new|refreshed)\b",
    r"\b(?:sleep|nap|lie in|lie down) for (?:a|an|\d+|a whole|the whole|ten|two|three|"
    r"hundred|a hundred|twelve|eight)\s+(?:\w+\s+)?(?:week|weeks|day|days|hours?|years|month|"
    r"months|minutes|mins|straight)\b",
    r"\bsleep when im dead\b",
    r"\b(?:the|she|he|they|baby|toddler|kids?|son|daughter)\s+(?:\w+\s+)?(?:didnt|doesnt|wont|"
    r"didn t|never|not) (?:wake|wakes|woke) (?:up)?\b",
    # jumping / dropping / throwing harmless things
    r"\bjump(?:ed|ing|s)? (?:out of my skin|for joy|on the bed|on the trampoline|in puddles|"
    r"off the (?:sofa|bed|couch|wall|chair|bunk|top bunk|step|steps|swing|slide|pier))\b",
    r"(?<!husband )(?<!partner )(?<!wife )(?<!boyfriend )(?<!girlfriend )(?<!\bex )"
    r"\b(?:threw|throw|throwing|throws)\s+(?:\w+\s+)?(?:food|ball|toys?|tantrum|party|pizza|"
    r"bottle|cup|spoon|plate|shoe|shoes|bin|sand|stones?|bread|bits|peas|sticks?|remote|"
    r"phone|blocks?|duplo|lego|monitor)\b(?!\s+at\s+(?:him|her|them|the baby|my|his|our|the "
    r"(?:kid|kids|child|toddler|boy|girl)))",
    r"\bthrew (?:himself|herself|themselves) (?:on|onto|off) the (?:floor|ground|sofa|bed)\b",
    # idioms of risk and escape: "taking my life in my hands", "faking my own death and
    # moving to Spain", "disappeared to the shed"
    r"\b(?:tak(?:e|es|ing)|took) my life in (?:my|our) (?:own )?hands\b",
    r"\bfak(?:e|ed|ing) my (?:own )?death\b",
    r"\bdisappear(?:ed|ing|s)? (?:to|into|off to|off into) the (?:shed|pub|bath|cafe|garden|loo|"
    r"toilet|car|gym|bedroom|spare room|kitchen|shops?|allotment|garage)\b",
    r"\bdropped (?:\w+\s+)?(?:the kids|them|him|her|the baby|my son|my daughter) (?:off|at)\b",
    r"\bdrop(?:ped|ping)? (?:off|my phone|the phone|the keys)\b",
    r"\bsmother(?:ed|ing|s)? (?:\w+\s+)?(?:in|with) (?:kisses|cuddles|butter|love|ketchup|"
    r"sauce|cream|suncream|attention)\b",
    r"\bshook (?:the|his|her|a|my) (?:bottle|rattle|milk|formula|snow globe|tambourine|"
    r"maracas|box|jar|head|hand|hands)\b",
    r"\bshake (?:the|his|her|a|my) (?:bottle|rattle|milk|formula)\b",
    r"\b(?:drowning|drowned|drowns|swimming) in (?:laundry|washing|toys|crumbs|paperwork|"
    r"emails|work|nappies|plastic|vinegar|ketchup|sauce|spit up|\w+ and)\b",
    r"\b(?:hang|hung|hanging) (?:the|out|up|in there|pictures|washing|around|out with)\b",
    r"\b(?:rope swing|skipping rope|jump rope|ropes course)\b",
    r"\b(?:suicide|suicidal) (?:prevention|awareness|mission|missions|squad|run|tendencies)\b",
    r"\bdeath wish\b",
    r"\b(?:died|death|dying) by suicide\b(?=.*\b(?:friend|brother|sister|dad|mum|uncle|"
    r"aunt|cousin|colleague|neighbour|his|her|their)\b)",
    r"\b(?:no hope|hopeless) (?:of|at|with)\b",
    r"\bhopelessly (?:devoted|in love|lost in)\b",
    r"\boverdose of (?:sugar|chocolate|sweets|cake|screen time|peppa|tv)\b",
    r"\boverdid it\b",
    r"\b(?:i|we|ill|im|\w+) (?:lose|lost|losing) (?:my|our) (?:mind|minds|marbles|temper|"
    r"rag|cool|patience) (?:a little|with|over|about|looking|when|at|trying|\w+ing)\b",
    r"\b(?:cant|cannot|can not) (?:go on|do this|take (?:it|this|any more|anymore)|cope)\s+"
    r"(?:anymore\s+|any more\s+)?(?:like this\s+)?(?:with|over) (?:the|this|these|that|"
    r"those|all the|her|his|their|my)\s+(?!life\b|thoughts\b|feelings\b|pain\b)\w+",
    r"\b(?:driving|drives|drove|drive) (?:me|us) (?:crazy|mad|up the wall|round the bend|"
    r"nuts|bananas|insane)\b",
    r"\bbe the end of me\b",
]
_FIGURATIVE += [
    # "social suicide", "a 6am flight is holiday suicide": a noun, not an act
    r"\b(?:social|career|holiday|fashion|political|financial|professional|parenting|nap|"
    r"sleep|schedule|diet|bedtime|commercial|style|friendship|christmas|weekend|travel|"
    r"flight|party|birthday|shopping|budget|school run|playdate|pr|reputational) suicide\b",
    # "killing myself with work / trying to keep up": effort, not an act
    r"\bkilling myself (?:with (?:work|overtime|shifts|extra shifts|stress|worry|the \w+|"
    r"this \w+|all (?:the|this|these) \w+)|over (?:a|the|this|these|their|his|her|some)|"
    r"trying|working|doing|running|juggling|to (?:get|keep|make|finish|be|please|pay))\b",
    # "overdosing on caffeine / peppa pig": anything but a medicine
    r"\boverdos\w* on (?!(?:my |her |his |the |some |a |those |these |all )?(?:pills?|"
    r"tablets?|meds|medications?|medicines?|paracetamol|painkillers|insulin|"
    r"antidepressants|sleeping|calpol|ibuprofen|heroin|drugs|them|it|sertraline|"
    r"citalopram|codeine|opioids?)\b)[a-z]+\b",
    # "the boys will be fine without me this weekend": a time-boxed absence
    r"\b(?:be |are |is |were |manage |cope |survive |get on )?(?:fine|ok|okay|alright|"
    r"better off) without me (?:for (?:a|the|an|one|two|three|a few|\w+ (?:hours?|days?|"
    r"nights?|weeks?))|this (?:weekend|week|evening|afternoon|morning)|tonight|today|"
    r"tomorrow|at (?:the|soft|swimming|football|nursery|school)|while i|on (?:monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday|the))\b",
    # "I've decided it's a problem for future me"
    r"\b(?:ive decided |decided )?(?:its |thats )?(?:a |the )?(?:problem|job|issue) for (?:future|"
    r"tomorrow|morning) me\b|\bfuture mes (?:problem|job)\b",
    # accidents and idioms: "nearly killed myself on a duplo brick", "you'll catch your death"
    r"\b(?:nearly|almost)\s+killed myself\s+(?:on|tripping|falling|with|over|carrying|getting)\b",
    r"\bcatch (?:my|your|their|his|her|our) death\b",
    # "a poo so big I want to die": embarrassment, not a wish
    r"\bso (?:\w+ ){0,2}(?:big|bad|loud|embarrassing|awkward|cringe|long|boring|funny|gross)\b"
    r"(?:\s+\w+){0,2}\s+i (?:want|wanted) to die\b",
    # jumping off things for fun: "coasteering", "the trampoline trick", "if all my friends did"
    r"\bjump(?:ing|ed)? off (?:a |the )?(?:cliff|cliffs|rocks|pier|harbour wall|diving board|"
    r"shed roof|shed|garage roof|wall|bunk bed)\b(?=.*\b(?:coasteering|trampoline|diving|swim|"
    r"swimming|lake|cannonball|trick|bounce|holiday|friends did|for fun|into the (?:sea|water|"
    r"pool|lake)))",
    r"\bjump off a (?:cliff|bridge) if (?:all )?(?:my|your|his|her|their) friends\b",
    # "ready to end it and ring a proper tiler": ending a job
    r"\bend it and (?:ring|call|get|buy|order|start|hire|book|pay|sell|bin|just)\b",
    # "I wanted to die laughing"
    r"\b(?:die|died|dying)\s+(?:laughing|of laughter)\b",
    # a cut with a reason that is not self-injury: "cut myself shaving", "on the tin"
    r"\bcut myself (?:" + _CUT_TASKS + r"|demonstrating|opening|gardening|"
    r"on (?:a|the|some|broken|her|his|my|their|an)|with the (?:bread|kitchen|veg|"
    r"vegetable|new|sharp) knife|by accident|accidentally)\b"
    r"(?!\s+(?:thighs?|arms?|legs?|wrists?|stomach|belly|hips?|tummy|skin|ankles?)\b)",
    # the pet's or the vitamins' pills: "the dogs worming pills are hidden in cheese"
    r"\b(?:the |her |his |their |our )?(?:dogs?|cats?|pets?|puppys?|kittens?|worming|worm|"
    r"flea|vitamin|vitamins)\s+(?:\w+\s+)?(?:pills?|tablets?|meds|medicine)\b",
    # "end it, end it now, I whispered at Peppa Pig": said to a thing, not about a life
    r"\b(?:end it(?: now| all| already)?\s+)*end it(?: now| all| already)?(?: please)?\s+"
    r"(?:(?:i|she|he|we) (?:said|say|whispered|muttered|told|yelled|begged|shouted|announced)"
    r"(?! to (?:my ?self|myself))|please universe|universe)\b",
    # "disappear into this box set until 2am"
    r"\bdisappear(?:ing)? into (?:this |that |the |a |my |our )?(?:box set|book|bath|bed|duvet|"
    r"shower|garden|shed|netflix|series|show|film|phone|kitchen|sofa|crowd|background|work|"
    r"wine|nap|hobby|toilet|loo|bathroom)\b",
    # devotion, not a plan: "I'd jump off a bridge for these kids"
    r"\b(?:jump off a bridge|throw myself (?:in front of|under) a (?:bus|train|car)|take a "
    r"bullet|walk through fire|lay down my life)\s+for\s+(?:these|my|them|him|her|you|those|"
    r"that|this|the|our)\b",
    # round 10: a work team "better off without me"; other people saying "kill me" in a chat
    r"\b(?:team|office|department|colleagues|boss|band|club|committee|pta|class|project|"
    r"rota|department)\s+(?:is|are|will be|would be|seems?|looks?)\s+(?:\w+\s+)?better off "
    r"without me\b",
    r"\b(?:people|everyone|everybody|they|all|half of them)\s+(?:saying|say|says|said|posting|"
    r"typing|writing)\s+(?:\w+\s+)?kill me\b",
    # "nearly killed myself laughing"
    r"\b(?:killed|kill|killing) myself laughing\b",
    # medicine hidden in food for a child or a pet: "pills hidden in cheese"
    r"\b(?:pills?|tablets?|medicine|meds) hidden in (?:a |the |some |her |his )?(?:cheese|"
    r"yoghurt|yogurt|food|jam|honey|treats?|ham|peanut butter|banana|puree|apple sauce|"
    r"applesauce|chocolate|milk)\b",
    # worry about giving a child the wrong dose: "paranoid about overdosing a liquid"
    r"\b(?:paranoid|worried|scared|terrified|anxious|nervous|careful)\s+(?:about|of)\s+"
    r"(?:accidentally )?(?:overdosing|giving too much|double dosing)\b(?! myself)(?:\s+(?:a|the|"
    r"her|him|them|my (?!self)|our|his)\s+\w+)?",
    # "I'd cut off my own arm for eight hours' sleep"
    r"\b(?:cut|chop|saw|gnaw|chew)(?:ped)? off (?:my|both my) (?:own )?(?:right |left )?(?:arms?|"
    r"legs?|hands?|foot|feet)\b(?=\s+(?:for|to get|to have|if|figx)\b)",
    # the idiom: "throw the baby out with the bathwater"
    r"\bthrow(?:ing|n)? (?:the|this|that) baby out with the bath ?water\b",
    # play: "an urge to jump in muddy puddles", "jumping on the trampoline"
    r"\b(?:urge to |want to |wanted to )?jump(?:ing|ed)? (?:in|into|on|onto) (?:the |muddy |some "
    r"|every |all the |a )?(?:muddy )?(?:puddles?|trampoline|pool|paddling pool|bed|sofa|ball "
    r"pit|leaves|bouncy castle|leaf pile)\b",
    # "attempted a craft / the school run / to bake": an attempt at a task
    r"\battempted (?:a|an|the|some|our|his|her|their|this|that|these|those|homemade|"
    r"\w+ing\b|to (?!(?:kill|end|die|take|hurt|harm|overdose|hang|jump|drown|cut|do it)\b))"
    r"(?:\s+\w+)?",
    # session 9: family logistics and squabbles, a diary's holiday sign-off: "planning how to
    # get both kids to swimming", "who gets the last biscuit", "last entry before the holiday"
    r"\bplan(?:ning|ned)? how to get (?:\w+ ){0,3}?(?:to|there|home|out|ready|in)\b",
    r"\bwho (?:gets|has|had|got) the last (?:\w+ )?(?:biscuit|slice|crisp|sweet|chocolate|"
    r"cookie|yoghurt|yogurt|bit|piece|one|go|turn|word|seat)s?\b",
    r"\b(?:last|final) (?:entry|post|note|page) (?:before|until|till|for) (?:the |our |my )?"
    r"(?:holiday|hols|vacation|trip|break|weekend|christmas|summer|half term|camping|honeymoon|"
    r"week|fortnight)\b",
    r"\bsee you in (?:a|two|three|\d+) (?:days?|weeks?|fortnight)\b(?: (?:diary|journal))?",
    # round 11: an hour in the shed, "and nobody can stop me": a treat defended, not a plan
    # (the treat was neutralised above, so it reads "figx ... and nobody can stop me")
    r"\bfigx\s+(?:\w+\s+){0,6}?and\s+(?:nobody|no one|nothing) (?:can|will|is going to|could) "
    r"stop me\b",
]
_FIG_RES = [re.compile(p) for p in _FIGURATIVE]


def neutralize(norm: str) -> tuple[str, list[str]]:
    """Replace figurative spans with FIG; return (new text, list of replaced phrases)."""
    found: list[str] = []
    out = norm
    for rx in _FIG_RES:

        def _sub(m: re.Match[str]) -> str:
            found.append(m.group(0).strip())
            return FIG

        out = rx.sub(_sub, out)
    out = re.sub(r"\s+", " ", out).strip()
    return out, found


# --------------------------------------------------------------------------- rules


@dataclass(frozen=True)
class Rule:
    level: str
    category: str
    rx: re.Pattern[str]
    guard: bool = True  # apply negation / third-person guard


def _r(level: str, category: str, pattern: str, guard: bool = True) -> Rule:
    return Rule(level, category, _c(pattern), guard)


_DECIDED = r"(?:my mind is made up|made my mind up|ive decided|i have decided)"

URGENT_RULES: list[Rule] = [
    # --- suicide words
    _r("urgent", "suicide", r"\bsui?c[iy]d(?:e|al|ally|ality)?\b"),
    _r("urgent", "suicide", r"\bkill(?:ing|ed)? my ?self\b"),
    _r(
        "urgent",
        "suicide",
        r"\b(?:want|wish|wishing|please|someone|somebody|hope|hoping|pray|"
        r"praying|would|could)\b(?:\s+\w+){0,3}\s+kill me\b",
    ),
    _r(
        "urgent",
        "suicide",
        r"\b(?:take|taking|took|end|ending|ended) (?:my|my own) "
        r"(?:own )?life\b",
    ),
    _r(
        "urgent",
        "suicide",
        r"\bend(?:ing)? (?:it all|everything|my suffering|my pain|"
        r"myself)\b",
    ),
    _r(
        "urgent",
        "suicide",
        r"\bend(?:ing|ed)? (?:it|things)\b(?! (?:with|early|there|here|at|"
        r"on|off|by|before|after|for (?:a|the|now|today|tonight)|between|up))",
    ),
    _r(
        "urgent",
        "farewell",
        r"\b(?:how|where|when|whether|so|way)\s+(?:i|id|ill|im|to|i can|"
        r"i could|i would)\s+(?:\w+\s+)?(?:do it|go through with it)\b|\bgo through with it\b|"
        r"\bdo it (?:to myself)\b|\b(?:going|planning|plan|ready) to do it(?: tonight| soon| "
        r"this weekend| tomorrow)?(?=\s*(?:$|figx|i |im |and i|but i|its))",
    ),
    _r(
        "urgent",
        "farewell",
        r"\b(?:nothing|no one|nobody|only thing)\s+(?:\w+\s+){0,3}"
        r"(?:stop|stopping) me\b",
    ),
    _r(
        "urgent",
        "not_exist",
        r"\b(?:not|no longer|never|stop) (?:be|being) (?:here|around|"
        r"alive)\b(?! (?:when|for (?:the|a)|at|on|to (?:see|pick)))",
    ),
    _r(
        "urgent",
        "not_exist",
        r"\b(?:rather|prefer to|want to|wish i could|just) not "
        r"(?:exist|live|be alive|be here|be around|be anything|be me|be at all)\b(?! for)|"
        r"\bnot (?:exist|existing|to exist)\b(?! on)",
    ),
    _r(
        "urgent",
        "not_exist",
        r"\b(?:me being alive|staying alive|by being alive|being alive "
        r"is|(?:see|imagine) myself (?:being alive|alive|living|being here|here|still here)|"
        r"living past|(?:alive|here) (?:at|by|for) (?:christmas|next|her|his|the end)|still "
        r"(?:here|alive) (?:and|but) (?:i )?(?:dont|didnt) want)\b",
    ),
    _r(
        "urgent",
        "not_exist",
        r"\b(?<!\bare )(?<!\bis )(?<!\bwere )(?<!\bwas )(?<!\btheyre )(?<!\bhes )(?<!\bshes )"
        r"(?<!\bits )"
        r"\b(?:finally|forever|for good|permanently) (?:be )?gone\b|"
        r"\bgo to sleep and (?:just )?not be here\b",
    ),
    _r(
        "urgent",
        "suicide",
        r"\b(?:want|wanted|going|plan|planning|ready|decided|thinking|"
        r"thought|think|tempted|close|about|urge|how) (?:<W>{0,2})?(?:to |of |about )?"
        r"end(?:ing)? (?:it|things|this)\b(?! (?:with|for|early|now and|at))",
    ),
    _r("urgent", "suicide", r"\b(?:finish|finishing) the job\b"),
    _r("urgent", "suicide", r"\b(?:the )?easy way out\b"),
    _r("urgent", "suicide", r"\bkill(?:ing)? (?:myself|me) and\b"),
    # --- wanting to die / not exist
    _r(
        "urgent",
        "not_exist",
        r"\b(?:i|id|im|just|really|honestly|still|and|sometimes|so|"
        r"<WANT>)\s+(?:<W>{0,2})?(?:want|wanted|wanting|wish|wishing|long|would like|ready|"
        r"deserve|trying|hope|hoping|pray|praying|need)\s+to\s+(?:just\s+)?"
        r"(?:die|be dead|stop living|not be alive|not exist|not be here|stop existing|"
        r"cease to exist|disappear forever|go to sleep forever|sleep forever|be gone)\b",
    ),
    _r(
        "urgent",
        "not_exist",
        r"\b(?:want|wanna|wanted|wish|wishing|wished|hope|hoping|pray|"
        r"praying|prayed)\s+(?:\w+\s+)?(?:to die|i (?:was|were|could be|would be|was) dead|"
        r"i (?:would|could|will|might) die|i die|i was never born|i had never been born|"
        r"id never been born|i wasnt alive|i wasnt born|i didnt exist|i could (?:just )?die)\b",
    ),
    _r(
        "urgent",
        "not_exist",
        r"\bwish(?:ed)? i (?:was|were|had)? ?(?:dead|gone|never born|"
        r"never been born|not alive|not here)\b",
    ),
    _r(
        "urgent",
        "not_exist",
        r"\b(?:dont|do not|didnt|no longer|not|never) (?:really )?"
        r"(?:want|wanna|wish|care|feel like|like)\s+(?:<W>{0,1})?(?:to )?(?:be alive|live|"
        r"living|exist|existing|be here|be around|wake up|go on living|be on this earth|"
        r"keep living|carry on living)\b(?! (?:at|for|with|in|on|till|until) (?!all)\w+)",
    ),
    _r(
        "urgent",
        "not_exist",
        r"\b(?:stop|quit|cease|not) (?:existing|to exist|being alive|"
        r"breathing)\b",
    ),
    _r("urgent", "not_exist", r"\b(?:switch|turn) myself off\b"),
    _r(
        "urgent",
        "not_exist",
        r"\b(?:sleep|asleep|bed) (?:and|&) (?:just )?(?:never|not|dont|"
        r"not ever|never ever) (?:ever )?(?:wake|waking|come back)\b",
    ),
    _r(
        "urgent",
        "not_exist",
        r"\b(?:not|never|dont|didnt|wont|wouldnt) (?:to )?wake up "
        r"(?:again|tomorrow|in the morning|ever)\b",
    ),
    _r(
        "urgent",
        "not_exist",
        r"\b(?:hope|hoping|pray|praying|prayed|wish|wishing)\s+"
        r"(?:that\s+)?(?:i\s+)?(?:dont|do not|wont|will not|wouldnt|never|not to|didnt|not)\s+"
        r"(?:ever )?wake\b",
    ),
    _r(
        "urgent",
        "not_exist",
        r"\b(?<!could )(?<!i could )(?:sleep|fall asleep|go to sleep) "
        r"(?:forever|and never|"
        r"for ever|and not come back|permanently)\b",
    ),
    _r(
        "urgent",
        "not_exist",
        r"\b(?:angry|annoyed|upset|disappointed|sad) (?:that )?i "
        r"(?:woke up|am still alive|still exist|am alive)\b",
    ),
    _r("urgent", "not_exist", r"\b(?:rather|better off|better|easier|happier) (?:be )?dead\b"),
    _r(
        "urgent",
        "not_exist",
        r"\b(?:would|will|d|theyd|hed|shed|everyone|everybody|they|"
        r"kids|family|children|world|all|husband|wife|partner|be|been|are|is|were)\s+"
        r"(?:<W>{0,2})?(?:better|happier|safer|fine|okay|ok|easier|better of)\s+"
        r"(?:off\s+)?(?:without me|with me gone|with me dead|with me out of|"
        r"if i (?:was|were|wasnt|werent|weren t|died|disappeared|stopped|left for good|"
        r"was never|had never|didnt exist|killed|ended)\w*)\b"
        r"(?! (?:for (?:a|the|one|\w+ (?:days|hours|nights|weeks))|while|at (?:the|work)|"
        r"on (?:a|the)|there|to (?:work|the)))",
    ),
    _r("urgent", "not_exist", r"\bbetter off without me\b(?! for)"),
    _r(
        "urgent",
        "not_exist",
        r"\b(?:world|earth|house|family|everyone|everybody|life|"
        r"lives|things)\s+(?:\w+\s+){0,3}(?:better|easier|happier) (?:off )?(?:without me|"
        r"with(?:out)? me (?:gone|in it|dead|around))\b(?! \w+ing)",
    ),
    _r(
        "urgent",
        "not_exist",
        r"\b(?:one less|one fewer) (?:useless |useless |bad |\w+ )?"
        r"(?:mum|mom|mother|dad|father|parent|person|burden|mouth)\b",
    ),
    _r(
        "urgent",
        "not_exist",
        r"\b(?:nobody|no one|noone|no body|anyone|none of them)\s+"
        r"(?:would|will|wouldnt|even)\s+(?:even\s+|really\s+)?(?:notice|care|miss me|mind)\b"
        r"(?:\s+\w+)?\s+if i (?:was|were|wasnt|died|disappeared|stopped|vanished|ended|"
        r"killed|went|was gone|never came back|didnt come back)\b",
    ),
    _r(
        "urgent",
        "not_exist",
        r"\b(?:would|will|d|nobody|no one|noone|anyone) "
        r"(?:even )?(?:miss|notice|care)\s+(?:me\s+)?if i (?:died|was dead|were dead|"
        r"stopped existing|was gone forever|disappeared forever|killed myself)\b",
    ),
    _r(
        "urgent",
        "not_exist",
        r"\bif i (?:died|was dead|were dead|was gone|were gone|"
        r"disappeared|wasnt here|wasnt around|wasnt alive|didnt exist|stopped existing|killed "
        r"myself)\b(?:\s+\w+){0,8}\s+(?:better|happier|fine|relief|best|easier|forget|move on|"
        r"notice|care|miss)\b",
    ),
    _r(
        "urgent",
        "not_exist",
        r"\b(?:no|any|zero) (?:point|reason|purpose) (?:in |to |for )?"
        r"(?:me\b|living|being alive|being here|going on|carrying on|staying alive|live|"
        r"keep living|keep going|existing|my life)\b",
    ),
    _r(
        "urgent",
        "not_exist",
        r"\b(?:whats|what is|wheres) the point (?:of|in) (?:me|living|"
        r"being alive|going on|life|my life|staying alive|carrying on)\b(?! (?:even|asking|"
        r"trying|bothering|doing|making|buying))",
    ),
    _r(
        "urgent",
        "not_exist",
        r"\b(?:tired|sick|done|finished) (?:of|with) (?:living|life|"
        r"being alive|existing|this life|being here)\b",
    ),
    _r("urgent", "not_exist", r"\b(?:had|have) enough of (?:life|living|being alive|it all)\b"),
    _r("urgent", "not_exist", r"\blife (?:isnt|is not|aint|no longer|not) worth (?:living|it)\b"),
    _r(
        "urgent",
        "not_exist",
        r"\b(?:check out of|leave|leaving|out of|exit) (?:this )?"
        r"(?:life|this world|the world)\b",
    ),
    _r(
        "urgent",
        "not_exist",
        r"\b(?:disappear|vanish|go away|leave|fade away|be gone)\s+"
        r"(?:\w+\s+)?(?:forever|for good|for ever|permanently|and never come back|"
        r"and not come back|until theres nothing)\b",
    ),
    _r("urgent", "not_exist", r"\bfade away\b"),
    _r(
        "urgent",
        "not_exist",
        r"\b(?:death|dying|being dead|my own death|not being here|"
        r"not existing|the end) (?:\w+\s+){0,3}(?:the only|only way|only escape|only option|"
        r"only answer|a relief|such a relief|easier|peaceful|restful|comforting|appealing|"
        r"sounds good|sounds nice|would be nice|is the answer|solve)\b",
    ),
    _r(
        "urgent",
        "not_exist",
        r"\bonly (?:way|escape|option|answer|solution) (?:out |left )?"
        r"(?:is |would be |)(?:\w+\s+){0,2}(?:die|dying|death|dead|to go|not be here|"
        r"ending it|if i stop|not being here|me gone|suicide)\b",
    ),
    _r(
        "urgent",
        "not_exist",
        r"\bno way out (?:\w+\s+){0,3}(?:except|but|other than|apart "
        r"from|besides) (?:\w+\s+){0,2}(?:die|dying|death|dead|ending|end|kill|suicide)\b",
    ),
    _r(
        "urgent",
        "not_exist",
        r"\b(?:i|im|ill)\s+(?:\w+\s+){0,2}(?:not be|wont be|not going "
        r"to be|wont|not)\s+(?:here|around|alive)\s+(?:much longer|for long|for much longer|"
        r"at christmas|next (?:week|year|month)|to see|by|when|tomorrow|in the morning)\b",
    ),
    _r("urgent", "not_exist", r"\b(?:a |no )?future (?:with me in it|without me)\b"),
    _r(
        "urgent",
        "not_exist",
        r"\b(?:jealous|envious) of (?:people who|the) (?:have )?"
        r"(?:died|dead)\b",
    ),
    _r(
        "urgent",
        "not_exist",
        r"\b(?:let me die|take me in my sleep|"
        r"god take me|want out of life)\b",
    ),
    _r(
        "urgent",
        "not_exist",
        r"\b(?:hope|hoping|wish|wishing|pray|praying)\s+(?:that\s+)?"
        r"(?:a |the )?(?:car|bus|lorry|truck|train|plane|something|someone|cancer|illness)\s+"
        r"(?:\w+\s+){0,3}(?:hits?|kills?|takes|goes down|crash|me)\b",
    ),
    _r("urgent", "not_exist", r"\b(?:fatal|deadly) (?:accident|illness|crash)\b"),
    _r(
        "urgent",
        "not_exist",
        r"\bi (?:really )?(?:dont|do not) want to (?:be|live) "
        r"(?:anymore|any longer)\b",
    ),
    _r(
        "urgent",
        "not_exist",
        r"\b(?:kindest|best|only) thing (?:i could do|to do|i can do) "
        r"(?:\w+\s+){0,4}(?:disappear|go|leave|die|not be here|end|be gone)\b",
    ),
    _r(
        "urgent",
        "not_exist",
        r"\bim (?:already )?dead (?:inside )?(?:and|so) (?:i )?(?:might|"
        r"may) as well\b",
    ),
    _r(
        "urgent",
        "not_exist",
        r"\b(?:the )?life insurance\b(?:\s+\w+){0,8}\s+(?:worth more|"
        r"better off|pay off|payout|if i)\b",
    ),
    # --- method / plan
    _r(
        "urgent",
        "method",
        r"\bhow (?:many|much)\s+(?:\w+\s+){0,4}(?:it would take|would it "
        r"take|it takes|does it take|to die|would kill|to kill|to overdose|is lethal|is fatal|"
        r"would be enough|is enough|would be lethal|to do it)\b",
    ),
    _r(
        "urgent",
        "method",
        r"\bhow (?:many|much) (?:of )?(?:my |the )?<PILLS>\b"
        r"(?:\s+\w+){0,4}\s+(?:take|enough|lethal|die|kill)\b",
    ),
    _r("urgent", "method", r"\b(?:lethal|fatal|deadly|overdose) (?:dose|amount|quantity)\b"),
    _r(
        "urgent",
        "method",
        r"\b(?:i|im|ive|id|me|to|of|about|thinking|thought|planning|going)"
        r"\s+(?:\w+\s+){0,2}overdos(?:e|ed|ing)\b(?! of (?:sugar|chocolate))"
        r"(?! (?:in|for|symptoms in) (?:kids|children|toddlers|babies|a child|my son|my daughter))",
    ),
    _r(
        "urgent",
        "method",
        r"\b(?:stockpil\w+|hoard\w*|sav(?:e|ed|ing) up|saving|stash\w*|"
        r"collect\w*|count(?:ed|ing)?|lined up|lining up|line up|hid|hidden|hiding)\s+"
        r"(?:\w+\s+){0,3}<PILLS>\b(?! (?:doses on|chart))",
    ),
    _r(
        "urgent",
        "method",
        r"\b<PILLS>\s+(?:\w+\s+){0,2}(?:lined up|saved up|stockpiled|"
        r"counted|hidden|to do it|enough to)\b",
    ),
    _r(
        "urgent",
        "method",
        r"\b(?:take|taking|took|swallow|swallowing|swallowed|down|neck)\s+"
        r"(?:(?:all|the whole|a whole|every|all of|the rest of|a load|loads|a handful|"
        r"the entire|all the|more)\s+(?:of\s+)?(?:my\s+|the\s+|them\b)?(?:\w+\s+){0,2}"
        r"(?:<PILLS>|bottle|packet|packets|box|lot|cabinet|cupboard|them|of them)"
        r"(?!\s+of\s+(?!(?:my\s+|the\s+|those\s+)?<PILLS>))|the lot|"
        r"everything (?:in|from) (?:the|my) (?:cupboard|cabinet|drawer|bathroom|house))\b"
        r"(?!\s+(?:to the|for the|out|off|home|upstairs|back))",
    ),
    _r(
        "urgent",
        "method",
        r"\b(?:enough|more than enough) (?:<PILLS>|of them|to do it|"
        r"to (?:die|kill|end))\b",
    ),
    _r(
        "urgent",
        "method",
        r"\btook (?:more|too many|extra|a lot|loads|a load) (?:of )?"
        r"(?:my |the )?(?:<PILLS>|tablets|them)\b(?:\s+\w+){0,4}\s*(?:on purpose|than|"
        r"deliberately|to)?",
    ),
    _r(
        "urgent",
        "method",
        r"\b(?:painless|easiest|quickest|quietest|best|surest|easy|quick)"
        r"\s+(?:way|ways|method|methods)\s+(?:to\s+)?(?:die|go|do it|kill|end|out)\b",
    ),
    _r(
        "urgent",
        "method",
        r"\b(?:ways|how) to (?:die|kill myself|end it|end my life|"
        r"overdose|bleed out|hang)\b",
    ),
    _r("urgent", "method", r"\b(?:hang|hanging|hanged) (?:my ?self)\b"),
    # a rope kept somewhere ready: "the rope's in the garage", "bought a rope"
    _r(
        "urgent",
        "method",
        r"(?:\b(?:the ropes|the rope is|the rope|a rope|rope is|ropes) (?:in|up in|ready in|still "
        r"in|under|hidden in|behind) (?:the|my) (?:garage|loft|shed|car|boot|attic|wardrobe|"
        r"cupboard|bag|van|barn)\b|\bbought (?:a|some|the) (?:rope|length of rope)\b"
        r"(?! (?:swing|for|to tie|ladder)))(?!.*\b(?:camping|tent|boat|climbing|swing|washing "
        r"line|tow|towing|horse|hay|lasso|skipping|tug of war|trailer)\b)",
    ),
    # the night chosen: "it's the right night", "that's it. tonight."
    _r(
        "urgent",
        "farewell",
        r"\b(?:its|it is|tonights|tonight is) the (?:right|perfect|best) (?:night|day|time)\b"
        r"(?! (?:for|to) (?:a |the |an |our |my )?(?:\w+ )?(?:bath|film|movie|takeaway|curry|"
        r"date|party|walk|swim|bbq|barbecue|fireworks|stars|chat|talk|nap|pizza|early night|"
        r"bed|sleepover|sleep))|\bnot doing another day of (?:this|it)\b",
    ),
    # children too young to remember a parent who goes: "too little to remember me if i go now"
    _r(
        "urgent",
        "not_exist",
        r"\btoo (?:little|young|small) to (?:remember|miss) me (?:if|when|once|after) i (?:go|went|"
        r"leave|left|die|died|disappear|wasnt|was gone|am gone|m gone)\b",
    ),
    # a train picked out: "the 5.40 express doesn't stop at our station ... that's the one"
    _r(
        "urgent",
        "method",
        r"\b(?:express|fast train|freight train|non ?stop)\b(?:\s+\w+){0,4}\s+(?:doesnt|does not|"
        r"wont|never) stop\b(?=.*\b(?:thats the one|thats when|thats the train|i know which)\b)",
    ),
    # a world without the writer: "a room with no me in it"
    _r(
        "urgent",
        "not_exist",
        r"\b(?:with no me in it|without me in it|no me in it)\b",
    ),
    _r(
        "urgent",
        "method",
        r"\b(?:rope|noose|belt|scarf|cord|ligature)\b(?:\s+\w+){0,6}\s+"
        r"(?:neck|beam|banister|loft|hook|think|thinking|thought|myself|do it|tied)\b",
    ),
    _r(
        "urgent",
        "method",
        r"\b(?:looking at|looked at|staring at|stared at|eyeing|thinking "
        r"about|think about|thought about)\s+(?:the |a |my )?(?:rope|noose|beam|knife|knives|"
        r"bread knife|blade|razor|pills|tablets|bridge|train tracks?|railway|gun|shotgun|"
        r"medicine cabinet)\b",
    ),
    _r(
        "urgent",
        "method",
        r"\b(?:slit|slitting|slash|slashing|cut|cutting|open|opening)\s+"
        r"(?:my|both|open my)\s+(?:own\s+)?(?:wrists?|throat|veins?)\b",
    ),
    _r(
        "urgent",
        "method",
        r"\b(?:my|her|his|own) (?:wrists?|neck|throat)\b(?:\s+\w+){0,4}"
        r"\s*(?:knife|knives|razor|blade|cut|slit)\b|\b(?:knife|knives|razor|blade)\b"
        r"(?:\s+\w+){0,6}\s+(?:my|own) (?:wrists?|neck|throat)\b",
    ),
    _r(
        "urgent",
        "method",
        r"\bbleed(?:ing)? out\b|\buntil (?:i|it) (?:stop|stops) "
        r"(?:breathing|bleeding)\b",
    ),
    _r(
        "urgent",
        "method",
        r"\b(?:drive|drove|driving|driven|crash|crashing|crashed|swerve|"
        r"swerving|swerved|steer|steering|steered|veer|veering|turn|turning|aim|aiming|let)\s+"
        r"(?:\w+\s+){0,3}(?:into|off|towards|at|in front of|"
        r"over(?! (?:a |the |that )?(?:\w+ )?bridge\b"
        r"(?! (?:barrier|railing|railings|edge|side|wall))))"
        r"\s+(?:a |the |an |that |"
        r"some |oncoming )?(?:\w+\s+)?(?:river|sea|lake|wall|tree|bridge|cliff|cliffs|"
        r"traffic|oncoming|lorry|truck|bus|canal|quarry|reservoir|barrier|ditch|edge|"
        r"water|pillar|motorway|lane|pylon)\b(?! (?:for a|to (?:play|feed|see)|walk|picnic))",
    ),
    _r(
        "urgent",
        "method",
        r"\b(?:let go of|letting go of|turn|turning|jerk|yank) the "
        r"(?:steering )?wheel\b",
    ),
    _r(
        "urgent",
        "method",
        r"\b(?:one little|one small|a little|a quick) (?:turn|swerve|"
        r"step|push)\b",
    ),
    _r(
        "urgent",
        "method",
        r"\b(?:step|stepping|stepped|walk|walking|walked|throw|throwing|"
        r"threw|jump|jumping|jumped|lie|lying|lay|fall|falling|run|running|ran|go|going)\s+"
        r"(?:out\s+)?(?:myself\s+)?(?:in front of|under|onto|on to)\s+(?:a |the |an |that )?"
        r"(?:\w+\s+)?(?:train|trains|bus|lorry|truck|car|cars|traffic|tracks|railway|"
        r"line|tube)\b",
    ),
    _r(
        "urgent",
        "method",
        r"\b(?:jump|jumping|jumped|throw myself|throwing myself|threw "
        r"myself|let myself fall|step|stepping|stepped|leap|leaping)\s+"
        r"(?:off|from|out of|over|down|in)\s+(?:a |the |our |my |that |this |an )?"
        r"(?:\w+\s+)?(?:bridge|roof|building|balcony|cliff|cliffs|car park|multi storey|"
        r"window|tower|ledge|edge|viaduct|footbridge|ferry|platform|stairs|river|flyover|multistorey|"
        r"overpass|block|quarry|rooftop|top floor|motorway bridge)\b",
    ),
    # the intent said plainly where one could fall: "stood on the bridge properly meaning to
    # jump", "at the edge of the platform, ready to step off"
    _r(
        "urgent",
        "method",
        r"\b(?:<HIGH>\b(?:\s+\S+){0,15}?\s+<MEANT>|<MEANT>(?=.*\b<HIGH>\b))".replace(
            "<MEANT>",
            r"(?:meaning|meant|means|intending|intended|ready|planning|planned|decided|about)\s+"
            r"to (?:jump|step off|let go|let myself fall|climb over)\b(?! (?:in|into|on|onto)\b)",
        ).replace(
            "<HIGH>",
            r"(?:(?:foot)?bridge|roof|balcony|cliff|edge|ledge|platform|car park|multi storey|"
            r"railings?|parapet|viaduct|flyover|tracks|rooftop|top floor)",
        ),
    ),
    _r(
        "urgent",
        "method",
        r"\b(?:walk|walking|walked|wade|wading|walk in|walking in)\s+"
        r"(?!turned |got |went )(?:\w+\s+)?(?:into|out into|out to) (?:the |a )?(?:sea|river|"
        r"lake|waves|water|canal|loch|reservoir|ocean|tide)\b(?:\s+\w+){0,4}\s*(?:and|until|never|not|tonight|"
        r"think|keep|stopping|forever|when)?",
    ),
    _r(
        "urgent",
        "method",
        r"\b(?:engine running|exhaust pipe|hosepipe in the car|"
        r"car in the garage)\b",
    ),
    _r(
        "urgent",
        "method",
        r"\b(?:gun|shotgun|rifle|gun safe|gun cabinet|shotgun cabinet|"
        r"firearm|pistol)\b(?=.*\b(?:think|thinking|thought|keep|key|loaded|use it|looking|"
        r"wondering|myself|me|in the car)\b)(?!.*\blocked away\b)",
    ),
    _r("urgent", "method", r"\b(?:drown|drowning|drowned) (?:my ?self)\b"),
    _r("urgent", "method", r"\b(?:stopped|stop|not) taking (?:my )?insulin\b"),
    _r(
        "urgent",
        "method",
        r"\b(?:height|how high|how tall) (?:of )?(?:the |a )?(?:bridge|"
        r"building|car park|cliff|viaduct|balcony)\b",
    ),
    _r(
        "urgent",
        "method",
        r"\b(?:googled|googling|searched|searching|looked up|looking up|"
        r"researched|researching|asked google|read up on)\s+(?:\w+\s+){0,3}(?:painless|"
        r"lethal|overdose|how to die|ways to die|kill yourself|if you can die|suicide|"
        r"bleed out|how long it takes to die|hang)\b",
    ),
    _r(
        "urgent",
        "method",
        r"\b(?:<THINK>|what if i|what if id|i could)\s+(?:just\s+)?"
        r"(?:\w+\s+){0,3}(?:jump|jumped|jumping|drove|drive|driving|swerve|swerved|stepped|"
        r"step|walked into|walk into|swallowed|swallow|crash|crashed)\b"
        r"(?! (?:on|in) the (?:trampoline|bed|puddles|sofa))",
    ),
    _r(
        "urgent",
        "method",
        r"\bwhat if i (?:just\s+)?(?:didnt come (?:back|home)|kept "
        r"(?:driving|walking|going)|let go|let myself|never came back|disappeared|ended|stopped)"
        r"\b",
    ),
    _r(
        "urgent",
        "method",
        r"\b(?:medicine cabinet|medicine cupboard|meds cupboard)\b"
        r"(?:\s+\w+){0,8}\s*(?:deciding|think|thinking|take|taking|all|everything|lot)\b",
    ),
    _r(
        "urgent",
        "not_exist",
        r"\b(?:remove|removing|removed|erase|erasing|delete|deleting|"
        r"take|taking|get|getting) myself (?:out of (?:the way|the picture|their lives|"
        r"everyones lives|the equation)|from (?:the picture|their lives|the world|the "
        r"equation))\b|\b(?:removing|remove|erasing|erase) myself\b",
    ),
    _r(
        "urgent",
        "not_exist",
        r"\b(?:hope|hoping|wish|wishing|pray|praying|prayed)\s+"
        r"(?:that\s+)?(?:i|id)\s+(?:\w+\s+)?(?:get|got|getting|have|had|catch|develop|am|was)"
        r"\s+(?:\w+\s+)?(?:sick|ill|cancer|hit|run over|in an accident|an accident|a tumour|"
        r"something terminal|terminal)\b",
    ),
    _r(
        "urgent",
        "not_exist",
        r"\b(?:so|and|then|at least) (?:it|everything|this)(?:d| would| "
        r"will|ll)? (?:all )?be over\b|\bit would all be over\b",
    ),
    _r(
        "urgent",
        "not_exist",
        r"\bwant(?:ed|ing)? out\b(?! (?:of (?!life|this life|this "
        r"world|it all)|the door|for|to|and about))",
    ),
    _r(
        "urgent",
        "not_exist",
        r"\b(?:disappointed|gutted|sad|upset)\s+(?:\w+\s+){0,4}"
        r"(?:nothing|clear|benign|fine|negative|all clear)\b(?=.*\b(?:lump|scan|test|"
        r"results?|biopsy|doctor|mammogram)\b)",
    ),
    _r(
        "urgent",
        "not_exist",
        r"\bin case (?:im|i am|i was|i dont|i do not) (?:not )?"
        r"(?:here|around|gone|dead|make it|come back|alive)\b",
    ),
    _r(
        "urgent",
        "suicide",
        r"\b(?:attempted|tried to (?:kill myself|end (?:it|my life)|die|"
        r"take my (?:own )?life)|my (?:last |previous |first )?(?:attempt|overdose)|an attempt|"
        r"survived an attempt)\b",
    ),
    _r(
        "urgent",
        "suicide",
        r"\b(?:understand|get|see) why (?:people|mums|moms|mothers|someone|"
        r"anyone) (?:kill themselves|end it|take their (?:own )?lives?|do it)\b|\btook their "
        r"own lives\b",
    ),
    _r(
        "urgent",
        "not_exist",
        r"\b(?:better off|happier|better|at peace)\s+(?:in the ground|"
        r"six feet under|in a box|in heaven|in the grave)\b|\bworth more dead\b|\b(?:dead|"
        r"being dead|gone) (?:would be|is|sounds) (?:better|easier|kinder|peaceful)\b|"
        r"\bno (?:use|good) to (?:them|anyone) alive\b|\ba dead (?:mum|mom|mother|dad|father|"
        r"parent)\b",
    ),
    _r(
        "urgent",
        "not_exist",
        r"\b(?:starve|starving|waste|wasting|fade|fading) (?:myself )?"
        r"(?:away|to death)\b|\bstopped (?:eating|taking (?:my )?\w+) on purpose\b|"
        r"\b(?:skipping|skip|not taking|stopped taking) my (?:\w+ )?(?:meds|medication|tablets|"
        r"pills|insulin)\b(?:\s+\w+){0,4}\s*(?:on purpose|hoping|so that|deliberately)",
    ),
    _r(
        "urgent",
        "method",
        r"\b(?:lie|lying|lay) (?:down )?(?:on|in) (?:the )?(?:tracks|railway|"
        r"railway line|road|motorway|line)\b|\b(?:folded|wrapped) (?:round|around) (?:a|the) "
        r"tree\b|\bcharcoal\b(?:\s+\w+){0,4}\s*(?:know why|car|garage|tent)|\brunning the "
        r"car in the garage\b",
    ),
    _r(
        "urgent",
        "not_exist",
        r"\b(?:going to|ill|i will|i might|will) be gone (?:before|by|soon|"
        r"tonight|tomorrow|for good)\b(?!\s+(?:\d|\w+am\b|\w+pm\b|lunch|then|the time))|"
        r"\bwelcome (?:a|the|any) (?:\w+ )?(?:terminal|fatal|cancer|"
        r"diagnosis|accident)\b|\b(?:good for|worth)\b(?:\s+\w+){0,4}\s+(?:life )?insurance\b",
    ),
    _r(
        "urgent",
        "method",
        r"\b(?:emptied|popped|pressed|pushed|tipped)\s+(?:out\s+)?(?:all\s+)?"
        r"(?:the\s+|my\s+)?(?:blister packs?|tablets|pills|packets?|strips?)\b|\bblister packs?\b"
        r"(?=.*\b(?:all|cup|hand|counted|lined)\b)",
    ),
    _r(
        "urgent",
        "harm_child",
        r"\bheld (?:him|her|them|the baby|my \w+) (?:under|down in) "
        r"(?:the )?(?:water|bath)\b|\bi\s+(?:\w+\s+){0,2}(?:pushed|tipped|dropped|flung|hurled|"
        r"yanked|dragged)\s+<CHILDN>\b(?:\s+\w+){0,6}\s*(?:hard|on purpose|in anger|angrily|"
        r"felt nothing|deliberately|wanted to)\b",
    ),
    # --- farewell / plan
    # looking up what happens to the children after the writer's death, the writer named as
    # "the mum": "googling what happens to the kids' custody if the mum dies"
    _r(
        "urgent",
        "farewell",
        r"\b(?:googl\w*|search\w*|looked up|look up|looking up|read up|reading up|"
        r"research\w*)\b(?:\s+\S+){0,10}?\s+(?:if|when|after) (?:i|the|their|a) "
        r"(?:(?:mum|mom|mother|dad|father|parent) )?(?:die|dies|died|am gone|is gone|passes|"
        r"passed away)\b",
    ),
    _r(
        "urgent",
        "farewell",
        r"\b(?:this is|its) my goodbye\b|\bsaying goodbye (?:in|through|"
        r"with) (?:this|my) (?:journal|diary|entry|letter|note)\b",
    ),
    _r(
        "urgent",
        "farewell",
        r"\b(?:tying|tie|tied) up (?:\w+ )?loose ends\b|\b(?:sorted|"
        r"sorting|put) (?:\w+\s+){0,3}(?:so|in case)\s+(?:\w+\s+){0,3}(?:after im gone|"
        r"afterwards|after|when im not)\b(?!\s+\w)|\beasy for them (?:after|afterwards|when)\b",
    ),
    _r(
        "urgent",
        "farewell",
        r"\b(?:sorry|apologies) to (?:whoever|anyone who|the person who) "
        r"(?:finds|reads|sees)\b|\b(?:whoever|anyone who|if anyone) (?:finds|reads) this\b|"
        r"\bthis is goodbye\b|\btell (?:my|the) (?:children|kids|babies|baby|son|daughter|"
        r"husband|wife|family) (?:i loved|i love|im sorry|that i)\b",
    ),
    _r(
        "urgent",
        "farewell",
        r"\blast (?:memory|memories|hug|goodbye|photo of me|day together|"
        r"christmas together)\b|\bremember me by\b|\b(?:good|nice|happy) (?:last )?"
        r"memor(?:y|ies) (?:for them|of me)\b|\bfor the "
        r"(?:very )?last time\b(?=.*\b(?:them|kids|hug|hugged|kissed|goodbye|see|held)\b)",
    ),
    _r(
        "urgent",
        "method",
        r"\b(?:top|edge|top floor|roof) of (?:the |a |our )?(?:\w+\s+)?"
        r"(?:car park|stairwell|stairs|building|bridge|cliff|cliffs|multi storey|tower|block|"
        r"flats|quarry|viaduct|ledge)\b(?=.*\b(?:thinking|thought|think|how high|how far|"
        r"long time|ages|looking down|look down|standing|stood|sat|jump|fall|drop|night|2am|"
        r"3am|alone)\b)|\bhow (?:high|far down|long the drop)\b(?:\s+\w+){0,3}\s*"
        r"(?:it is|it was|up|down|the drop|to the ground|to the bottom)\b",
    ),
    _r(
        "urgent",
        "farewell",
        r"\b(?:goodbye|good bye|suicide|farewell)\s+(?:letters?|notes?|"
        r"messages?|videos?)\b",
    ),
    _r(
        "urgent",
        "farewell",
        r"\b(?:said|saying|say) my goodbyes?\b|\b(?:said|saying|say) "
        r"goodbye (?:to \w+ (?:\w+ )?)?(?:like|as if|for the last|in my head|properly|quietly|in "
        r"little)\b",
    ),
    _r(
        "urgent",
        "farewell",
        r"\b(?:when|after|once|before|for when|for after)\s+im\s+"
        r"(?:gone|dead|not here|not around)\b(?! (?:on|to|for|at|away|out|with|in the))",
    ),
    _r("urgent", "farewell", r"\bbefore i go\b(?!\s+\w)"),
    _r(
        "urgent",
        "farewell",
        r"\b(?:my|this is my|this will be my) (?:last|final) "
        r"(?:entry|message|post|note|words)\b|\bmy last (?:night|day) (?:alive|on earth|here)\b",
    ),
    _r(
        "urgent",
        "farewell",
        r"\b(?:giving|gave|give) (?:away )?(?:my|all my) "
        r"(?:things|stuff|belongings)\b(?:\s+away)?",
    ),
    _r("urgent", "farewell", r"\b(?:planning|planned|plan) (?:my|my own) funeral\b"),
    _r(
        "urgent",
        "farewell",
        r"\b(?:i have|ive got|i made|ive made|i had|i got) a plan\b"
        r"(?!\s+(?:for|with|to (?:get|go|see|sort|do the|tackle)|b\b))",
    ),
    _r(
        "urgent",
        "farewell",
        r"\b(?:know|worked out|decided|picked|chosen|planned)\s+"
        r"(?:exactly\s+)?(?:how|when|where)\s+(?:i\s+)?(?:would|will|id|ill|to)\s+do it\b",
    ),
    _r("urgent", "farewell", r"\bive (?:picked|chosen) the (?:place|day|date|time|spot)\b"),
    _r(
        "urgent",
        "farewell",
        r"\b" + _DECIDED + r"\b"
        r"(?:\s+\w+){0,6}?\s*(?:only way|do it|end it|end things|end this|its time|not to wake|"
        r"to go(?! (?:to|back|out|for|and|shopping|home|with|on|up|in))|tonight)\b|"
        # alone, as the whole sentence ("I've decided."), not a verdict on wine at the halfway
        # point ("wine is allowed at the halfway point, I've decided")
        r"^(?:(?:ok|okay|so|and|well|yes|right|i think|now)\s+)*" + _DECIDED + r"\s*$",
    ),
    _r(
        "urgent",
        "farewell",
        r"\b(?:going to|gonna|will) do it tonight\b(?=\s*(?:$|figx|when|"
        r"after (?:they|the kids|everyone)|once|while))",
    ),
    _r(
        "urgent",
        "farewell",
        r"\b(?:im sorry|sorry) (?:for what im about to do|for what i "
        r"(?:have|am going) to do)\b|\bsorry to my (?:kids|children|family)\b(?:\s+\w+){0,4}"
        r"\s*(?:in case|goodbye|gone|for leaving|for everything)",
    ),
    _r("urgent", "farewell", r"\bdo something stupid\b"),
    _r(
        "urgent",
        "farewell",
        r"\b(?:not|dont) (?:feel )?safe (?:with|from|around) "
        r"(?:myself|me)\b",
    ),
    _r(
        "urgent",
        "farewell",
        r"\b(?:scared|afraid|frightened|terrified) (?:of )?(?:what i "
        r"(?:will|might|ll|could) do to myself|of myself)\b",
    ),
    _r("urgent", "farewell", r"\b(?:dont|do not|cant|cannot) trust myself\b"),
    _r("urgent", "farewell", r"\bcant promise (?:ill|i will|to) (?:be|stay) safe\b"),
    _r(
        "urgent",
        "farewell",
        r"\b(?:already )?(?:taken|took|swallowed) (?:some|a load|loads|"
        r"a lot|a bunch|a handful|lots|most|half)\b(?:\s+\w+){0,4}\s*(?:<PILLS>|of them|"
        r"tablets|ago)",
    ),
    # --- self-harm
    _r("urgent", "self_harm", r"\bself ?harm\w*\b"),
    _r(
        "urgent",
        "self_harm",
        r"\b(?:cut|cutting|cuts|burn|burning|burned|burnt|hurt|hurting|"
        r"harm|harming|harmed|hit|hitting|punch|punching|punched|scratch|scratching|scratched|"
        r"bite|biting|bit|bruise|bruising|stab|stabbing|slap|slapping|slapped|mutilate|"
        r"mutilating|injure|injuring)\s+(?:my ?self|my (?:arms?|wrists?|thighs?|legs?|skin|"
        r"stomach|body|face|head)(?! on))\b",
    ),
    _r(
        "urgent",
        "self_harm",
        r"\b(?:started|start|been|keep|kept|went back to|back to|"
        r"stop|stopped|urge to|urges to|relapsed|relapse|again)\s+(?:\w+\s+)?cutting\b|"
        r"\bcutting again\b|\bcut (?:deeper|again)\b",
    ),
    _r(
        "urgent",
        "self_harm",
        r"\brelapsed\b|\bthe cutting\b|\b(?:cutting|burning|"
        r"scratching) (?:is|has) (?:back|started again|come back)\b|\burges? to (?:cut|burn|"
        r"hurt myself)\b",
    ),
    _r(
        "urgent",
        "self_harm",
        r"\b(?:razor|razors|blade|blades)\b(?:\s+\w+){0,4}\s+"
        r"(?:skin|arm|arms|wrist|wrists|thigh|thighs|leg|legs|myself|makeup bag|hid|hidden)\b|"
        r"\b(?:hid|hidden|hide|hiding|bought|keep)\s+(?:\w+\s+)?(?:razor|razors|blade|blades)\b",
    ),
    _r(
        "urgent",
        "self_harm",
        r"\b(?:until|till|til) (?:it|they|i|my \w+) (?:bleeds?|bled|"
        r"bleeding|bruise|bruises|bruised|burns)\b",
    ),
    _r(
        "urgent",
        "self_harm",
        r"\b(?:deserve|deserves) to (?:be hurt|hurt|suffer|be punished|"
        r"die|bleed|be gone)\b",
    ),
    _r(
        "urgent",
        "self_harm",
        r"\b(?:hurt|hurting|harm) myself on purpose\b|\bon purpose\b"
        r"(?:\s+\w+){0,3}\s+(?:myself|hurt|cut|burn)\b",
    ),
    # --- harming a child
    _r(
        "urgent",
        "harm_child",
        r"\b(?:want|wanted|wanting|urge|urges|tempted|about|"
        r"ready|scared|afraid|terrified|worried|frightened|fear|feel like|felt like|close|"
        r"might|think i could|think i might|think i will|i could|i will|im going to|"
        r"i am going to|i would)\s+"
        r"(?:<W>{0,3})?(?:(?:to|that i|i|id|ill|im going to)\s+(?:<W>{0,2})?)?"
        r"(?:hurt|harm|kill|smother|suffocate|strangle|drown|shake|hit|throw|stab|choke|"
        r"poison|squeeze|batter|beat|slap|kick|punch|snap and hurt|snap and)\s+<KID>\b"
        r"(?! (?:feelings|by accident|accidentally|when i|if i (?:drop|trip)|monitors?|wipes|"
        r"bottles?|bath|seat|car seat|clothes|gate|food|toys?|books?|group|sling|carrier|"
        r"stuff|things|out of (?:the|my) (?:room|bed|house|head)|for|chubby|cheeks|"
        r"so tight when|tight when|to bits|in a hug|and kiss))",
    ),
    _r(
        "urgent",
        "harm_child",
        r"\b(?:i|id|ive|and)\s+(?:\w+\s+){0,2}(?:shook|shaken|shake|"
        r"shaking|smothered|suffocated|strangled|choked|smother|suffocate|strangle)\s+<KID>\b",
    ),
    _r(
        "urgent",
        "harm_child",
        r"\bi\s+(?:\w+\s+){0,2}(?:slapped|hit|kicked|pinched|punched|"
        r"squeezed|threw|thrown|shoved|beat|bit|hurt)\s+<CHILDN>\b"
        r"(?! (?:in the|by accident|accidentally|with the))(?:\s+\w+){0,6}\s*(?:hard|on "
        r"purpose|across|couldnt stop|wanted|again|marks|bruise|screamed|too hard|worse)",
    ),
    _r("urgent", "harm_child", r"\b(?:do|did|done) (?:something|things) to (?:the baby|<KID>)\b"),
    _r(
        "urgent",
        "harm_child",
        r"\b(?:what|how) (?:i would|i will|i might|i could|ill|id|"
        r"i may|im going to|i could end up) (?:\w+\s+)?do to <KID>\b",
    ),
    _r(
        "urgent",
        "harm_child",
        r"\bdont know what (?:ill|i will|i might|id) do (?:to )?"
        r"<KID>\b",
    ),
    _r(
        "urgent",
        "harm_child",
        r"\btake (?:the kids|the baby|them|her|him|my \w+|the children)"
        r" with me\b",
    ),
    _r(
        "urgent",
        "harm_child",
        r"\b(?:kill|killing|hurt|hurting) (?:my kids|the kids|the baby|"
        r"my baby|my children|them|him|her) (?:and|then) (?:then )?myself\b",
    ),
    _r(
        "urgent",
        "harm_child",
        r"\b(?:voice|voices|something|god)\s+(?:\w+\s+){0,2}(?:telling|"
        r"tells|told|wants|want)\s+me\s+(?:to|the baby|that)\b",
    ),
    _r(
        "urgent",
        "harm_child",
        r"\b(?:baby|he|she) (?:is|has been) (?:evil|swapped|possessed|"
        r"replaced|not mine)\b|\bget rid of (?:it|the baby|him|her)\b|\bsacrifice\b",
    ),
    _r(
        "urgent",
        "harm_child",
        r"\b(?:cant|cannot|shouldnt) be trusted (?:with|around)\b"
        r"(?=\s+(?:<KID>|myself|knives|the knives|sharp)|\s*$)|"
        r"\bdont trust myself (?:with|around)\b",
    ),
    _r(
        "urgent",
        "harm_child",
        r"\b(?:hand|hands|pillow|blanket)\s+(?:over|on)\s+(?:his|her|"
        r"their|the babys) (?:face|mouth|nose)\b|\bcover(?:ed|ing)? (?:his|her|their) "
        r"(?:face|mouth)\b",
    ),
    _r(
        "urgent",
        "harm_child",
        r"\b(?:put|putting|puts) something in (?:his|her|their|the) "
        r"(?:bottle|milk|food|drink)\b",
    ),
    _r(
        "urgent",
        "harm_child",
        r"\b(?:leave|left|leaving) (?:her|him|the baby|them) in the "
        r"car and (?:just )?walk\b",
    ),
    _r(
        "urgent",
        "harm_child",
        r"\b(?:kids?|children|baby|son|daughter|they) (?:would be|"
        r"are|d be|will be) (?:safer|better) (?:if i was dead|without a mother|without me "
        r"alive)\b",
    ),
    _r(
        "urgent",
        "not_exist",
        r"\b(?:all i (?:can |could )?think (?:about|of) is|(?:cant|cannot) stop thinking about|"
        r"i keep thinking about|i think about|i daydream about|i fantasi[sz]e about|i dream about)"
        r"\s+(?:\w+\s+)?(?:dying|being dead|my death|my own death|not waking up|not being alive|"
        r"not existing|ending it|death)\b(?!\s+(?:in a|from|of|and leaving|before|if|when))",
    ),
    # time limits and the last preparations (round 3's misses, added after it was scored)
    _r(
        "urgent",
        "farewell",
        r"\bby then\b(?:\s+\w+){0,3}\s+(?:ill|i will|im going to|i am going to) "
        r"(?:stop pretending and )?(?:go|leave|be gone|end it|stop)\b"
        r"(?! (?:to|out|back|home|for|and|on|in|with|shopping))",
        guard=False,  # "if nothing feels different by then": the "nothing" is the condition
    ),
    _r(
        "urgent",
        "not_exist",
        r"\b(?:stay|stick around|hang on|be here|keep going)\s+(?:until|till|til)\s+"
        r"(?:he|she|they|the kids?|my \w+|the baby)\s+(?:is|are|was|were|turns?|gets?)\s+"
        r"(?:grown|older|18|eighteen|old enough|settled|through school|at school)\b",
    ),
    _r(
        "urgent",
        "farewell",
        r"\bjust need the house (?:to be )?empty\s*$",
    ),
    _r(
        "urgent",
        "method",
        r"\bbridge\b(?:\s+\w+){0,10}\s+(?:found|noticed|spotted|checked|worked out)\s+"
        r"(?:\w+\s+){0,4}(?:no railings?|no fence|no barrier|where theres no|"
        r"gap in the (?:railings?|fence))\b",
    ),
    _r(
        "urgent",
        "not_exist",
        r"\b(?:tyres caught|it was nothing|all clear|nothing serious|benign|they missed|it missed|"
        r"we didnt crash|didnt crash)\b(?:\s+\w+){0,4}\s+(?:i was|i felt|felt) (?:disappointed|"
        r"gutted|sad|let down)\b",
    ),
    _r(
        "urgent",
        "farewell",
        r"\b(?:planning|planned|worked out|working out|figured out|figuring out) how\s*(?:$|figx|"
        r"i would|id|to do it|thats|its)",
    ),
    _r(
        "urgent",
        "method",
        r"\b(?:beam|beams|rafter|rafters|banister|bannister|loft hatch|hook)\b(?:\s+\w+){0,10}\s+"
        r"(?:for the wrong reasons?|strong enough|hold my weight|hold me)\b",
    ),
    _r(
        "urgent",
        "method",
        r"\b<PILLS>\b(?:\s+\w+){0,6}\s+(?:how long the liver|liver failure|lethal dose|"
        r"fatal dose|how many (?:it )?would (?:it )?take)\b",
    ),
    _r(
        "urgent",
        "harm_child",
        r"\b(?:grabbed|held|squeezed|pinned|had|grab|hold|squeeze)\s+(?:my|our|the|his|her)\s+"
        r"(?:\w+\s+){0,3}(?:year old|yr old|yo|month old|baby|son|daughter|toddler|kid|child|"
        r"boy|girl|stepson|stepdaughter|twins?)\s+(?:by|round|around) the (?:throat|neck)\b",
    ),
    # round 9: a countdown to someone coming home, then "done"; calm at having a date
    _r(
        "urgent",
        "farewell",
        r"\b(?:till|until|til)\b(?:\s+\w+){0,8}?\s+(?:back|home|grown|older|settled|sorted|18|"
        r"eighteen|at school)\b(?:\s+\w+){0,8}?\s+then (?:im|i am|ill be|i will be) (?:done|gone|"
        r"out of here)\s*$|\bhaving a (?:date|day)\b(?:\s+\w+){0,3}\s+(?:makes|made) me (?:feel )?"
        r"(?:calm|calmer|better|lighter|relieved|at peace)\b",
    ),
    # quiet urgent lines the model missed out of fold: not steering on the ice, the relief of a
    # chosen date, knowing where someone else keeps a gun
    _r(
        "urgent",
        "not_exist",
        r"\bi (?:wouldnt|would not|wont|will not|didnt) (?:steer|brake|swerve|try to stop|"
        r"grab the wheel)\b(?=\s*(?:$|figx|and\b|just\b|at all|honestly|i think|i dont think|"
        r"probably|if\b))",
    ),
    _r(
        "urgent",
        "farewell",
        r"\b(?:feels?|felt|it feels) (?:better|calmer|lighter|easier|good|right) (?:having|"
        r"now i have|now ive got|knowing) (?:a|the) (?:date|day)\b(?! (?:for|to|with|night|out|"
        r"off|booked))",
    ),
    _r(
        "urgent",
        "method",
        r"\b(?:gun|guns|rifle|shotgun|firearm)\b(?:\s+\w+){0,12}\s+i know where\b|"
        r"\bi know where (?:\w+\s+){0,3}keeps? (?:his|hers|theirs|the) (?:gun|guns|rifle|shotgun)"
        r"\b",
    ),
    # round 8: a plan kept somewhere in the house; the last photo one expects to be in
    _r(
        "urgent",
        "farewell",
        r"(?:\bplan\b(?! for)(?:\s+\w+){0,3}|\bso (?:have|do) i\b|"
        r"\b(?:i have|ive got|i got|ive) one too\b|\bmines\b)\s+(?:and )?(?:its|it is|its all) "
        r"(?:in|up in|out in|hidden in|under) "
        r"the (?:garage|loft|shed|attic|car|boot|cupboard|drawer|bathroom cabinet)\b",
    ),
    _r(
        "urgent",
        "farewell",
        r"\bthe last (?:\w+\s+){0,2}(?:photo|photos|picture|pictures|birthday|christmas|"
        r"holiday|one) (?:ill|i will|im going to|i am going to) (?:be in|be at|be here for|see)\b"
        r"(?! (?:in my|before|as a|without|with (?:a|the)|for a while))",
    ),
    # who gets what "if I die", listed: a will made in a hurry
    _r(
        "urgent",
        "farewell",
        r"\bwho (?:should |would |will |is to |gets? to )?(?:get|gets|have|has|take|takes) what\b"
        r"(?:\s+\w+){0,3}?\s+(?:if|when|after) (?:i die|im gone|im dead|i go|i am gone)\b",
    ),
    # round 10: wishing an illness or accident would take them, not waking "at all", the
    # note and the timing rehearsed, a cover story for a means, envy of people who died
    _r(
        "urgent",
        "not_exist",
        r"\bif (?:it|this|that|something|the \w+) (?:just |would just |would |could )?"
        r"(?:took|take) me(?: away)?\s*$|"
        r"\b(?:pray|praying|prayed|hope|hoping|wish|wishing) for (?:a heart attack|a stroke|"
        r"an aneurysm|a crash|an accident|cancer|a bus|a lorry)\b|"
        r"\bjust (?:not|never) (?:to )?wake up(?: at all| again)?\s*$|"
        r"\bbetter off (?:not having me|never having (?:had )?me|if (?:she|he|they) never had me"
        r"|with no me)\b",
    ),
    _r(
        "urgent",
        "farewell",
        r"\bthe note\b(?:\s+\w+){0,3}\s+the (?:timing|date|day|time)\b|"
        r"\b(?:rope|pills|tablets|hose|hosepipe|tape|cord|cable)\b(?:\s+\w+){0,8}\s+"
        r"told (?:myself|him|her|them|everyone|the \w+) "
        r"(?:it was|its|it is|they were|theyre) for\b|"
        r"\b(?:cord|rope|belt|cable|flex|scarf)\b(?:\s+\w+){0,8}\s+(?:keep |kept )?"
        r"measur\w* (?:it|them) in my head\b",
    ),
    _r(
        "urgent",
        "not_exist",
        r"\b(?:people|someone|somebody|they) (?:dying|die|died|who (?:die|died)|killed)\b"
        r"(?:\s+\w+){0,6}\s+i (?:feel|felt|get|am|m) (?:jealous|envious)\b|"
        r"\bi (?:feel|felt|get|am) (?:jealous|envious) of "
        r"(?:the )?(?:people|everyone|anyone|someone) who "
        r"(?:die|dies|died|get killed|dont wake up)\b",
    ),
    _r(
        "urgent",
        "not_exist",
        r"\bthought about (?:just )?not (?:turning|steering|braking|taking) the (?:wheel|bend|"
        r"corner)\b",
    ),
    _r(
        "urgent",
        "harm_child",
        r"\bfantasi[sz]\w* about (?:leaving|hurting|drowning|smothering|dropping|shaking|"
        r"locking) (?:him|her|them|the baby|my (?:son|daughter|baby|boy|girl))\b"
        r"(?:\s+\w+){0,4}\s+(?:in the car|in the bath|down the stairs|on a hot day|in the heat)|"
        r"\b(?:picture|image|thought|thoughts) of (?:\w+\s+){0,6}(?:him|her|them|the baby)\b"
        r"(?:\s+\w+){0,10}\s+(?:doesnt|didnt|does not|did not|no longer) (?:make|makes|made) "
        r"me (?:feel )?(?:sick|scared|horrified|frightened)\b",
    ),
    # round 11: hoping an illness "finishes me off", glad had a test come back bad; a goodbye
    # message timed for "the day I'm going"; a will or letters dated for a day, "that's the day"
    _r(
        "urgent",
        "not_exist",
        r"\b(?:hope|hoping|hoped|wish|wishing|pray|praying|secretly want\w*)\b"
        r"(?!(?:\s+\w+){0,6}?\s+(?:doesnt|dont|wont|didnt|not|never)\b)(?:\s+\w+){0,6}?\s+"
        r"(?:gets? worse and )?(?:finish(?:es)? me off|finally (?:takes|gets) me)\b|"
        r"\bif (?:the |my )?(?:biopsy|scan|results?|tests?|bloods|mammogram|smear|lump|mole)\b"
        r"(?:\s+\w+){0,6}?\s+(?:bad|cancer|positive|malignant|serious|terminal)\b(?:\s+\w+){0,3}?"
        r"\s+(?:id|i would|i wouldve|i would have|i might) (?:have )?(?:been |be )?"
        r"(?:glad|relieved|pleased|happy|grateful)\b",
    ),
    _r(
        "urgent",
        "farewell",
        r"\bgoodbye (?:emails?|messages?|texts?|letters?|notes?|videos?)\b(?:\s+\w+){0,10}?\s+"
        r"(?:the day|when|once) (?:im|i am|i will be|ill be) (?:going|gone)\b"
        r"(?!\s+(?:to|back|on|in|into|out|away|home|for|with|abroad|off)\b)|"
        r"\b(?:my will|a will|letters?|notes?)\b(?:\s+\w+){0,12}?\s+dated\b(?:\s+\w+){0,6}?"
        r"\s+(?:and )?(?:thats|that is|its|it is) the (?:day|date)\b",
    ),
]

SUPPORT_RULES: list[Rule] = [
    # --- postnatal depression signs
    _r(
        "support",
        "ppd",
        r"\b(?:post ?natal|post ?partum|perinatal|antenatal|paternal|"
        r"maternal) (?:depression|anxiety|psychosis|ocd|rage|mood)\b|\b(?:ppd|pnd|ppa|ppocd|"
        r"epds|pmad)\b",
    ),
    _r(
        "support",
        "ppd",
        r"\b(?:im|i am|am i|be|been|feel|feeling|felt|think im|maybe im)\s+"
        r"(?:\w+\s+)?depressed\b|\bdepression\b",
    ),
    _r(
        "support",
        "ppd",
        r"\bbaby blues\b(?:\s+\w+){0,4}\s*(?:never|still|months|weeks|"
        r"not|isnt|wont)",
    ),
    _r(
        "support",
        "ppd",
        r"\b(?:crying|cry|cried|tears|sobbing|sob|sobbed|weeping|in tears|"
        r"burst into tears|breaking down|break down|broke down)\s+(?:\w+\s+){0,4}"
        r"(?:every (?:single )?(?:day|night|morning|evening)|all the time|constantly|"
        r"non ?stop|for (?:weeks|days|months|\w+ weeks|a month|ages)|daily|nightly|each "
        r"(?:day|night)|since (?:she|he|they|the baby|the birth|the twins)|for no reason|"
        r"over nothing|over everything|most days|most nights|every time|weeks now)\b",
    ),
    _r(
        "support",
        "ppd",
        r"\b(?:cant|cannot|can not|couldnt) stop (?:crying|sobbing|shaking|"
        r"the tears)\b|\bthe tears dont stop\b",
    ),
    _r(
        "support",
        "ppd",
        r"\b(?:i|im|ive)\s+(?:\w+\s+){0,2}(?:feel|felt|feeling)\s+"
        r"(?:absolutely\s+|completely\s+|totally\s+|so\s+|just\s+)?(?:nothing|no love|no "
        r"bond|no connection|numb|empty|hollow|detached|disconnected|dead inside|flat|"
        r"nothing at all|like a robot|like a shell|like a stranger|like a zombie inside|"
        r"invisible|worthless|useless and|like im not real|like im not here|"
        r"like im disappearing|like im drowning|like im sinking|like im underwater|"
        r"like im going under|trapped|so alone|alone all|hopeless|helpless)\b"
        r"(?! (?:without|when|with cold|from the|after the (?:run|gym)))",
    ),
    _r(
        "support",
        "ppd",
        r"\b(?:im|i am|feel|feeling)\s+(?:\w+\s+)?(?:numb|empty|dead "
        r"inside|hollow|a shell)\b(?! (?:without|when|with|from))",
    ),
    _r("support", "ppd", r"\bdead inside\b"),
    _r(
        "support",
        "ppd",
        r"\b(?:dont|do not|didnt|cant|cannot|never|havent|not)\s+"
        r"(?:really\s+|even\s+|yet\s+)?(?:feel|felt|love|loved|bond|bonded|feeling|connect|"
        r"connected)\s+(?:\w+\s+){0,2}(?:anything|any love|bonded|connected|attached|love|"
        r"like (?:his|her|their|a) (?:mum|mom|mother|dad|father|parent)|with (?:the|my) baby|"
        r"for (?:the|my|him|her)|the baby|him|her|my baby|my son|my daughter)\b",
    ),
    _r(
        "support",
        "ppd",
        r"\b(?:no|any|zero) (?:bond|connection|love|attachment|feelings?) "
        r"(?:with|for|to|towards)\b",
    ),
    _r("support", "ppd", r"\bfeel nothing\b|\bfeel anything\b(?=.*\b(?:dont|cant|not)\b)"),
    _r("support", "ppd", r"\bbonding (?:hasnt|has not|didnt|isnt|never)\b"),
    _r(
        "support",
        "ppd",
        r"\b(?:feels?|felt) like (?:a )?stranger\b|\bsomeone elses "
        r"(?:baby|child|son|daughter)\b|\blike a babysitter\b",
    ),
    _r(
        "support",
        "ppd",
        r"\b(?:regret|regretting|regretted)\s+(?:\w+\s+){0,2}(?:having|"
        r"becoming|being) (?:a |the )?(?:baby|babies|kids|children|him|her|them|mother|mum|"
        r"mom|parent|dad|a mum)\b|\b(?:mistake|mistakes) (?:having|to have) (?:a |the )?"
        r"(?:baby|kids|children|him|her)\b|\bwish (?:i|id) (?:never|hadnt) had (?:kids|"
        r"children|a baby|him|her|them)\b",
    ),
    _r(
        "support",
        "ppd",
        r"\b(?:hate|hating) being a (?:mum|mom|mother|dad|parent)\b|"
        r"\bdont want to be a (?:mum|mom|mother|dad|parent) anymore\b",
    ),
    _r(
        "support",
        "ppd",
        r"\b(?:havent|not|cant|cannot|dont)\s+(?:\w+\s+)?(?:eaten|eating|"
        r"eat) (?:properly |anything |much )?(?:in|for) (?:days|a week|\w+ days)\b|"
        r"\bcant (?:eat|face food)\b|\blost (?:a stone|weight) (?:since|because)\b",
    ),
    _r(
        "support",
        "ppd",
        r"\b(?:cant|cannot|can not|couldnt) (?:get out of|get up out of) "
        r"bed\b",
    ),
    _r(
        "support",
        "ppd",
        r"\b(?:dont|do not) recogni[sz]e myself\b|\bnot (?:myself|"
        r"the same person)\b|\blost myself\b|\blosing myself\b|\bno me left\b",
    ),
    _r(
        "support",
        "ppd",
        r"\b(?:lost|losing|no) interest in (?:everything|anything|things)\b|"
        r"\b(?:dont|do not) care about anything\b|\bcant enjoy anything\b|\bno joy\b|"
        r"\bcant find (?:any )?joy\b",
    ),
    _r(
        "support",
        "ppd",
        r"\bgrey fog\b|\bblack cloud\b|\bfog i cant\b|\beverything "
        r"(?:feels|is|seems) (?:grey|flat|pointless|heavy|dark)\b",
    ),
    _r(
        "support",
        "ppd",
        r"\b(?:low|down|sad|flat)\s+(?:\w+\s+){0,2}(?:for (?:weeks|months|"
        r"ages)|all the time|every day|since (?:the|she|he)|and it (?:isnt|wont|is not)|"
        r"it wont lift|not lifting|for a long time)\b|\bthe (?:sadness|low) (?:wont|isnt|"
        r"is not|never)\b",
    ),
    _r(
        "support",
        "ppd",
        r"\b(?:havent|have not|not) been (?:okay|ok|alright|right) (?:for|"
        r"in|since)\b|\bim not (?:okay|ok|alright)\b|\bsomething (?:is|isnt|isnt right|"
        r"is wrong) (?:wrong )?with me\b|\bsomething isnt right\b",
    ),
    # --- sleep
    _r(
        "support",
        "sleep",
        r"\b(?:cant|cannot|can not|couldnt|dont|unable to)\s+(?:\w+\s+)?"
        r"sleep\s+(?:\w+\s+){0,2}(?:when|while|even when|even though|even if)\s+(?:\w+\s+){0,2}"
        r"(?:sleeps|sleep|asleep|naps|is asleep|are asleep|sleeping)\b",
    ),
    _r(
        "support",
        "sleep",
        r"\bcant sleep even\b|\beven when (?:she|he|the baby|baby|they|"
        r"the twins|both)\s+(?:\w+\s+)?(?:sleeps|sleep|is asleep|are asleep|sleeps through)\b",
    ),
    _r(
        "support",
        "sleep",
        r"\binsomnia\b|\b(?:mind|brain|head|thoughts) (?:is |are |keeps |"
        r"wont |)(?:racing|race|switch off|stop racing|shut off|wont stop)\b",
    ),
    _r(
        "support",
        "sleep",
        r"\bhavent slept (?:more than|properly|in|for) (?:\w+\s+){0,2}"
        r"(?:days|weeks|a week|hour|hours)\b|\bbarely slept in\b",
    ),
    # --- anxiety / panic
    _r(
        "support",
        "anxiety",
        r"\bpanic attacks?\b|\bpanicking all the time\b|\bin a panic\b"
        r"(?=.*\b(?:wake|woke|every|sure)\b)",
    ),
    _r(
        "support",
        "anxiety",
        r"\b(?:constant|constantly|sense of|feeling of|feel|feeling|"
        r"full of|wake up with|woke up with|filled with|knot of|wave of|overwhelming|"
        r"horrible|awful)\s+(?:\w+\s+)?dread\b|\bdread (?:all day|every|in my stomach|"
        r"from the moment)\b",
    ),
    _r(
        "support",
        "anxiety",
        r"\bsomething (?:terrible|awful|bad|horrible|dreadful) "
        r"(?:is going to|will|is about to|might|would|has|had) (?:happen|happened)\b",
    ),
    _r(
        "support",
        "anxiety",
        r"\b(?:heart|chest) (?:is |keeps |)(?:racing|pounding|hammering|"
        r"thumping|tight|tightness)\b|\btightness in my chest\b|\bcant breathe\b|"
        r"\b(?:hands|whole body) (?:shake|shaking|shakes)\b",
    ),
    _r(
        "support",
        "anxiety",
        r"\b(?:anxiety|anxious|worry|worried|worrying|panic|panicking|"
        r"nervous|scared|terrified|on edge)\s+(?:\w+\s+){0,3}(?:all the time|constantly|"
        r"every (?:minute|second|day|night|morning)|all day|through the roof|so bad|is getting "
        r"worse|getting worse|is taking over|taking over|ruining|wont stop|wakes me|every "
        r"single)\b",
    ),
    _r(
        "support",
        "anxiety",
        r"\b(?:constantly|always) (?:anxious|worried|terrified|on edge|"
        r"panicking|scared)\b|\b(?:so|too) anxious (?:i|that|to)\b",
    ),
    _r(
        "support",
        "anxiety",
        r"\b(?:check|checking|checked)\s+(?:if |that |on )?(?:\w+\s+)?"
        r"(?:is |s |are |still |)(?:breathing|alive)\b(?:\s+\w+){0,4}\s*(?:every|all night|"
        r"constantly|over and over|cant stop|minutes|hour|times)",
    ),
    _r(
        "support",
        "anxiety",
        r"\b(?:obsessed|obsessing|cant stop thinking) (?:with|about) "
        r"(?:\w+\s+)?(?:breathing|sids|cot death|germs|dying|die)\b|\bsids\b|\bcot death\b",
    ),
    _r(
        "support",
        "anxiety",
        r"\b(?:terrified|scared|afraid|frightened)\s+(?:\w+\s+){0,3}"
        r"(?:(?:will|is going to|might|going to) die|(?:of|about) (?:dying|death))\b",
    ),
    _r(
        "support",
        "anxiety",
        r"\b(?:flashbacks?|nightmares about the birth|birth trauma|"
        r"reliving|ptsd|traumatic birth|birth was traumatic)\b",
    ),
    _r(
        "support",
        "anxiety",
        r"\b(?:scared|afraid|terrified) to (?:go outside|leave the house|"
        r"be (?:left )?alone with (?:the baby|him|her))\b|\bhavent left the house in\b|"
        r"\bhardly leave the house\b",
    ),
    _r(
        "support",
        "anxiety",
        r"\bcheck(?:ing)? (?:\w+\s+){0,3}(?:twenty|\d+|ten|hundred|"
        r"fifty) times\b|\bcount and check\b|\bover and over because\b",
    ),
    # --- intrusive thoughts
    _r("support", "intrusive", r"\bintrusive\b|\bunwanted thoughts?\b"),
    _r(
        "support",
        "intrusive",
        r"\b(?:scary|horrible|awful|terrible|dark|disturbing|horrid|"
        r"frightening|evil|bad|horrific|nasty|weird|sick|violent|upsetting|unwanted|"
        r"shameful|ugly)\s+(?:\w+\s+)?(?:thoughts?|images?|pictures?|flashes|visions?|"
        r"ideas?|urges?)\b",
    ),
    _r(
        "support",
        "intrusive",
        r"\b(?:images?|pictures?|flashes|flash|visions?|thoughts?|"
        r"scenes?|picture)\s+(?:in my head\s+)?(?:of|about|that)\s+(?:\w+\s+){0,4}"
        r"(?:fall|falling|fell|drop|dropping|dropped|drown|drowning|drowned|hurt|hurting|"
        r"harming|harm|die|dying|dead|choke|choking|crash|crashing|hit|stab|stabbing|"
        r"throw|throwing|snatch|snatched|slip|slipping|smother|killing|kill|under the water|"
        r"going under|getting hurt|being hurt)\b",
    ),
    _r(
        "support",
        "intrusive",
        r"\b(?:keep|kept|cant stop|constantly|always)\s+"
        r"(?:\w+\s+)?(?:picturing|imagining|seeing|thinking about|replaying|getting)\s+"
        r"(?:\w+\s+){0,5}(?:fall|falling|drop|dropping|drown|drowning|hurt|crash|crashing|"
        r"hit|die|dying|choke|choking|stab|snatch|snatching|slip|slipping|being taken|"
        r"happen|under the water|going under|rolling|the worst|hurting|harming)\b",
    ),
    _r(
        "support",
        "intrusive",
        r"\bwhat if (?:i|id)\s+(?:\w+\s+){0,2}(?:drop|dropped|hurt|"
        r"threw|throw|trip|tripped|snap|snapped|lose|lost|let go of|smother|shake|harm)\s+"
        r"<KID>\b|\bwhat if (?:the baby|he|she|my \w+|they|something)\s+(?:\w+\s+){0,2}"
        r"(?:falls|fell|drowns|stops breathing|stopped breathing|chokes|dies|died|happens "
        r"to)\b",
    ),
    _r(
        "support",
        "intrusive",
        r"\b(?:my|the)\s+(?:brain|head|mind)\s+(?:keeps|keep|just|"
        r"shows|tells|says)\b",
    ),
    _r(
        "support",
        "intrusive",
        r"\b(?:i|id)\s+(?:would|will|could)\s+never\s+(?:\w+\s+)?"
        r"(?:hurt|harm|do anything|act)\b|\bnever act on\b",
    ),
    _r(
        "support",
        "intrusive",
        r"\b(?:scared|afraid|terrified|frightened|ashamed)\s+of\s+"
        r"(?:my own |the |my )?(?:thoughts|mind|head|brain)\b",
    ),
    _r(
        "support",
        "intrusive",
        r"\bgrip (?:him|her|it|the pram) (?:so|too) tight\b|"
        r"\bcheck my grip\b",
    ),
    _r(
        "support",
        "anxiety",
        r"\b(?:wash|washed|washing|check|checked|checking|clean|cleaned|"
        r"cleaning|sterilis\w*|steriliz\w*|count|counted)\s+(?:\w+\s+){0,4}(?:three|four|five|"
        r"six|ten|twenty|\d+|several|so many|a hundred|hundred) times\b"
        # counting so the children's presents or sweets come out even is fairness, not fear
        r"(?! to make sure (?:its|it is|theyre|they are|everyones) (?:fair|even|equal))",
    ),
    _r(
        "support",
        "anxiety",
        r"\b(?:every|worst|possible) (?:possible )?(?:disaster|"
        r"catastrophe|scenario|thing that could go wrong)\b|\bcatastrophi[sz]\w*\b",
    ),
    _r(
        "support",
        "anxiety",
        r"\b(?:floods?|flooded|fills?|filled|surge|wave|rush) (?:with|of) "
        r"(?:panic|dread|terror|fear)\b|\b(?:every time|whenever|always|constantly|all day)\b"
        r"(?:\s+\w+){0,10}\s+(?:panic|panics|panicking|terror)\b",
    ),
    _r(
        "support",
        "anxiety",
        r"\b(?:chest|heart|jaw|stomach)\s+(?:\w+\s+){0,2}(?:tight|"
        r"racing|pounding|hammering|clenched|in knots)\b(?:\s+\w+){0,3}\s*(?:weeks|days|all|"
        r"every|constantly|straight|months|always)\b|\bjump at every (?:noise|sound)\b",
    ),
    _r(
        "support",
        "intrusive",
        r"\b(?:had|have|get|got|keep getting|keep having)\s+(?:a|this|"
        r"these|that|an|such|the same)\s+(?:\w+\s+)?(?:flash|flashes|image|images|vision|"
        r"visions|thought|thoughts|picture)\s+(?:of|about|that)\b",
    ),
    _r(
        "support",
        "intrusive",
        r"\b(?:hate|scared of|terrified of|frightened of) my (?:own )?"
        r"(?:brain|head|mind)\b|\bhaunt(?:ed|s|ing) me\b",
    ),
    _r(
        "support",
        "ppd",
        r"\b(?:like a ghost|not (?:really )?there|on autopilot|going through "
        r"the motions|behind glass|watching (?:myself|my life|someone else)|numbness|"
        r"disconnected|detached)\b",
    ),
    _r(
        "support",
        "ppd",
        r"\bi used to be (?:fun|happy|someone|a person|me|myself|confident|"
        r"funny|so different|a different person|alive)\b|\bused to be someone\b",
    ),
    _r(
        "support",
        "ppd",
        r"\bappetite (?:is |has )?(?:gone|disappeared|vanished)\b|"
        r"\b(?:forget|forgot|forgetting) to eat\b|\blost (?:nearly |almost |over )?"
        r"(?:a stone|two stone|\d+ ?(?:kg|kilos|pounds|lbs))\b|\bno appetite\b",
    ),
    _r(
        "support",
        "ppd",
        r"\b(?:cried|crying|sobbed|sobbing)\s+(?:all\s+)?(?:through|"
        r"during|at) (?:the|my) (?:whole|entire)\b",
    ),
    _r(
        "support",
        "unsafe_home",
        r"\b(?:tracks|tracking|track|checks|monitors|monitoring)\s+"
        r"(?:my|where i)\s+(?:location|phone|whereabouts|messages|go|spending|am)\b|"
        r"\b(?:the )?(?:shouting|screaming|yelling) starts\b|\brings? (?:me )?non ?stop\b",
    ),
    # worry that has taken over the body or the nights, and keeps on: "being sick with nerves,
    # third week like this", "I still lie awake replaying everything she ate", "turned back at
    # the corner, sweating through my top"
    _r(
        "support",
        "anxiety",
        (
            r"\b<KEEPS_ON>\b.*\b<NERVES>|\b<NERVES>(?=.*\b<KEEPS_ON>\b)|"
            r"\b(?:lie|lay|lying|laying|lain) awake (?:\w+\s+){0,2}?(?:replaying|going over|"
            r"checking|panicking|rehearsing)\b|"
            r"\b(?:turned|turn|turning) (?:back|round|around) (?:at|before) (?:the )?(?:\w+ )?"
            r"(?:corner|door|gates?|entrance|car park|school)\b(?=.*\b(?:sweat\w*|shaking|heart|"
            r"couldnt breathe|panic\w*|everyone (?:looking|staring)|cant face|couldnt face)\b)"
        )
        .replace(
            "<NERVES>",
            r"(?:sick|shaking|sweating|throwing up|vomiting|trembling) with (?:nerves|worry|"
            r"anxiety|dread|fear|panic)\b",
        )
        .replace(
            "<KEEPS_ON>",
            "(?:every|whole|all day|weeks?|third|3rd|again|constantly|always|each|days)",
        ),
    ),
    # --- hopelessness / distress
    _r(
        "support",
        "hopeless",
        r"\bhopeless(?:ness)?\b|\bno hope\b|\bhelpless\b|"
        # a weight that will not lift: "something that will never lift"
        r"\b(?:never|not ever|wont ever|doesnt ever) (?:going to )?(?:lift|lifts|ease|eases|"
        r"shift|shifts)\b",
    ),
    _r(
        "support",
        "hopeless",
        r"\b(?:tired|sick|done|finished) (?:of|with) (?:it all|everything|"
        r"all of it|trying|fighting|feeling like this)\b",
    ),
    _r("support", "hopeless", r"\bworthless\b|\b(?:a|such a|just a) burden\b|\bunlovable\b"),
    _r(
        "support",
        "hopeless",
        r"\b(?:nothing|never|it|things|life) (?:is |will |)(?:ever |"
        r")(?:going to |)(?:get|gets|getting|change|changes) (?:any )?better\b(?=.*\b(?:never|"
        r"not|nothing|wont)\b)|\bnever (?:going to|gonna) (?:get|change)\b|\bwill never "
        r"(?:get|be|change)\b(?:\s+\w+){0,3}\s*(?:better|normal|good|happy)",
    ),
    _r(
        "support",
        "hopeless",
        r"\b(?:cant|cannot|can not)\s+(?:\w+\s+)?(?:cope|go on|do this "
        r"anymore|do this any more|keep doing this|keep going|carry on|take (?:it|this) "
        r"anymore|see any (?:light|way|point|future))\b",
    ),
    _r(
        "support",
        "hopeless",
        r"\b(?:whats|what is) the point\b(?! (?:of|in) (?:\w+ing|"
        r"buying|ironing|tidying|cleaning|trying to keep))",
    ),
    _r(
        "support",
        "hopeless",
        r"\bno (?:way out|light|future|point in (?:anything|trying|"
        r"any of it))\b|\bpointless\b",
    ),
    _r(
        "support",
        "hopeless",
        r"\b(?:breaking point|falling apart|end of my rope|end of my "
        r"tether|hanging on by a thread|barely holding|going under|rock bottom|dark place|"
        r"dark thoughts|black hole|bottom of a hole|losing my mind|going mad|going crazy|"
        r"(?<!will )(?<!ill )(?<!going to )(?<!gonna )lose it completely(?! if)|"
        r"screaming inside|drowning and|im drowning|im sinking|"
        r"im broken|so broken)\b",
    ),
    _r(
        "support",
        "hopeless",
        r"\b(?:trapped|prisoner|stuck) (?:in|at) (?:this|my|the) "
        r"(?:house|home|life|marriage|body|hole|own home)\b|\bfeel trapped\b",
    ),
    _r(
        "support",
        "hopeless",
        r"\b(?:ruined|over|ruin) my life\b|\bmy life is over\b|"
        r"\bruin everything\b",
    ),
    _r(
        "support",
        "hopeless",
        r"\b(?:want|wanted|need) (?:to )?(?:run away|escape|leave|"
        r"disappear|vanish|walk out|get away)\b(?:\s+\w+){0,6}\s*(?:never|forever|and be|"
        r"someone else|not come back|from (?:it all|everything|my life|them all))\b",
    ),
    _r(
        "support",
        "hopeless",
        r"\b(?:want|wanted|wish i could|just want) to (?:disappear|"
        r"vanish|not be me|stop feeling|be someone else|run away from (?:it all|everything))\b",
    ),
    _r(
        "support",
        "hopeless",
        r"\b(?:better|different|another|proper|real|someone else as "
        r"their) (?:mum|mom|mother|dad|father|parent)\b(?:\s+\w+){0,4}\s*(?:than me|"
        r"who|not me)?\b(?=.*\b(?:deserve|deserves|better off|be better|happier)\b)",
    ),
    _r(
        "support",
        "hopeless",
        r"\b(?:everyone|everybody|they|kids|he|she)\s+(?:\w+\s+){0,2}"
        r"(?:be|been) (?:better|happier) (?:off )?(?:if i|with (?:someone|a different|"
        r"another|anyone))\b",
    ),
    _r(
        "support",
        "hopeless",
        r"\bhate (?:myself|who ive become|my life|everything)\b"
        r"(?! for (?:losing|shouting|snapping))",
    ),
    _r(
        "support",
        "hopeless",
        r"\b(?:disgusted with|cant stand) myself\b|\bim a monster\b"
        r"(?=.*\bthoughts?\b)",
    ),
    _r(
        "support",
        "distress",
        r"\b(?:drinking|wine|vodka|gin)\b(?:\s+\w+){0,4}\s*(?:every "
        r"night|to cope|to get through|only thing)\b|\bself ?medicat\w*\b",
    ),
    _r(
        "support",
        "distress",
        r"\b(?:i|im)\s+(?:\w+\s+)?(?:not|never) (?:sleeping|eating),? "
        r"(?:not|never|or) (?:eating|sleeping)\b",
    ),
    _r(
        "support",
        "distress",
        r"\bneed help\b|\bi need someone\b|\bplease help\b|"
        r"\bdont know (?:who|where) to (?:turn|tell|ask|go)\b",
    ),
    _r(
        "support",
        "distress",
        r"\bdont want to (?:be|go) (?:here|on) (?:anymore|any more)\b|"
        r"\bwhy (?:am i|im) still here\b",
    ),
    # --- unsafe at home
    _r(
        "support",
        "unsafe_home",
        r"\b<PARTNER>\s+(?:\w+\s+){0,3}(?:hit|hits|hitting|slapped|"
        r"slaps|punched|punches|kicked|kicks|shoved|shoves|pushed|pushes|choked|chokes|"
        r"strangled|strangles|grabbed|grabs|threw|throws|threatened|threatens|controls|"
        r"control|raped|forced|forces|hurts me|hurt me|beat|beats|pinned|pins|screams at me|"
        r"shouts at me|calls me|called me|locked me|locks me|broke my|won t|"
        r"wont let|doesnt let|wont allow|follows|followed|punch|punched|gets violent|is violent|"
        r"scares me|frightens me|terrifies me|is rough|gets rough|rough with)\b",
    ),
    # what a partner does to the parent or to their things: spitting, throwing, smashing,
    # screaming in their face, taking their passport or money, going through their phone
    _r(
        "support",
        "unsafe_home",
        r"\b(?:<PARTNER>|he|hes|she|shes)\s+(?:\w+\s+){0,4}?"
        r"(?:(?:spat|spits|spitting) (?:in my face|at me|on me)|"
        r"(?:threw|throws|smashed|smashes|hurled|lobbed)\s+(?:\w+\s+){0,3}?(?:at me|at my head|"
        r"plates?|glass(?:es)?|mugs?|bottles?|chairs?|phone|my phone)|"
        r"(?:screamed|screams|screaming|yelled|yells|shouted|shouts|shouting)\s+in my face|"
        r"(?:keeps|kept|took|takes|hides|hid) (?:my|all my|all the|everything)\s*(?:passport|"
        r"money|bank cards?|cards?|phone|keys|car keys|wages|benefits|documents|papers)?|"
        r"(?:has|got) (?:my|all my) (?:passport|bank cards?|documents|papers)|"
        r"(?:goes|went|going) through my (?:phone|messages|texts|bank|bank statements|"
        r"statements|purse|bag|emails)|(?:reads|read|checks) (?:all )?my (?:messages|texts|emails)|"
        r"(?:came|comes|got|gets) home drunk and|"
        r"(?:knows|found out|find out) where (?:we|i) (?:live|are|moved)|"
        r"(?:send|sends|will send|would send) me back)\b",
    ),
    _r(
        "support",
        "unsafe_home",
        r"\b(?:he|she)\s+(?:\w+\s+)?(?:slapped|punched|choked|strangled|"
        r"shoved|pushed|threatened|raped|beat|kicked|pinned|hit|hurt|grabbed)\s+(?:me|my "
        r"(?:arm|neck|face|throat|hair|wrist))\b"
        # a game, not a blow: "she beat me at uno", "he beat me to the last biscuit"
        r"(?! (?:at|to|in (?:a|the) (?:race|game|quiz|final|match|round)|hands down|again at|"
        r"fair and square)\b)",
    ),
    _r(
        "support",
        "unsafe_home",
        r"\b(?:scared|afraid|frightened|terrified|fear|fearful)\s+"
        r"(?:of|for) (?:my |our |the )?(?:<PARTNER>|him|what he|when he|his|my kids when he|"
        r"the kids when he|the kids if i leave)\b|\bscared of (?:him|my husband)\b",
    ),
    _r(
        "support",
        "unsafe_home",
        r"\b(?:not|dont|never|doesnt|dont feel|isnt|is not)\s+"
        r"(?:feel\s+)?safe\s+(?:at home|in (?:my|this|our|the) (?:own )?(?:house|home)|when "
        r"(?:he|shes|hes)|with (?:him|her|my <PARTNER>))\b|\b(?:house|home)\s+(?:doesnt|does "
        r"not|dont|isnt|is not|never)\s+(?:feel\s+)?safe\b",
    ),
    _r(
        "support",
        "unsafe_home",
        r"\bwalk(?:ing)? on eggshells\b|\bdomestic (?:violence|"
        r"abuse)\b|\babus(?:e|ive|ed|er)\b|\bcoercive\b|\bcontrolling\b",
    ),
    _r(
        "support",
        "unsafe_home",
        r"\b(?:controls|takes|keeps|checks|broke|"
        r"smashed|hides|hid)\s+(?:all\s+)?(?:the|my)\s+(?:money|bank card|card|phone|keys|"
        r"car keys|messages|passport|texts|cards)\b(?! (?:in the fridge|again))",
    ),
    _r(
        "support",
        "unsafe_home",
        r"\b(?:wont|doesnt|won t|never) let me\s+(?:\w+\s+)?(?:see|go|"
        r"have|leave|talk|out|use|work|visit)\b|\bnot allowed to\s+(?:\w+\s+)?(?:go|see|"
        r"leave|out|talk)\b|\blocked me (?:out|in)\b",
    ),
    _r(
        "support",
        "unsafe_home",
        r"\b(?:said|says|threatened|threatens|told me) (?:that )?"
        r"(?:he|she)(?:d| would| will|ll|\s+wd)? (?:kill|hurt|take) (?:me|the kids|the baby|"
        r"them|my)\b|\b(?:hell|hed|he will|he would|he said hed) (?:kill|hurt) me\b|"
        r"\b(?:kill|hurt) me if i\b",
    ),
    _r(
        "support",
        "unsafe_home",
        r"\bthreaten(?:ed|s|ing)? (?:me|to (?:kill|hurt|take|leave "
        r"with))\b|\bthreatening (?:messages|texts)\b",
    ),
    _r(
        "support",
        "unsafe_home",
        r"\bpack(?:ed)? a bag in case\b|\bafraid to go home\b|"
        r"\bscared to go home\b|\bhide (?:in|from)\s+(?:\w+\s+){0,5}(?:when he|from him|his "
        r"moods)\b|\bwhen he(?:s| is| has| gets)? (?:drinks|drinking|drunk|been drinking|"
        r"kicks off|loses it|in a rage)\b|\bone of his (?:moods|rages)\b|\bhis (?:rages|temper)\b",
    ),
    _r(
        "support",
        "unsafe_home",
        r"\b(?:punches|punched|punch) (?:holes in )?(?:the )?"
        r"(?:wall|walls|door)\b(?=.*\b(?:he|him|his|husband|partner)\b)|\bhits the wall "
        r"next to\b|\bthrew (?:a plate|things|my phone|it) at me\b|\bthrows things\b",
    ),
    _r(
        "support",
        "unsafe_home",
        r"\b(?:bruises|marks)\b(?=.*\b(?:he|him|husband|partner|"
        r"boyfriend)\b)",
    ),
    _r(
        "support",
        "unsafe_home",
        r"\b(?:he|husband|partner)\s+(?:\w+\s+){0,3}(?:rough with|"
        r"hurt|grabbed) (?:the baby|the kids|our son|our daughter|him|her)\b",
    ),
    _r(
        "support",
        "unsafe_home",
        r"\b(?:ex|he|him)\s+(?:keeps\s+)?(?:turning up|following me|"
        r"follows me|stalking)\b|\bfollowing me\b",
    ),
    _r(
        "support",
        "harm_child",
        r"\b(?:threw|thrown|chucked|hurled|lobbed|flung)\s+(?:\w+\s+){1,3}at\s+<KID>\b",
    ),
    _r(
        "support",
        "unsafe_home",
        r"\b(?:held me down|pinned me(?: down| to| against)?|hands? (?:round|around|on) my "
        r"(?:throat|neck)|choked me|strangled me|shoved me|"
        r"pushed me (?:into|against|down|over|out))\b",
    ),
    _r(
        "support",
        "unsafe_home",
        r"\b(?:his|her) temper\b(?:\s+\w+){0,4}\s+(?:worse|scary|scares|frightens)\b|"
        r"\b(?:kids|children|we all|everyone) (?:know to )?(?:go|goes|went|keep|stay) "
        r"(?:silent|quiet) when (?:hes|shes|he|she|his|"
        r"her)\b",
    ),
    _r(
        "support",
        "ppd",
        r"\bbaby blues\b(?:\s+\w+){0,8}\s+(?:months?|still|never stopped|not stopped|weeks later|"
        r"meant to stop|supposed to stop)\b|"
        r"\b(?:happy|excited|thrilled) about the baby except me\b|\bexcept me\b(?=.*\bbaby\b)|"
        r"\b(?:havent|not|never|cant|dont) enjoy(?:ed|ing)? (?:a single|any|one) (?:one|moment|"
        r"minute|day|bit)\b|\b(?:pretend|pretending|fake|faking)\b(?:\s+\w+){0,4}\s+(?:fine|ok|"
        r"okay|happy|coping|smile)\b|\bim not (?:fine|ok|okay|coping)\b(?! with)",
    ),
    _r(
        "support",
        "unsafe_home",
        r"\benough to leave (?:him|her)\b|\b(?:save|saving|saved|hid|hide|hiding|stash\w*)\b"
        r"(?:\s+\w+){0,8}\s+to leave (?:him|her)\b",
    ),
    # hiding self-injury: "nearly saw the marks", "start doing it on my legs instead"
    _r(
        "support",
        "self_harm",
        r"\b(?:nearly|almost|nurse|doctor|midwife|he|she|they)\s+(?:\w+\s+)?(?:saw|seen|noticed|"
        r"spotted) (?:the|my) (?:marks|cuts|scars|burns|scratches)\b|\b(?:start|started|starting) "
        r"doing it on my (?:legs|thighs|stomach|tummy|hips|arms|ribs)\b",
    ),
    # a fast train noticed, with no journey in sight: "the 5.40 express doesn't stop at our station"
    _r(
        "support",
        "method",
        r"\b(?:express|fast train|freight train|non ?stop)\b(?:\s+\w+){0,4}\s+(?:doesnt|does not|"
        r"wont|never) stop (?:at|here|through)\b(?!.*\b(?:change|changed|so we|so i have|commute|"
        r"late|delayed|missed|ticket|journey|annoying|faff)\b)",
    ),
    # quieter signs from round 6: messages read (said without a subject), "if he finds this",
    # checking rituals, nightly googling, lying on the mood questionnaire, watching oneself
    _r(
        "support",
        "unsafe_home",
        r"^(?:and )?(?:reads|checks|goes through) (?:all )?my (?:messages|texts|phone|emails)\b|"
        r"\bif (?:he|she) (?:finds|reads|sees) this\b",
    ),
    _r(
        "support",
        "anxiety",
        r"\b(?:five|six|seven|ten|\d+) times each\b|\bevery (?:headache|cough|rash|bump|temperature"
        r"|fever|bruise|sneeze)\b(?:\s+\w+){0,5}\s+(?:i )?(?:google|googled|googling|look up)\b|"
        r"\b(?:measured|checked|counted) (?:it|them|the scoops) (?:three|four|five|\d+) times\b",
    ),
    _r(
        "support",
        "ppd",
        r"\blied on the (?:questionnaire|form|mood|epds|survey|checklist)\b|\b(?:watching|"
        r"watch) (?:myself|some other \w+|someone else) (?:\w+\s+){0,3}(?:from (?:the ceiling|"
        r"outside|above|far away)|do it)\b|\blike a robot\b(?=.*\b(?:feed|feeds|bottles|"
        r"nappies|baby|night)\b)",
    ),
    # threats, tracking, money and barricades, whoever the partner is
    _r(
        "support",
        "unsafe_home",
        r"\bburn (?:the|this|our) (?:house|flat|place) down with (?:me|us|the kids|the baby|them)"
        r"\b|\b(?:tracks|tracking|tracked|checks|checking) (?:my|where my) (?:car|phone|location|"
        r"whereabouts)\b|\b(?:wants|wanted|demands|demanded|needs|needed) to know (?:who|where) i "
        r"(?:was|am|ve been|have been|talk|talked|was talking)\b|\b(?:payslips?|wages|salary|pay|"
        r"my money|child benefit|benefits) (?:go|goes|went|get paid|gets paid) (?:straight )?"
        r"(?:into|to) (?:his|her) (?:account|bank)\b|\bi get (?:pocket money|an allowance)\b|"
        r"\bchair (?:jammed|wedged|propped|under) (?:under |against )?the (?:door|handle)\b|"
        r"\b(?:ex|he|she)\s+(?:\w+\s+){0,4}(?:banging|hammering|pounding|kicking) (?:on|at) the "
        r"(?:door|front door|windows?)\b|\b(?:says|said|threatens|threatened) (?:hell|shell|he "
        r"will|she will|hed|shed|he would|she would|hes going to|shes going to) (?:leave|go|"
        r"disappear|run off|take off) with (?:her|him|the baby|the kids|them)\b",
    ),
    # worry that will not stop: replaying, avoiding, checking every night
    _r(
        "support",
        "anxiety",
        r"\breplay(?:ing|ed)? it (?:for the \w+ time|over and over|all night|again and again)\b|"
        r"\b(?:scared|afraid|too scared|terrified) to (?:drive|go out|leave the house|bath|bathe|"
        r"be alone) with (?:the )?(?:kids|baby|children|him|her|them)\b|"
        r"\bi do this every (?:night|day)\b|\bevery time theres a knock\b",
    ),
    _r(
        "support",
        "ppd",
        r"\bcant remember the last time i (?:showered|washed|ate|slept|laughed|smiled|"
        r"left the house)\b|\bcry at everything\b|\bdays (?:just )?(?:smear|blur|bleed) "
        r"(?:together|into each other)\b",
    ),
    # an image of harming the child, seen in a flash
    _r(
        "support",
        "intrusive",
        r"\b(?:saw|see|seeing|pictured|picture) myself (?:\w+\s+){0,2}(?:holding|dropping|"
        r"throwing|hurting|pushing|shaking|smothering|drowning) (?:him|her|the baby|them|my "
        r"(?:son|daughter|baby))\b",
    ),
    _r(
        "support",
        "hopeless",
        r"\b(?:id|i would) take (?:that|it) forever\b|\bi dont owe anyone anything\b|"
        r"\bnever get back on my feet\b|\brun out of road\b|\bwhatever i do is wrong\b|"
        r"\b(?:i thought|i felt),? finally\b",
    ),
    _r(
        "support",
        "ppd",
        r"\b(?:im the one whos|ive|im|i have) (?:fallen|falling|fell) apart\b",
    ),
    _r(
        "support",
        "anxiety",
        r"\bgoogl\w+\b(?:\s+\w+){0,8}\s+(?:every night|(?:\w+ )?nights? running|nights? in a row|"
        r"again and again)\b|\b(?:six|seven|eight|nine|ten|\d+) times\b(?=.*\b(?:know|checked|"
        r"check|test)\b)|\b(?:checked|did the \w+ test)\b(?:\s+\w+){0,3}\s+(?:six|seven|eight|nine|"
        r"ten|\d+) times\b",
    ),
    _r(
        "support",
        "ppd",
        r"^numb\b|\b(?:feel|feeling|felt|so|just|im) numb\b|\bjust empty\b",
    ),
    _r(
        "support",
        "hopeless",
        r"\b(?:it|this|that|nothing)\s+(?:wont|will never|is never going to|isnt going to) "
        r"(?:change|get better|improve)\b|\bfailed at everything\b|"
        r"\b(?:nothing|anything) good ahead\b|\bcant see a future\b",
    ),
    _r(
        "support",
        "anxiety",
        r"\b(?:too scared|too frightened|too afraid|terrified)\b(?:\s+\w+){0,4}\s+(?:crash|die|"
        r"drop|fall|drown|choke|stop breathing|get hurt)\b|\bstart(?:ed)? shaking\b|"
        r"\bcouldnt stop shaking\b",
    ),
    _r(
        "support",
        "distress",
        r"\b(?:she|he|they|nobody|no one) (?:didnt|did not) suspect (?:a thing|anything)\b|"
        r"\bsaid it was for a\b(?=.*\bit wasnt\b)",
    ),
    # round 9: a threat that keeps a parent from leaving; not getting out of bed for days;
    # nothing fun any more; the glass test over and over; "why bother trying"
    _r(
        "support",
        "unsafe_home",
        r"\bif (?:i|mi) (?:ever )?(?:leave|left|go|tell anyone|call the police|tell the police)\b"
        r"(?:\s+\w+){0,4}\s+(?:figx|kill me|hurt me|find me|take the (?:kids|baby))",
    ),
    _r(
        "support",
        "ppd",
        r"\b(?:didnt|couldnt|cant|havent|dont|did not) (?:get|got) out of bed\b(?:\s+\w+){0,3}\s+"
        r"(?:all|the whole|for) (?:day|weekend|week|days|\w+ days)\b|"
        r"\bnothing (?:is|feels) (?:fun|enjoyable|good|nice) (?:anymore|any more)\b",
    ),
    _r(
        "support",
        "anxiety",
        r"\bglass test\b(?:\s+\w+){0,3}\s+(?:over and over|again and again|all night|\d+ times)\b|"
        r"\bconvinced myself (?:its|it is|it was|(?:she|he) (?:has|had|has got|was))\b",
    ),
    _r(
        "support",
        "hopeless",
        r"\bwhy (?:even )?bother (?:trying|anymore|any more)\b",
    ),
    # round 8: quieter signs, said through the body, the night, googling and the home
    _r(
        "support",
        "anxiety",
        r"\bgoogl\w*\s+(?:every|all the|rashes|symptoms|coughs|temperatures)\b|"
        r"\bconvinced (?:it was|its|it is|it was going to be|(?:she|he|they) (?:has|had|have|got))"
        r" (?:meningitis|sepsis|cancer|leuka?emia|a tumou?r|sids|a brain tumou?r)\b|"
        r"\b(?:every time|whenever)\b(?:\s+\w+){0,8}\s+(?:i )?(?:think|thinking|convinced|sure|"
        r"panic|assume)\w*\b(?:\s+\w+){0,8}\s+something(?:s| has| is)? (?:happened|wrong)\b|"
        r"\bwoke (?:up )?(?:gasping|in a panic|panicking)\b|\bdreamt i (?:forgot|dropped|lost|"
        r"left) (?:him|her|them|the baby|my (?:son|daughter|baby))\b",
    ),
    _r(
        "support",
        "intrusive",
        r"\b(?:image|images|film|films|movies?|flash|flashes|pictures?|pictured|picturing)\s+"
        r"(?:\w+\s+){0,2}of\s+(?:\w+\s+){0,3}(?:hurting|stabbing|dropping|drowning|smothering|"
        r"shaking|cutting|throwing) (?:him|her|them|the baby|my (?:son|daughter|baby|boy|girl))\b|"
        r"\b(?:knife|knives|scissors|blade)\b(?=.*\b(?:pictured|picture|image|imagined|flash|"
        r"thought|brain|head)\b)(?=.*\b(?:baby|him|her|son|daughter|eye|neck|panic|sick)\b)|"
        r"\bgot rid of (?:all )?(?:the |our )?(?:knives|scissors|sharp \w+)\b",
    ),
    _r(
        "support",
        "unsafe_home",
        r"\b(?:stopped|stops|wont let|doesnt let|does not let)\s+me (?:from )?(?:seeing|see|"
        r"going out|having|have) (?:my )?(?:friends|family|mum|mom|sister|brother|mates)\b|"
        r"\bdecides? what i (?:wear|eat|spend|can wear|can eat)\b|"
        r"\b(?:im|i am|i m) lucky (?:he|she) puts up with me\b|"
        r"\b(?:he|she|<PARTNER>) (?:says?|said|tells me|told me|calls me|called me) (?:i am|im|"
        r"i m|i was|im just) (?:nothing|worthless|pathetic|a waste)\b|"
        r"\blocks? the door (?:\w+\s+){0,3}(?:when|before|while) (?:he|she) (?:go|goes|leaves|"
        r"went|go to|goes to)\b|\bin case i (?:need|have) to (?:run|leave in a hurry|get out)\b",
    ),
    _r(
        "support",
        "ppd",
        r"\b(?:staring|stared|stare|lay|lie|lying)\s+(?:\w+\s+){0,2}at the (?:ceiling|wall)\s+"
        r"(?:\w+\s+){0,2}(?:figx|(?:for|all)\s+(?:\d+|hours|two|three|four|ages|an hour|the "
        r"whole))\b|"
        r"\bmy body (?:is|was) (?:\w+\s+){0,3}?(?:but )?(?:i am|im|i m|i was|i) not\b"
        r"(?=\W*$|\s+(?:really|there|here|present|in it)\b)|"
        r"(?:\b(?:feel|feeling|felt|im|i am|i feel so)|^(?:just|so|and|all|everything)"
        r"|\bjust(?<!\bis just)(?<!\bwas just)(?<!\bs just)(?<!\bare just)) flat\b"
        r"(?! (?:out|white|pack|shoes|bread|"
        r"tyre|tire|tyres|cap))|"
        r"\bstill waiting to (?:feel|love|bond)\b|\bwaiting to feel (?:it|something|anything|love|"
        r"the love)\b|"
        r"\b(?:havent|not|didnt|hadnt)\s+(?:showered|washed|eaten|brushed my hair)\b(?:\s+\w+){0,5}"
        r"\s+(?:and )?(?:honestly |really |i )?(?:dont|didnt|do not|did not) care\b",
    ),
    _r(
        "support",
        "hopeless",
        r"\btired in a way\b(?:\s+\w+){0,2}\s+(?:sleep|rest|a nap)\b|\b(?:sleep|rest) (?:doesnt|"
        r"wont|cant|does not|will not) fix\b|\bnothing ever (?:works out|goes right|gets better|"
        r"changes) for (?:us|me)\b|\bgiv(?:ing|en|e) up on myself\b",
    ),
    # round 10: giving up on being happy, a thrown thing that just missed the baby, a partner
    # who looms and blocks the door or knows where the parent works, checking that will not
    # stop, a fear that keeps the nursery unsafe, a frightened horror-film thought
    _r(
        "support",
        "hopeless",
        r"\b(?:given|gave|giving) up on (?:ever )?(?:being|feeling) (?:happy|ok|okay|a good \w+|"
        r"like me|normal)\b|\bdont believe in any of it\b",
    ),
    _r(
        "support",
        "unsafe_home",
        r"\bmissed (?:the baby|the kids|my (?:son|daughter|head)|her head|his head) by\b|"
        r"\b(?:standing over me|blocking the door|blocks the door|blocked the door)\b|"
        r"\b(?:he|she)s told me\b(?:\s+\w+){0,6}\s+(?:he|she) knows where i (?:work|live)\b|"
        r"\b(?:he|she) (?:knows|said he knows|said she knows) where i (?:work|live) and\b|"
        r"\b(?:frightened|scared|terrified) (?:at|of) (?:the )?handovers?\b",
    ),
    _r(
        "support",
        "anxiety",
        r"\bpulled over (?:\w+ ){0,2}(?:times|again)\b(?:\s+\w+){0,5}?\s+to check\b|"
        r"\b(?:keep|kept|keeps) convincing myself\b|"
        r"\b(?:still )?(?:doesnt|does not|never) feel safe enough to\b|"
        r"\bstomach drops\b(?=.*\bevery\b)|\bevery \w+\b(?:\s+\w+){0,10}\s+stomach drops\b",
    ),
    _r(
        "support",
        "intrusive",
        r"\b(?:horror film|horror movie|horrible|awful|scary|dark|intrusive) thoughts? about "
        r"(?:the baby|him|her|my (?:son|daughter|baby|boy|girl))\b",
    ),
    # round 11: hope lost, said plainly ("told the GP I'd lost hope"), not hope of a lie-in
    _r(
        "support",
        "hopeless",
        r"\b(?:ive|i have|id|i had|i|weve|we have|i think ive|feel like ive) lost (?:all )?hope\b"
        r"(?!\s+(?:of|that|for the|on|with|in (?:the|getting|ever|him|her|them|humanity|"
        r"politics|my (?:husband|wife|partner|team)))\b)",
    ),
]

# Words that soften an urgent phrase right before it.
_NEG = {
    "not",
    "never",
    "dont",
    "didnt",
    "doesnt",
    "isnt",
    "wasnt",
    "wouldnt",
    "wont",
    "arent",
    "no",
    "nothing",
    "without",
    "nor",
    "neither",
    "havent",
    "hasnt",
    "cant",
    "couldnt",
    "shouldnt",
}
# words that end the reach of a negation: "can't stop thinking about jumping" is not negated
_NEG_BREAK = {
    # "I'm not joking, I want to die": the negation is of the joke, not of the wish
    "joking",
    "kidding",
    "lying",
    "exaggerating",
    "dramatic",
    "know",
    "why",
    "if",
    "whether",
    "care",
    "think",
    "but",
    "see",
    "how",
    "sure",
    "tell",
    "understand",
    "want",
    "wish",
    "and",
    "that",
    "anyone",
    "who",
    "what",
    "way",
    "even",
    "stop",
    "stopping",
    "help",
    "get",
    "shake",
    "seem",
    "remember",
    "explain",
    "sleep",
    "keep",
    "say",
    "admit",
}
_OTHERS = {
    "he",
    "she",
    "they",
    "hes",
    "shes",
    "theyre",
    "hed",
    "shed",
    "theyd",
    "husband",
    "wife",
    "partner",
    "boyfriend",
    "girlfriend",
    "sister",
    "brother",
    "friend",
    "friends",
    "mum",
    "mom",
    "dad",
    "mother",
    "father",
    "son",
    "daughter",
    "cousin",
    "colleague",
    "neighbour",
    "teenager",
    "kids",
    "boys",
    "girls",
    "children",
    "toddler",
    "stepson",
    "stepdaughter",
    "twins",
    "trick",
    "his",
    "her",
    "someone",
    "somebody",
    "people",
    "character",
    "villain",
    "news",
    "film",
    "book",
    "show",
    "article",
}
_SELF = {"i", "im", "ive", "id", "ill", "me", "my", "myself", "mine"}


@dataclass(frozen=True)
class Hit:
    level: str
    category: str
    phrase: str
    rule_index: int


# after "better off dead than": these make it about life itself, not an errand
_LIFE = re.compile(
    r"^than (?:\w+ )?(?:face|facing|live|living|go on|going on|feel|feeling|keep going|wake|"
    r"waking|carry on|be here|be alive|exist|existing|continue|another (?:day|morning|night|"
    r"week|year)|this|be me|be a burden)\b"
)


_SPEECH = {"said", "says", "yelled", "shouted", "screamed"}
_SPEAKERS = _OTHERS | {"lad", "kid", "son", "daughter", "boy", "girl"}


def _guarded(rule: Rule, text: str, m: re.Match[str]) -> str | None:
    """Return a lowered level ('support') if the hit is negated or about someone else."""
    if not rule.guard:
        return None
    before = text[: m.start()].split()
    matched = m.group(0).split()
    after = text[m.end() :].split()
    # "i want to not exist figx(for a couple of hours)": a duration or idiom follows
    if rule.level == "urgent" and after[:1] == ["figx"]:
        return "support"
    if after[:1] == ["on"] and matched and matched[-1] in {"existing", "exist"}:
        return "support"
    # "the kids would be better off if I stopped helping with maths": an activity, not a life
    if (
        rule.category == "not_exist"
        and matched[-1:] == ["stopped"]
        and after[:1]
        and after[0].endswith("ing")
        and after[0] not in {"existing", "breathing", "being", "living", "waking"}
    ):
        return "support"
    # someone else's words, said after: "'I'm going to end it all!' said the 7yo"
    # (right after the phrase, or a word or two later: "'end it all now' said my son")
    for k in (0, 1, 2):
        if (
            len(after) >= k + 2
            and after[k] in _SPEECH
            and after[k + 1] != "i"
            and (after[k + 1] in _SPEAKERS or after[k + 1] in {"the", "my", "our", "his", "her"})
        ):
            return "support"
    # someone else's words: "he said 'I want to die' and ate three slices of pizza"
    # (the verb is right before the phrase, or before an "i" that starts it)
    for i in (1, 2):
        if len(before) > i and before[-i] in _SPEECH and (i == 1 or before[-1] == "i"):
            if set(before[-i - 2 : -i]) & _SPEAKERS:
                return "support"
    # "better off dead than go to another soft play": a comparison, not a wish
    if rule.level == "urgent" and after[:1] == ["than"] and not _LIFE.match(" ".join(after)):
        return "support"
    # negation right before the phrase: "not suicidal", "would never hurt him"
    window = before[-3:]
    for i, w in enumerate(window):
        if w in _NEG and not (set(window[i + 1 :]) & _NEG_BREAK) and not (set(matched[:1]) & _NEG):
            # "i dont want to die" is matched *with* the negation when the rule needs it
            if (
                rule.category in ("not_exist",)
                and w in {"dont", "didnt", "wont", "cant"}
                and matched
                and matched[0] in {"want", "wanna", "wish", "feel", "care"}
            ):
                continue
            return "support"
    # someone else is the subject: "my husband says he'd be better off dead"
    if rule.category in ("suicide", "not_exist", "self_harm", "method", "farewell"):
        near = before[-6:]
        if (
            near
            and (set(near) & _OTHERS)
            and not (set(near) & _SELF)
            and not (set(matched) & _SELF)
        ):
            return "support"
        if not near and set(matched) and not (set(matched) & _SELF):
            # sentence starts with the phrase, e.g. "suicidal thoughts again": keep
            return None
    return None


def rule_hits(neutral: str) -> list[Hit]:
    """All urgent and support hits in one neutralised, normalised sentence."""
    hits: list[Hit] = []
    for idx, rule in enumerate(URGENT_RULES):
        for m in rule.rx.finditer(neutral):
            lowered = _guarded(rule, neutral, m)
            if lowered:
                hits.append(Hit("support", "softened", m.group(0).strip(), idx))
            else:
                hits.append(Hit("urgent", rule.category, m.group(0).strip(), idx))
            break
    for idx, rule in enumerate(SUPPORT_RULES):
        m = rule.rx.search(neutral)
        if m:
            hits.append(Hit("support", rule.category, m.group(0).strip(), 1000 + idx))
    return hits


# Urgent child-harm phrases are softened to support when the same sentence makes clear the
# parent is horrified and does not want to act ("I would never", "it terrifies me").
_HORRIFIED = re.compile(
    r"\b(?:i|id)\s+(?:would|will|could)\s+never\b|\bnever act\b|\bnot going to act\b|"
    r"\bknow i (?:wont|would not|wouldnt)\b|\bby accident\b|\baccidentally\b|"
    r"\bhorrified\b|\bhorrifies\b|\bdisgusted\b|\bmakes me (?:feel )?sick\b|\bfeel sick\b|"
    r"\bi love (?:him|her|them) so much\b"
)
_INTENT = re.compile(
    r"\b(?:and i (?:might|will|think i (?:might|will|could))|starting to want|want to act|"
    r"act on (?:it|them)|dont feel (?:horrified|scared)|not scared|feels like a plan|"
    r"part of me wanted|getting stronger|i might actually|i think i might|i nearly did|"
    r"i wanted to|calm|(?:doesnt|didnt|does not|did not|no longer) (?:make|makes|made) me "
    r"(?:feel )?(?:sick|scared|horrified|frightened)|(?:felt|feels) like an option)\b"
)


# The people a sentence names, grown-up or child: "him" in "I want to kill him" is whoever
# was named last before it ("my husband ... now I want to kill him" is not about a child).
# "Dad" is left out: it is so often the writer ("dad here, I wanted to shake him").
# grown-ups a parent names as the one they are cross with; shared with concepts._ADULT_TARGET
ADULTS = (
    r"(?:husband|partner|boyfriend|girlfriend|landlord|neighbour|neighbor|colleague|driver|"
    r"mate|brother|teacher|builder|plumber|customer|referee|in law)s?|ex|wife|wifes|hubby|boss|"
    r"bosses|manager|man|men|woman|guy|bloke|postman"
)
_PERSON = re.compile(
    r"\b(?:(?P<adult>" + ADULTS + r")(?! here\b)|"
    r"(?P<child>(?:baby|son|daughter|kid|toddler|boy|girl|twin|child|infant)s?|"
    r"babies|children|newborn|little one|eldest|youngest|\d+ ?(?:yo|year old|month old)))\b"
)


# the next sentence says the "him" was a child: "I want to hurt him. The toddler I mean."
CHILD_MEANT = re.compile(
    r"^(?:i mean |meaning |as in )?(?:the|my|our) (?:baby|toddler|son|daughter|kid|boy|girl|"
    r"little one|eldest|youngest)\b(?: i mean| i meant)?"
)


def about_an_adult(neutral: str, phrase: str, before: str = "", after: str = "") -> bool:
    """A harm phrase ending in him/her/them whose last-named person before it is an adult.

    ``before`` is the entry's earlier sentences: "My husband ate the last yorkie. Now I want
    to kill him." names him one sentence back. ``after`` is the next sentence, when it says
    the one meant was a child.
    """
    if phrase.split()[-1] not in {"him", "her", "them"}:
        return False
    if CHILD_MEANT.match(after):
        return False
    named = list(_PERSON.finditer(before + " " + neutral[: max(0, neutral.find(phrase))]))
    return bool(named and named[-1].group("adult"))


# Sentences that are urgent only after what an earlier sentence of the entry said: (sentence,
# earlier sentences) patterns. "It wasn't an accident." after "cut myself chopping veg";
# "This time I wanted to follow it." after "that knife thought came back"; "Sunday's the day."
# after writing out the baby's routine for someone else.
CONTEXT_RULES: list[tuple[str, re.Pattern[str], re.Pattern[str]]] = [
    (
        "self_harm",
        _c(
            r"\b(?:it|that|this|they|those)\s+(?:wasnt|was not|isnt|is not|werent|were not|"
            r"arent)\s+(?:an?\s+)?accident(?:s|al)?\b(?!\s*(?:i was|just|it was|waiting))"
        ),
        _c(
            r"\b(?:cut|cutting|burnt|burned|burn|burning|scratched|scalded|bruised|hurt)\s+myself\b"
        ),
    ),
    (
        "acting_on_thought",
        _c(
            r"\b(?:wanted|want|wanting|tempted|was going|am going|im going) to (?:follow|act on|"
            r"do) (?:it|them|that)\b(?! (?:later|tomorrow|properly|again|anyway|first))"
        ),
        _c(
            r"^(?=.*\b(?:thought|thoughts|image|images|picture|pictures|urge|urges|voice)\b)"
            r"(?=.*\b(?:knife|knives|blade|pillow|stairs|banister|drown\w*|hurt\w*|harm\w*|"
            r"kill\w*|die|dying|dead|smother\w*|chok\w*|throw\w*|drop\w*|shak\w*|bath|bridge|"
            r"road|train|pills|tablets|rope|edge|window|balcony)\b)"
        ),
    ),
    (
        "farewell",
        _c(
            r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|thats|that is|its|it is|"
            r"tomorrows|tomorrow is|tonights|tonight is) the (?:day|night)$"
        ),
        _c(
            r"\b(?:routine|routines|labelled|labeled|letters?|notes?|passwords|insurance|"
            r"gave away|given away|said goodbye|sorted everything|put everything in order)\b"
        ),
    ),
]
CONTEXT_INDEX = 900  # rule_index of context hits: urgent, like URGENT_RULES (< 1000)


def context_hits(neutral: str, before: str) -> list[Hit]:
    """Urgent hits of a sentence that only the entry's earlier sentences make urgent."""
    if not before:
        return []
    hits = []
    for k, (category, here, earlier) in enumerate(CONTEXT_RULES):
        m = here.search(neutral)
        if m and earlier.search(before):
            hits.append(Hit("urgent", category, m.group(0).strip(), CONTEXT_INDEX + k))
    return hits


def screen_sentence_rules(neutral: str, before: str = "", after: str = "") -> tuple[str, list[Hit]]:
    hits = [
        h
        for h in rule_hits(neutral)
        if not (h.category == "harm_child" and about_an_adult(neutral, h.phrase, before, after))
    ] + context_hits(neutral, before)
    if not hits:
        return "none", []
    out = []
    for h in hits:
        if (
            h.level == "urgent"
            and h.category in ("harm_child", "method")
            and _HORRIFIED.search(neutral)
            and not _INTENT.search(neutral)
        ):
            h = Hit("support", "intrusive", h.phrase, h.rule_index)
        out.append(h)
    hits = out
    # The generic risk-word rule ("die", "dead", "kill") only counts when nothing more
    # specific fired; it exists so that an unexplained crisis word is never silently none.
    level = max((h.level for h in hits), key=RANK.__getitem__)
    return level, hits
