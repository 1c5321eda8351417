"""Concept-level "concern" rule for the safety screen.

The hand-written rules in ``rules.py`` match phrases; this module matches *concepts* so that
a wording nobody wrote a rule for is still caught.  It looks, inside one sentence (or a
sentence read together with the one before it), for the writer themself (I / me / my /
myself, "this mum", "mummy", or second-person self-talk such as "you should just ...")
tied to one of these concepts:

* ``death``      - not being here, being gone, disappearing, not waking, ending it, dying
* ``burden``     - others better off / freer / happier without me, being a burden
* ``means``      - pills counted or stockpiled, blades, bridges, ledges, tracks, rope,
                   "how many would it take", notes, letters, a will, goodbyes, giving
                   things away, picking a date
* ``self_harm``  - cutting / burning / hitting / scratching myself or my arm, wrist, ...
* ``harm_child`` - wanting to (or being able to, or picturing myself) hurt, shake, throw,
                   smother ... the baby, him, her

A concept tied to the writer gives at least ``support``; a few strong combinations (a
self-injury verb on one's own body, stockpiled means, a wish to harm a child without any
sign of horror) give ``urgent``.  Figurative speech has already been replaced by the
placeholder ``figx`` (``rules.neutralize``), and a concept whose subject is someone else
("my dad died", "the character dies", "grandma passed") or that sits in a news / story
context does not count.  The rule never lowers what another reader found.

All patterns work on normalised text (lowercase, apostrophes removed; see
``rules.normalize``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .rules import ADULTS

# --------------------------------------------------------------------------- vocabulary

_SELF = r"(?:i|im|ive|id|ill|me|my|myself|mine|this mum|this mom|this mother|mummy|mommy)"
# words that may stand between the writer and the concept without changing who it is about
_FILL = (
    r"(?:would|could|should|will|might|must|can|just|really|honestly|actually|simply|"
    r"quietly|finally|maybe|probably|perhaps|then|so|too|also|all|still|even|ever|"
    r"sometimes|often|always|want|wanted|wants|wanting|wish|wished|wishing|hope|hoped|"
    r"hoping|pray|praying|need|needed|like|d|to|be|being|been|was|were|am|is|are|"
    r"rather|better|off|if|and|or|not|never|no|dont|didnt|wouldnt|couldnt|cant|wont|"
    r"feel|felt|feels|think|thought|thinking|keep|kept|going|gonna|get|got|go|try|"
    r"tried|trying|ready|decided|plan|planned|planning|tempted|about|of|that|how|"
    r"imagine|imagining|picture|picturing|dream|dreaming|fantasise|fantasize|"
    r"fantasising|fantasizing|easier|easiest|simpler|quicker|sort|kind|of|a|the|"
    r"sleep|asleep|bed|lie|lay|down|up|some|day|one|night|tonight|today|tomorrow|soon|"
    r"now|already|it|itd|its|would|start|started|starting)"
)
_OTHER = (
    r"(?:he|she|they|hes|shes|theyre|hed|shed|theyd|him|her|them|his|their|husband|"
    r"wife|partner|boyfriend|girlfriend|sister|brother|friend|friends|mum|mom|mother|"
    r"dad|father|grandma|grandad|granny|grandpa|nan|nana|uncle|aunt|auntie|cousin|"
    r"colleague|neighbour|neighbor|son|daughter|baby|toddler|kid|kids|child|children|"
    r"dog|cat|hamster|fish|goldfish|pet|plant|plants|character|villain|hero|"
    r"someone|somebody|people|everyone|everybody|nobody|phone|battery|car|laptop)"
)
_CHILD = (
    r"(?:(?:the|my|our|this|that|his|her|their)\s+(?:\w+\s+)?)?(?:baby|babies|newborn|son|"
    r"daughter|kids?|children|child|toddler|boy|girl|twins?|little one|infant|eldest|"
    r"youngest)"
)
_PILLS = (
    r"(?:pills?|tablets?|meds|medication|medicine|antidepressants?|sertraline|citalopram|"
    r"fluoxetine|mirtazapine|paracetamol|ibuprofen|painkillers?|insulin|codeine|co codamol|"
    r"tramadol|diazepam|propranolol|lithium|quetiapine|amitriptyline|aspirin|sleeping pills?|"
    r"sleeping tablets?|packs|packets|boxes)"
)
# a story, the news, history: a concept there is not about the writer
_STORY = re.compile(
    r"\b(?:news|article|headline|film|movie|book|novel|series|episode|documentary|podcast|"
    r"character|characters|villain|story|stories|song|lyrics|soap|play|game|quiz|thriller|"
    r"drama|crime|whodunnit|murder mystery|audiobook|"
    r"history|dinosaurs?|history lesson|homework|assembly|bible|fairy tale|cartoon|"
    r"bedtime story|telly|tv|netflix)\b"
)
# birth, surgery and illness stories use death words literally but are not a crisis
_MEDICAL_STORY = re.compile(
    r"\b(?:labour|labor|birth|contractions|c section|epidural|surgery|operation|"
    r"anaesthetic|anesthetic|delivery|ward|midwife|midwives|sepsis|haemorrhage|"
    r"hemorrhage|allergic|anaphylaxis|choking|choked on)\b"
)
# horror at one's own thought: intrusive thoughts are support, not urgent
_HORROR = re.compile(
    r"\b(?:(?:i|id|i would|i could|i will|ill|i know i would) never|horrified|horrifies|horrible|"
    r"horrific|awful|terrifies|terrified|"
    r"terrifying|scared|scares|afraid|frightened|frightens|disgusted|disgusts|sick|"
    r"hate (?:that|these|the|this|myself for)|intrusive|unwanted|out of nowhere|"
    r"pop(?:s|ped)? into|flash(?:es|ed)?|cant stop|wont stop|dont want to|what if|"
    r"by accident|accidentally|worried|worry|panic|panicked|ocd)\b"
)
_ACCIDENT = re.compile(
    r"\b(?:by accident|accidentally|tripped|slipped|fell|clumsy|chopping|cooking|shaving|"
    r"shaved|ironing|cutting (?:the|up|veg)|getting (?:out|in|the)|opening|on the (?:hob|"
    r"oven|iron|kettle|door|cupboard|table|corner|edge)|at the gym|playing|football|"
    r"netball|workout|gardening|burpees|sparring)\b"
)
_PURPOSE = re.compile(
    r"\b(?:on purpose|deliberately|intentionally|to feel (?:something|it|better|real|"
    r"anything)|to punish|punish myself|so it would hurt|because i deserved|i deserve(?:d)? "
    r"it|to stop (?:feeling|the)|"
    r"felt better|did it (?:again|twice|three times)|as (?:a )?punishment|"
    r"again and again|over and over)\b"
)
# a time limit or a treat right after the concept: "disappear to a spa for a weekend",
# "they'd be fine without me for one night", "sleep forever, or at least until noon"
_BOUNDED = re.compile(
    r"^\W*(?:\w+\s+){0,5}?(?:for (?:a|an|one|the|half|a few|a couple|a whole|\d+|two|three|"
    r"four|five|ten|twenty|ten|an entire|the whole|the rest of the)\s+(?:\w+\s+)?(?:hour|hours|"
    r"minute|minutes|mins|day|days|night|nights|week|weeks|weekend|evening|afternoon|"
    r"morning|while|bit|month|year)|for (?:tonight|today|now|a bit|a while|ten|five)|"
    r"till|until|untill|til|at least|on (?:mon|tues|wednes|thurs|fri|satur|sun)days?|"
    r"to (?:a|the) (?:spa|beach|island|hotel|cabin|desert island|pub|bar|cafe|shops?|"
    r"gym|cinema|loo|toilet|bathroom|bedroom|sofa|bed|garden|car)|while i (?:was|am|had)|"
    r"after (?:this|that|tonight|today|work|the (?:party|wedding|week|weekend|holiday))|"
    r"when (?:she|he|they) (?:wakes?|starts?|asks?|says?|gets?)|"
    r"if i hear|one more time|with (?:a|some) (?:book|cocktail|coffee|wine|tea|magazine)|"
    r"figx|before (?:my|i|ive|a|the) (?:coffee|tea|first|morning|had)|at (?:work|the office|"
    r"the gym|school|baby group|toddler group|the party|home time))\b"
)
_HUMOUR = re.compile(
    r"\b(?:lol|lolol|haha\w*|hehe|lmao|rofl|jk|kidding|joking|joke|jokes|bless (?:him|her|"
    r"them)|thanks kid|olden days|dead against|on this hill|on the hill|zombie|walking dead|"
    r"cheerfully|tbh lol|xx|x x)\b"
)
# a grown-up (the list the rules use) or a thing named anywhere in the text
_ADULT_TARGET = re.compile(
    r"\b(?:" + ADULTS + r"|dog|cat|monitor|phone|printer|laptop|tv|telly|hoover|car)\b"
)
_CHILD_WORD = re.compile(
    r"\b(?:baby|babies|newborn|son|daughter|kids?|children|child|toddler|boy|girl|twins?|"
    r"little one|infant|eldest|youngest|he|she|his|her|him|them|they|cot|nappy|feed|feeds|"
    r"crying|cries|cried|screaming|screams|wakes|woke|tantrum|nursery|bath|pram|buggy)\b"
)
# things that follow "the baby" and make it not the baby: "the baby monitor"
_NOT_THE_CHILD = re.compile(
    r"^\s*(?:monitor|bath|bottle|bottles|clothes|toys?|food|wipes|gym|group|class|seat|"
    r"carrier|sling|book|books|stuff|weight|shower|brain|blues|phase|stage|years|"
    r"cheeks|teeth|hair|photos?|pictures?|sick|milk|formula|rice|gate|chair|shoes?)\b"
)
_BENIGN_MED = re.compile(
    r"\b(?:iron|vitamins?|multivitamins?|folic|contraceptive|the pill|organi[sz]er|drops|"
    r"syringe|dose for|locked|lock|out of reach|wardrobe|top shelf|"
    r"(?:his|her|their|the babys|the kids|the dogs) (?:medicine|meds|tablets|"
    r"pills|medication|inhaler|antibiotics)|"
    r"hayfever|antihistamines?|probiotics?|calpol|teething|worming|for (?:his|her|their|the "
    r"(?:baby|kids|dog|cat)))\b"
)
_SAFE_STORAGE = re.compile(
    r"\b(?:shelf|out of reach|reach|locked|lock|cupboard|away from|safe place|child ?proof|"
    r"baby ?proof|his razor|her razor|husbands|partners|shav\w*)\b"
)
_TRAVEL = re.compile(
    r"\b(?:trip|holiday|away|back (?:on|by|for|at|in|tomorrow|next)|going to (?:my|the|a|"
    r"see)|work|dentist|appointment|in laws|inlaws|helper|conference|visiting|festival|"
    r"hen do|stag do|wedding|hospital for|night out|weekend away|flight|train to|on call|"
    r"shift|overnight|course|exam)\b"
)
_CHORE = re.compile(
    r"\b(?:sign\w*|join\w*|apply\w*|enter\w*|book\w*|regist\w*|learn\w*|reading|practice|"
    r"homework|5k|10k|marathon|run|course|class|diet|gym|potty|sleep training|wean\w*|"
    r"declutter\w*|clear\w* out|tidy\w*|paint\w*|decorat\w*|haircut|fringe|forms?|tax|"
    r"washing|ironing|laundry|hoover\w*|email\w*|call|ring|ask|tell)\b"
)
_IDIOM_HAIR = re.compile(r"\bhair out (?:over|with|at|because|trying|about|when|by)\b")
_NEG_BEFORE = re.compile(
    r"\b(?:not|never|dont|didnt|wouldnt|wont|couldnt|no|isnt|arent|wasnt|nothing)\s+"
    r"(?:\w+\s+){0,2}$"
)

# --------------------------------------------------------------------------- concepts

# places and means one can fall, jump, drown or be hit at
_PLACES = (
    r"(?:the |that |a )?(?:drop|edge|ledge|window ledge|open window|balcony|top floor|"
    r"car park roof|multi storey|roof|rooftop|bridge|footbridge|viaduct|cliffs?|river|"
    r"reservoir|canal|sea|lake|quarry|weir|tracks|railway|level crossing|train|trains|"
    r"motorway|lorries|traffic|scaffolding|toaster|engine running|engine on|loft hatch|"
    r"beam|bannister|banister|cold water|bath water|deep end|rope|noose|harbour wall|sea wall|"
    r"pier|tower|garage with the engine)"
)


@dataclass(frozen=True)
class Concept:
    category: str  # death, burden, means, self_harm, harm_child
    strong: bool  # urgent on its own (otherwise support)
    rx: re.Pattern[str]
    needs_self: bool = True  # the writer must be the subject (within the sentence)


def _k(category: str, pattern: str, strong: bool = False, needs_self: bool = True) -> Concept:
    pattern = pattern.replace("<PILLS>", _PILLS).replace("<CHILD>", _CHILD)
    return Concept(category, strong, re.compile(pattern), needs_self)


_DEATH_CORE = (
    r"(?:not (?:be|being) (?:here|around|alive|in (?:it|this world))|"
    r"no longer (?:be )?(?:here|around|alive)|wasnt (?:here|around|alive)|"
    r"werent (?:here|around|alive)|"
    r"(?:be|being|was|were|am|im|me|is) gone(?! (?:for|to|by|out|until|till|at|in|on|"
    r"before|after|now|again|from|when|while|back|shopping|off|through|quiet|mad|crazy|"
    r"soft|cold|wrong|home|im|i|ill|ive|its|night|nite|\d))|"
    r"gone for good|gone forever|(?:disappear|vanish|fade)(?:ed|ing|s)?(?! (?:into|under|"
    r"upstairs|downstairs|to the|for (?:a|an|the|ten|five|two|\d)|off to|behind|round|"
    r"in the bath|with))|"
    r"(?:stop(?:ped)? existing|cease to exist|not exist|not existing|dont exist|didnt exist)"
    r"(?! (?:on|to|outside|for|as|except|apart|in (?:this|that|the) (?:house|group|family "
    r"chat)))|"
    r"never (?:been )?born|"
    r"(?:not|never|dont|didnt|wont|wouldnt) (?:\w+ )?(?:wake|waking|woke|wake up|get up|"
    r"come back|come home|be coming back)(?! (?:until|till|before|at|when|early|for|to|on "
    r"time|in time|the baby|him|her|them))|"
    r"end (?:it|it all|things|everything|my life|this|my suffering)(?! (?:with|early|"
    r"there|here|at|on|off|by|before|after|for|between|up|now and|on a))|"
    r"ending (?:it|it all|things|everything|my life)(?! (?:with|early|there|at|on|off|"
    r"by|before|after|for|between|up))|"
    r"check(?:ing|ed)? out (?:for good|permanently|early|of (?:this|life|here|it all|"
    r"the world))|"
    r"kill(?:ing|ed)? (?:myself|my ?self)|"
    r"sleep (?:forever|for ever|for good|permanently)|"
    r"(?:after|when|once) (?:im gone|i am gone|i die|im dead|im not here|i go)"
    r"(?! (?:to|back|out|in|into|home|up|down|shopping|stir|crazy|mad|on|off|for|away|and|"
    r"with|through|abroad|back))|"
    r"(?:be|it|all|everything|life|this) (?:\w+ )?(?:be )?over (?:for good|forever|"
    r"permanently|with)|(?:want|need|wish) (?:it|everything|all of it|the pain|it all|life) "
    r"(?:\w+ ){0,2}(?:to )?(?:be )?(?:over|stop|end)(?! (?:soon|for (?:a|an|the|one|tonight|"
    r"today|now|like)|this|the (?:noise|tantrum|day|week|whining|screaming|crying)|already)\b)"
    r"|make it (?:all )?stop|"
    r"done (?:living|being (?:alive|here|a person|me)|with (?:life|living|being here|it all))|"
    r"ready to (?:be done|stop (?:living|existing|being|breathing)|go for good)(?! (?:with|for|"
    r"at))|"
    r"(?:wont|will not|not going to|wont still|dont think ill|dont think i will) "
    r"(?:\w+ )?be (?:here|around|alive)(?! (?:at|on|for (?:the|a|tea|dinner|lunch)|"
    r"this|tomorrow (?:morning|night)|to (?:pick|do|help|see|collect)|when (?:you|they|he|she)"
    r"|until|till|in time|after (?:work|school|lunch)))|"
    r"let (?:it|nature|things) (?:\w+ ){0,2}happen|let (?:nature|it) (?:do|take) "
    r"(?:the rest|its course)|"
    r"(?:want|wanted|need|get) out (?:of (?:everything|it all|this life|life|here for good)|"
    r"permanently|for good)|"
    r"want out\b(?! (?:of (?:the|this|my|a|that|our|his|her)\b|for|tonight|early|now))|"
    r"(?:join|be with) (?:my )?(?:brother|sister|mum|mom|dad|nan|nana|grandma|granny|"
    r"grandad|grandpa|baby|son|daughter|friend) (?:again|in heaven|soon|up there|where)|"
    r"(?:tried|try|trying|attempt(?:ed)?) (?:it )?(?:once )?(?:before|again)\b(?= .*"
    r"(?:thinking|want|going|again|before|plan))|"
    r"if anything (?:happens|were to happen|happened) to me|"
    r"(?:house|family|world|life|lives|home|christmas|their lives|the kids lives) "
    r"without me(?! (?:for|while|this|that|on|at|tonight|today|when))|"
    r"last (?:photos?|pictures?|time (?:they|i|he|she) (?:see|saw|sees|hear)|christmas|"
    r"birthday|day) (?:of|with) me|"
    r"(?:go|gone|going|leave|left|disappear) (?:soon|somewhere (?:no one|nobody|noone))|"
    r"(?:tonight|this weekend|this week|sunday|tomorrow) is (?:the|my) (?:night|day|time)|"
    r"(?:waiting for permission|permission) to (?:stop|go|leave|die)|"
    r"already (?:left|gone|dead)(?! (?:for|to|home|the house|work|school))|"
    r"never (?:see|hold|hug) (?:them|him|her|my \w+) again|"
    r"(?:leave|go|going|left) (?:for good|forever|and never come back|and not come back)|"
    r"something (?:bad )?(?:would |will )?(?:to )?happen(?:s|ed)? to me|"
    r"(?:aim|aimed|aiming|swerve|swerved|swerving|steer|steered|drive|drove|driving|"
    r"veer|veered) (?:off |straight )?(?:for|into|at|towards|off) (?:the|a|that|an) "
    r"(?:tree|wall|lorry|truck|bridge|barrier|river|oncoming|traffic|pillar|motorway|"
    r"bus|van|edge|lamp post|post)|"
    r"(?:step|stepped|stepping|walk|walked|walking|jump|jumped|jumping|throw myself|"
    r"threw myself) (?:out )?in front of|"
    r"(?:drift|drifted|slip|slipped|float|floated) away(?! from)|"
    r"not (?:have to )?(?:do|face|feel) (?:any of )?(?:this|it|anything) (?:anymore|ever again)|"
    r"existing is|existence is|too much to (?:keep )?(?:exist|live|be alive|be here))"
)

CONCEPTS: list[Concept] = [
    # --- death / absence, the writer as subject
    _k("death", r"\b" + _DEATH_CORE + r"\b"),
    _k(
        "death",
        r"\b(?:my (?:own )?(?:death|funeral|grave)|(?:disappointed|sad|gutted|annoyed|"
        r"sorry|cross|angry) (?:that )?(?:nothing|it didnt) happen(?:ed)?)\b",
        needs_self=False,
    ),
    # --- burden: others better off without me
    _k(
        "burden",
        r"\b(?:better|freer|happier|easier|safer|lighter|calmer|fine|okay|ok|best|"
        r"better of)\s+(?:\w+\s+){0,2}(?:off\s+)?(?:without me(?! \w+ing)|with me (?:gone|dead|"
        r"out of|"
        r"away|not around)|if i (?:was|were|wasnt|werent|went|left|disappeared|died|"
        r"stopped|didnt|had never|was never|never)\b)",
        needs_self=False,
    ),
    _k(
        "burden",
        r"\b(?:without me|if i (?:was|were) (?:gone|not here|not around|dead)|if i "
        r"(?:wasnt|werent) (?:here|around|alive))\b(?:\s+\w+){0,6}\s+(?:better|freer|happier|"
        r"easier|safer|fine|okay|ok|a real|a proper|a normal|a better|a good|move on|forget|"
        r"replace|relief|peace)\b",
        needs_self=False,
    ),
    _k(
        "burden",
        r"\b(?:waste of (?:space|air|oxygen|a life|skin)|dead weight|(?:the|a) (?:problem|"
        r"weak link|broken part|poison|curse) in (?:this|the|my|our) (?:family|house|home|"
        r"chain)|remove (?:the|myself|me)(?: \w+)? (?:problem|from (?:the|their|this))|"
        r"take myself out of|(?:need|needs|need me|needed) (?:me )?(?:here|around)? ?(?:for )?"
        r"much longer|(?:dont|doesnt|wont|wouldnt) (?:even )?need me(?: here| around)?"
        r"(?! (?:to|for|at|tonight|today|anymore for|as much|so much|as often|in the))|"
        r"start (?:over|again|afresh) without me|"
        r"(?:move on|grow up|be happier|get over it) (?:\w+ ){0,4}(?:without me|(?:nicer|"
        r"better|happier) (?:story|life|mum|mother|family))|"
        r"(?:ruin|ruining|ruined|wreck|wrecking|poison|poisoning|damaging|damage) "
        r"(?:their|everyones|the kids|my kids|my childrens|my familys|our) "
        r"(?:\w+ )?(?:lives|life|childhood|future|chances)|"
        r"(?:holding|dragging|drag|hold) (?:them|everyone|everybody|the kids|my family) "
        r"(?:back|down)|deserve(?:s)? (?:a )?(?:better|proper|real|different) "
        r"(?:mum|mother|mom|dad|father|parent|family|life)(?! (?:day|group|class))|"
        r"a (?:real|proper|better|normal|happy) family (?:without|if|after)|"
        r"(?:life|lives) (?:would be|will be|d be) (?:\w+ )?(?:better|easier|simpler|happier) "
        r"(?:if i|when i|once i|without)|"
        r"(?:not|isnt|arent|never) safe (?:with|around) me(?! (?:near|around|in|at|when|on|"
        r"behind|with))|"
        r"(?:no use|useless|no good|pointless|worthless) to (?:anyone|anybody|them|my)|"
        r"(?:replace|replaced) me\b(?! (?:at|on|in|with the|as chair|for the))|"
        r"everyone would be (?:fine|better|okay|relieved))\b",
    ),
    # --- means and preparation
    _k(
        "means",
        r"\b(?:count|counted|counting|stockpil\w+|hoard\w*|stash\w*|sav(?:e|ed|ing)|"
        r"collect(?:ed|ing)?|gather(?:ed|ing)?|bought|buying|buy|hid|hidden|hiding|"
        r"lined up|lining up|kept|keeping)\s+(?:up\s+)?(?:\w+\s+){0,4}<PILLS>\b"
        r"(?!\s+(?:for (?:the|his|her|their|a|my)|in case|from the (?:pharmacy|chemist) "
        r"for|chart|doses on))",
        needs_self=False,
    ),
    _k(
        "means",
        r"\b<PILLS>\s+(?:\w+\s+){0,6}(?:different (?:shops|chemists|pharmacies|places)|"
        r"another (?:chemist|pharmacy|shop)|more than (?:two|one|the limit)|enough|"
        r"all (?:of them|at once|together)|the lot|in one go|lined up|counted|saved|"
        r"stockpiled|hidden|on the (?:table|bed|side) in front of me)\b",
        needs_self=False,
    ),
    _k(
        "means",
        r"\b(?:wouldnt|would not|wont|refused to|didnt) (?:let me )?(?:sell|give) me "
        r"(?:any )?more\b|\bmore than (?:one|two) (?:pack|packs|packet|packets|box|boxes)\b",
        needs_self=False,
    ),
    _k(
        "means",
        r"\b(?:how (?:many|much)(?:\s+\w+){0,5}\s+(?:would it take|it would take|does it "
        r"take|it takes|would be enough|is enough|to (?:die|do it))|(?:least|less) "
        r"painful (?:way|method)|painless (?:way|method)|quickest way (?:to|out)|"
        r"(?:best|easiest|surest) way to (?:do it|go|not wake|end|die)|how (?:high|deep|far|"
        r"cold|fast) (?:\w+ ){0,3}(?:would|to|is enough|needs to be)|"
        r"would it hurt (?:much|if)|would anyone find me|where (?:nobody|no one) would find)\b",
        needs_self=False,
    ),
    _k(
        "means",
        r"\b(?:blade|blades|razor|razors|rope|noose|ligature)\b(?! (?:ladder|swing|course|lights|"
        r"toy|bridge))"
        r"(?!.*\b(?:shav\w*|legs smooth|skipping|swing|climbing|tug of war|washing line|"
        r"pencil sharpener|craft)\b)",
    ),
    _k(
        "means",
        r"\b(?:stood|standing|stand|sat|sitting|sit|looked|looking|look|stared|staring|"
        r"leaned|leaning|lean|walked|walking|drove|driving|went|go|going|climbed|"
        r"climbing)\s+(?:\w+\s+){0,3}(?:on|at|over|off|to|near|by|down|onto|along|"
        r"from|up)\s+(?:the\s+)?(?:\w+\s+)?(?:edge|ledge|bridge|tracks|railway|rails|"
        r"platform edge|cliff|cliffs|roof|rooftop|top floor|multi storey|car park roof|"
        r"balcony|motorway bridge|viaduct|weir|quarry)\b(?=.*\b(?:alone|long|time|"
        r"thinking|wondering|how|jump|step|fall|lean|easy|would|could|drop|water|"
        r"below|down|hours|ages|nobody|no one|calm|quiet)\b)"
        r"(?!.*\b(?:we|us|our|kids|the boys|the girls|view|views|photos|picnic|ducks|"
        r"trainspotting|for the train|waiting for)\b)",
    ),
    _k(
        "means",
        r"\b(?:river|sea|lake|canal|reservoir|woods|forest|tracks|railway|bridge|cliff|"
        r"ledge|motorway|snow|water)\s+(?:\w+\s+){0,5}(?:quiet|good|peaceful|easy|right|"
        r"best|perfect|nice) (?:place|way|spot) to (?:go|end|do it|disappear|stay|sleep|"
        r"lie down|finish)\b",
        needs_self=False,
    ),
    _k(
        "means",
        r"\b(?:wrote|written|write|writing|drafted|drafting|left|leave|leaving|recorded|"
        r"recording|typed|typing|finished|started)\s+(?:\w+\s+){0,2}(?:a |the |my )?"
        r"(?:goodbye|goodbyes|farewell|last)?\s*(?:note|notes|letter|letters|message|"
        r"messages|video|videos)\s+(?:to|for)\s+(?:my |the |both |all |each of )?(?:\w+\s+)?"
        r"(?:kids|children|girls|boys|son|sons|daughter|daughters|baby|husband|partner|"
        r"wife|family|mum|mom|dad|everyone|them|him|her|all of them)\b"
        r"(?=.*\b(?:sorry|goodbye|love them|love you|forgive|explain|after|when i|"
        r"in case|remember|last|why|read|find)\b)",
        needs_self=False,
    ),
    _k(
        "means",
        r"\b(?:goodbye|farewell|suicide) (?:note|notes|letter|letters|message|messages|"
        r"video|videos|text|texts)\b|\b(?:said|saying|say) (?:my )?goodbyes\b|"
        r"\bsaid goodbye to (?:everyone|them all|my (?:kids|children|family|husband))\b"
        r"(?! (?:at|before|and (?:went|left|drove|got)))",
        needs_self=False,
    ),
    _k(
        "means",
        r"\b(?:updat\w+|mak(?:e|ing)|made|sort(?:ed|ing)?|wrote|writ\w+|sign(?:ed|ing)?|"
        r"check(?:ed|ing)?|finish(?:ed|ing)?|redo|redid|chang(?:e|ed|ing))\s+(?:\w+\s+){0,2}"
        r"(?:my|the|a) (?:will|life insurance|funeral)\b(?!.*\b(?:guardians?|solicitor|"
        r"responsible|adult|life admin|godparents?|after the baby|mortgage)\b)(?! (?:be|you|he|"
        r"she|it|they|we|i|"
        r"help|go|get|have|do|need|make|probably|still|never|always|want))|"
        r"\b(?:the )?will (?:was|is) (?:updated|sorted|done|signed|written|up to date)\b|"
        r"\b(?:tidy|tidying|tidied|sort|sorting|sorted|put|putting|get|getting|got) "
        r"(?:up |out |in order )?(?:all )?(?:my|the) (?:affairs|paperwork in order|"
        r"passwords (?:for|down|written))\b|\baffairs in order\b|\bin order (?:for|so) "
        r"(?:when|after|if) (?:i|im)\b|\blife insurance (?:pays|would pay|payout|covers|"
        r"cover|policy)\b",
        needs_self=False,
    ),
    _k(
        "means",
        r"\b(?:gave|giving|give|given|handed|handing)\s+(?:away\s+)?(?:\w+\s+){0,3}"
        r"(?:my|all my|all of my)\s+(?:\w+\s+)?(?:ring|rings|jewellery|jewelry|necklace|"
        r"watch|things|stuff|belongings|possessions|savings|bank details|pin|passwords|"
        r"keys|cat|dog|guitar|favourite \w+|(?<=all my )(?:tools|books|records|medals|"
        r"collection|gear|camera|bike|vinyl))\b(?!.*\b(?:charity|outgrown|declutter\w*|"
        r"car boot|ebay|vinted|sold|sell|borrow|lend|birthday|christmas|present|fixed|"
        r"repair\w*|clean\w*|resized|minding|holiday|walk|while i|for the (?:day|week|"
        r"weekend|night))\b)",
        needs_self=False,
    ),
    _k(
        "means",
        r"\b(?:picked|chosen|chose|choose|choosing|set|decided on|decide on|circled|"
        r"marked)\s+(?:a |the |my )?(?:date|day|night|time)\b(?! (?:for (?:the|our|his|"
        r"her|their|a|my \w+ (?:party|appointment|holiday))|to (?:go|meet|visit|start|"
        r"call|book|see)|of (?:the|our)))"
        r"(?!.*\b(?:we|our|party|wedding|christening|holiday|appointment|birthday|"
        r"playdate|booked|meeting|trip|visit|interview|course|start)\b)",
    ),
    # dividing what one leaves: "who takes the dog, who gets my books, who tells work"
    _k(
        "means",
        r"\bwho (?:gets|takes|has|keeps|tells|will (?:get|take|have|keep|tell)|should (?:get|"
        r"take|have|keep))\b(?:\s+\w+){1,4}?\s+(?:and )?who (?:gets|takes|has|keeps|tells|will|"
        r"should)\b",
        needs_self=False,
    ),
    _k(
        "means",
        r"\b(?:memories|photos|videos|letters|a box|boxes) for (?:them|him|her|the kids|"
        r"my kids|the girls|the boys) (?:to (?:have|keep|remember me)|for) (?:\w+ ){0,2}"
        r"(?:after|when|once|for when) (?:i|im)\b|\bso (?:they|the kids|he|she)(?:ll| will)?"
        r" (?:\w+ ){0,2}remember (?:me|that i)\b",
        needs_self=False,
    ),
    _k(
        "means",
        r"\b(?:(?:keep|kept|cant stop|been) (?:\w+ing\s+)?|thinking (?:about|of)\s+|"
        r"(?:picture|picturing|imagine|imagining|staring|stared) (?:at\s+)?)"
        r"(?:\w+\s+){0,4}" + _PLACES + r"\b"
        r"(?!.*\b(?:we|us|our|photos|picnic|ducks|views?|the kids loved|fireworks|trainspotting"
        r"|waiting for|for the train|dad|husband|holiday|trip|swim|swimming|paddle|beach day)\b)",
    ),
    _k(
        "means",
        r"\b(?:am|was|im|sat|sitting|stood|standing|looking|looked|look|leaned|leaning|"
        r"walked|walking|drove|driving|went|climbed)\s+"
        r"(?:\w+\s+){0,5}" + _PLACES + r"\b(?=.*\b(?:every|thinking|how (?:easy|high|deep|"
        r"quick|far|cold|long)|easy|peaceful|for (?:a long time|ages|hours|an hour)|long time|"
        r"walking in|walk in|stepping|stopping on|lean|jump|fall|quiet|alone|wishing|nobody|"
        r"no one|tonight|again|over|the end|would work|go|end|figx|differently|too long|"
        r"way too|minutes|alone)\b)"
        r"(?!.*\b(?:we|us|our|photos|picnic|ducks|views?|the kids loved|fireworks|trainspotting"
        r"|waiting for|for the train|dad|husband|holiday|trip|swim|swimming|paddle|beach day)\b)",
    ),
    _k(
        "means",
        r"\b(?:which|what|how much|how many) (?:of )?(?:the |my )?(?:\w+ )?(?:<PILLS>|"
        r"would work|works|way|method|one)\b(?:\s+\w+){0,5}\s+(?:would work|work fastest|"
        r"fastest|quickest|is needed|needed|would be enough|id choose|i would choose|to take|"
        r"would do it|kill)\b|\b(?:i know|ive thought about|thought about|researched|"
        r"googled|looked up|reading about) (?:exactly )?(?:every way|which one|what would "
        r"work|how (?:much|many|long|to)|the (?:dose|dosage|amount)|(?:how|what) it (?:would|"
        r"takes?))\b(?=.*\b(?:work|choose|die|take|enough|need|fatal|lethal|pills?|tablets?|"
        r"paracetamol|it|in the house)\b)|\b(?:have|got|keep|kept|carry|carrying) "
        r"(?:it|them|what i need|enough|everything i need) (?:in the house|in my bag|"
        r"everywhere|hidden|ready|just in case)\b",
        needs_self=False,
    ),
    _k(
        "means",
        r"\b(?:<PILLS>)\s+(?:\w+\s+){0,3}(?:in my (?:bag|pocket|drawer|car)|everywhere|just in "
        r"case|would work|on top of (?:the )?(?:wine|drink|vodka|gin|alcohol)|with (?:wine|vodka|"
        r"alcohol|drink)|and (?:wine|vodka|gin|"
        r"whisky|alcohol))\b|\b(?:drank|drinking|wine|vodka|gin) (?:\w+ ){0,6}(?:took|take|"
        r"taking) (?:\w+ ){0,2}<PILLS>\b",
        needs_self=False,
    ),
    _k(
        "means",
        r"\b(?:stop|stopped|stopping|quit|not taking|skipping|skip) (?:taking )?(?:my )?(?:\w+ )?"
        r"(?:insulin|blood thinners|heart (?:pills|tablets|meds)|epilepsy meds|inhaler|"
        r"medication|meds|tablets)\b(?=.*\b(?:on purpose|let|so that|nature|see what|"
        r"happens|care|point|deliberately|hope|and then)\b)|\bstopped looking (?:both ways|"
        r"when i cross)\b|\b(?:dont|didnt|stopped) (?:bother|bothering) (?:to )?(?:look|"
        r"looking|wear(?:ing)? (?:a|my) seatbelt)\b|\bwithout (?:a|my) seatbelt\b(?=.*\b"
        r"(?:fast|faster|hope|care|on purpose)\b)",
        needs_self=False,
    ),
    _k(
        "means",
        r"\b(?:decided|deciding|decide|chosen|picked|know) (?:\w+ ){0,3}(?:whether|if|when|"
        r"which|how)? ?(?:tonight|tomorrow|this week|this weekend|sunday|friday|the day|the "
        r"night|the time)? ?(?:is the (?:night|day|time)|im going to do it|i will do it|ill do "
        r"it|to do it|going to do it|when ill do it|how ill do it|which one id)\b|"
        r"\b(?:do it|go through with it) (?:this|next|on|tonight|tomorrow|soon|when|while|"
        r"after|before)\b(?!.*\b(?:homework|shop|washing|laundry|ironing|tax|forms?|"
        r"paperwork|jab|booster|appointment|test|exam|clear|clean|tidy|declutter|sort|toy|"
        r"toys|paint|bake|cook|book|ask|tell (?:him|her|them)|cut|wash|chop|email|call|"
        r"ring|potty|sleep training|dummy|wean)\w*\b)",
        needs_self=False,
    ),
    _k(
        "means",
        r"\b(?:playlist|music|songs?|hymns?|readings?|flowers|outfit|clothes) for (?:my|the) "
        r"funeral\b|\b(?:notes?|letters?)\b(?=.*\b(?:keep starting|sorry|goodbye|just in "
        r"case|after i|after im|when im gone|explain why|forgive me|find them|jewellery box|"
        r"what (?:do )?people write|hid (?:it|them)|hidden)\b)(?=.*\b(?:i|im|ive|my|"
        r"mine)\b)(?!.*\b(?:school|nursery|teacher|sick "
        r"note|doctors note|thank you|thankyou|birthday|christmas|santa|tooth fairy|love "
        r"notes? in (?:their|his|her) lunch|lunchbox|shopping|reminder|notes app|meeting)\b)|"
        r"\bsorted (?:\w+ ){0,3}(?:passwords|accounts|bank|pin numbers?)\b(?=.*\b(?:after|"
        r"when|if|everything he needs|everything she needs|in case)\b)|"
        r"\b(?:look after|raise|bring up|have) (?:the kids|my kids|them|the baby|her|him) if "
        r"(?:anything happens|i (?:die|go|wasnt|am not|was gone|dont))\b|"
        r"\b(?:a different kind of|another|my own) bag for me\b|"
        r"\b(?:given|gave|giving) (?:\w+ ){0,3}to (?:people|someone|friends) (?:wholl|who "
        r"will|to) keep (?:it|them) safe\b|\bdont need (?:it|them|any of it|my things) "
        r"anymore\b(?=.*\b(?:gave|given|giving|sorted|cleared)\b)",
        needs_self=False,
    ),
    # --- self-injury applied to self
    _k(
        "self_harm",
        r"\b(?:cut|cuts|cutting|burn|burns|burnt|burned|burning|hit|hits|hitting|scratch|"
        r"scratched|scratches|scratching|punch|punched|punches|punching|bite|(?<!a )bit|bites|"
        r"biting|bang|banged|banging|slap|slapped|slapping|pinch|pinched|pinching|stab|"
        r"stabbed|stabbing|carve|carved|carving|slice|sliced|slicing|tore|tear|tearing|claw|"
        r"clawed|clawing|harm|harmed|harming|hurt|hurting|pull(?:ed|"
        r"ing)? out|rip(?:ped|ping)? out|pick(?:ed|ing)? at|dig(?:ging)?|dug|press(?:ed|"
        r"ing)?)\s+(?:\w+\s+){0,2}?(?:myself|my ?self|my own (?:skin|body|arms?|legs?|face|hands?)|"
        r"my (?:arm|arms|wrist|wrists|thigh|thighs|leg|legs|skin|stomach|hips?|face|head|"
        r"hands?|fists?|knuckles|body|scalp|hair|nails into|chest|forearms?|ankles?|fingers?|"
        r"shoulders?|scars?))\b",
        strong=True,
    ),
    _k(
        "self_harm",
        r"\b(?:hid|hide|hides|hiding|cover|covers|covered|covering)\s+(?:up\s+)?(?:\w+\s+){0,3}"
        r"(?:the |my |fresh |new )(?:cuts|scars|marks|burns|scratches)\b|"
        r"\b(?:long sleeves|sleeves down|plasters?) (?:\w+\s+){0,4}(?:cuts|marks|scars|burns)\b|"
        r"\b(?:fresh|new|deep|more) (?:cuts|scars|burns|marks) (?:on|across|up) my\b|"
        r"\b(?:the |my )(?:cuts|scars|burns) (?:on|across|up) my (?:arm|arms|wrist|wrists|"
        r"thigh|thighs|legs?|stomach|hips?)\b",
    ),
    _k(
        "self_harm",
        r"\b(?:into|on|onto|across|against|under|over|in) my (?:own )?(?:arm|arms|wrist|wrists|"
        r"thigh|thighs|leg|legs|skin|stomach|hips?|ankles?|forearms?|hand|hands|palm|palms|"
        r"fingers|chest|shoulders?)\b(?=.*\b(?:dug|dig|digging|carved|carve|carving|stub|"
        r"stubbed|pressed|press|held|hold|holding|cigarettes?|lighter|safety pin|pin|needle|"
        r"compass|blade|razor|scissors|knife|hot tap|iron|kettle|blister\w*|bleed|bled|"
        r"bleeding|burn|burnt|burned|lines|marks|scars|scratch\w*|punish|over and over|"
        r"until|til|till)\b)(?!.*\b(?:tattoo|henna|plaster cast|bump|by accident|"
        r"accidentally)\b)",
    ),
    _k(
        "self_harm",
        r"\b(?:make|made|making) myself (?:bleed|bruise|hurt|burn|bleeding)\b|"
        r"\b(?:lines|marks|cuts|scars|burns|bruises) on my (?:\w+ )?(?:arm|arms|wrist|wrists|"
        r"thigh|thighs|legs?|stomach|hips?|ankles?)\b(?=.*\b(?:me|myself|i did|lied|hide|"
        r"hid|not the cat|sleeves|nobody|no one|secret)\b)|"
        r"\b(?:scissors|blade|razor|lighter|knife|compass)\b (?:\w+ ){0,4}(?:into the "
        r"bathroom|and not for|for me|to use on)\b",
        needs_self=False,
    ),
    # --- wanting or being able to harm a child
    _k(
        "harm_child",
        r"\b(?:want|wanted|wanting|urge|urges|tempted|could|couldve|could have|imagine|"
        r"imagined|imagining|picture|pictured|picturing|thought about|thinking about|thoughts? of|"
        r"think about|going to|gonna|might|feel like|felt like|close to|nearly|almost|"
        r"itd be easy to|easy to|ill|i will|i would|id|scared (?:ill|i will|i might)|"
        r"afraid (?:ill|i will|i might)|what i(?:ll| will| might)? do to)\s+(?:\w+\s+){0,2}"
        r"(?:hurt|hurting|shake|shaking|shook|throw|throwing|threw|smother|smothering|"
        r"smothered|hit|hitting|drop|dropping|drown|drowning|suffocate|suffocating|"
        r"strangle|strangling|slap|slapping|shove|push|stab|kill|harm|"
        r"harming|choke|choking|smack|smacking|snap (?:his|her) neck|hold (?:him|her|it) "
        r"under|press (?:the )?pillow|leave (?:him|her|them) (?:in|on|out))\s+"
        r"(?:\w+\s+)?(?:" + _CHILD + r"|him|her|them|it)\b",
        strong=True,
    ),
    _k(
        "harm_child",
        r"\b(?:pillow|blanket|hand) over (?:his|her|the babys|its) (?:face|mouth)\b|"
        r"\b(?:wanted|want|wished|hoped) (?:something|anything) (?:bad )?(?:to )?"
        r"happen(?:ed)?\b(?=.*\b(?:baby|him|her|them|bath|cot|kids?|son|daughter)\b)|"
        r"\b<CHILD>\s+(?:isnt|is not|arent|are not|wont be|wouldnt be|never) safe "
        r"(?:with|around|near) me\b(?! (?:near|around|in|at|when|on|behind|with))",
        strong=True,
    ),
    _k(
        "harm_child",
        r"\b(?:grabbed|gripped|pinched|smacked|slapped|hit|shook|squeezed|shoved|pushed|"
        r"kicked|punched|bit|throttled|held|pressed|covered|left)\s+(?:\w+\s+){0,2}?"
        r"(?:" + _CHILD + r"|him|her|them)\b(?:\s+\w+){0,8}?\s+(?:so hard|too hard|too long|"
        r"on purpose|by the (?:throat|neck)|under (?:the )?water|until (?:he|she|they) "
        r"(?:cried|screamed|gasped|went quiet|stopped)|to (?:suffer|hurt|make (?:him|her|them) "
        r"suffer)|when nobody|when no one|gasping|finger marks|marks|bruises?|most days|"
        r"every day|again and again|over and over)\b",
        strong=True,
    ),
    _k(
        "harm_child",
        r"\b(?:wanting|want|wanted|urge) to do it again\b|\bwhat i (?:almost|nearly) did\b|"
        r"\b(?:taking|take|took|bring|brought) (?:her|him|them|the baby|the kids) with me\b"
        r"(?=.*\b(?:if i go|when i go|both of us|all of us|nobody else|go together)\b)|"
        r"\bfor both of us\b(?=.*\b(?:baby|car seat|garage|engine|her|him)\b)|"
        r"\b(?:doesnt|does not|didnt|dont) (?:even )?(?:scare|frighten|bother|horrify) me\b"
        r"(?=.*\b(?:baby|him|her|them|kids|son|daughter)\b)|"
        r"\bpicture my hands doing it\b",
        strong=True,
        needs_self=False,
    ),
    # --- more ways of saying the same things (general, not tied to one wording)
    _k(
        "death",
        r"\b(?:(?:should|shouldve|should have|deserve to|ought to) (?:just )?(?:be dead|die|"
        r"have died|not be here|not exist|not have survived|not have woken)|"
        r"(?:idea|thought|thoughts) of (?:dying|death|not being here|not waking|being gone|"
        r"it all ending) (?:\w+ ){0,2}(?:calms|comforts|soothes|relaxes|helps|is a comfort|is a "
        r"relief|feels like relief|makes me feel)|"
        r"(?:fade|faded|fading) (?:away|out)|"
        r"(?:quit|quitting|log|logged|logging|rage quit|check|checked|checking|opt|opted|"
        r"opting|bow|bowed|bowing|tap|tapped|tapping) (?:off |out )?(?:of |from )?(?:life|this "
        r"life|being alive|existence|everything for good)|"
        r"(?:logged|log|logging) off for (?:real|good)|"
        r"never press play|(?:press|pressed|hit) pause on (?:life|everything|being alive)|"
        r"(?:like|want|need|going) to (?:simply |just |quietly )?stop(?= *$)|"
        r"(?:then|and then) (?:i|ill|i can|i will|i could) (?:finally )?go(?= *$)|"
        r"reasons? (?:to|for) (?:stay|staying|live|living|keep going|be here|being here|"
        r"not do it)|"
        r"(?:better off|happier|at peace|at rest) (?:in the ground|in a box|six feet under|"
        r"in heaven|in a grave)|(?:in the ground|six feet under)(?= .*\b(?:better|rather|"
        r"want|wish)\b)|"
        r"swap places with (?:anyone|someone|somebody|them)(?= .*\b(?:obituar\w*|dead|died|"
        r"grave|graves|cemetery|ground|funeral)\b)|"
        r"(?:hope|hoping|hopes|wish|wishing|pray|praying) (?:that )?(?:the|my) (?:plane|flight|"
        r"train|car|boat|ferry) (?:doesnt|does not|wont|never|dont) (?:land|arrive|stop|make "
        r"it|come back)|"
        r"didnt move when (?:the|a) (?:car|lorry|bus|train|van|truck)|"
        r"(?:wouldnt|would not|not) (?:be )?(?:mind|upset|sad|care|fight it)\b(?= .*\bif "
        r"(?:i|something|anything) (?:had|got|was|were|died|happened|crashed|fell|hit)\b)|"
        r"\bif (?:i|something|anything) (?:had|got|was hit|were hit|died|happened|crashed)"
        r"(?:\s+\w+){0,10}\s+(?:wouldnt mind|welcome it|not be upset|relief|be glad))\b",
        needs_self=False,
    ),
    _k(
        "death",
        r"\b(?:veux mourir|envie de mourir|me tuer|en finir|plus envie de vivre|quiero "
        r"morir\w*|quiero desaparecer|matarme|no quiero vivir|todas las pastillas|me quiero ir|"
        r"quero morrer|me matar|chc\w* umrze\w*|umrze\w*|zabi\w* si\w*|will sterben|mich "
        r"umbringen|nicht mehr leben|voglio morire|farla finita|uccidermi|jeena nahi|marna "
        r"chaht\w*|mar jana|mar jaun\w*|khudkushi|intihar|moet dood|wil dood|wil niet meer "
        r"leven|vreau sa mor|hochu umeret|ne hochu zhit)\b",
        needs_self=False,
    ),
    _k(
        "burden",
        r"\b(?:one less (?:of me|me|mouth|problem|burden)|taking up (?:space|room|air|oxygen)|"
        r"(?:the|a|an) (?:obvious|simple|easy|only|clean) (?:solution|answer|fix)\b(?= .*\b(?:me|"
        r"i|im|myself)\b)|(?:solution|answer) is (?:obvious|simple|me|easy)|clean slate|"
        r"deserves? (?:a|an) (?:\w+ )?(?:father|mother|mum|mom|dad|parent) who (?:isnt|is not|"
        r"doesnt|can|wont)|(?:manage|cope|get by|survive|be okay|be ok|be fine) (?:just )?"
        r"(?:fine )?without me\b(?! (?:for|while|this|that|on|at|tonight|today|when|\w+ing)))",
        needs_self=False,
    ),
    _k(
        "means",
        r"\b(?:find(?:ing)?|found|look(?:ing)? for) somewhere (?:high|tall|deep|remote|quiet to "
        r"(?:go|die|end|do it)|no one|nobody)|"
        r"\bhow many is too many\b|"
        r"\b(?:calculat\w+|working out|work out|worked out|doing (?:the )?maths|did the maths|"
        r"checking|checked) (?:\w+ ){0,3}(?:how many|how much|the dos(?:e|age)|doses?|my "
        r"prescription|what (?:would|it would) take)\b|"
        r"\bchecked (?:it|that it|if it|whether it) (?:would|will|could) work\b|"
        r"\b(?:nobody|no one|noone) (?:would|will|d) be (?:home|in|around|back)\b(?= .*\b(?:"
        r"working out|which day|when|plan|week)\b)|"
        r"\b(?:one last|a last) (?:walk|time|cuddle|hug|look|day|night|bath|"
        r"story|kiss|goodbye|photo|drive)\b(?!.*\b(?:before (?:the|we|school|nursery|work|"
        r"bed|the holiday|term)|of the (?:day|holiday|summer)|for (?:the|a) (?:week|year|"
        r"summer)|tomorrow|move|moving|leave for)\b)|"
        r"\b(?:as if|like) it (?:was|were|is) the last time\b|"
        r"\bended up in (?:hospital|a ?e|a and e|a&e|resus|intensive care)\b(?= .*\b(?:again|"
        r"like this|like that|last time)\b)|"
        r"\b(?:gave|given|giving|rehomed|rehoming) (?:away )?(?:the|my|our) (?:cat|dog|pet|"
        r"rabbit)\b(?= .*\b(?:after|keep|temporary|one less|for good|forever|when)\b)",
        needs_self=False,
    ),
    _k(
        "self_harm",
        r"\b(?:made|make|making) myself (?:sick|throw up|vomit)\b(?! with (?:worry|nerves|"
        r"stress))|\bpull(?:ed|ing)? (?:my )?(?:own )?hair out in (?:chunks|clumps|handfuls)\b|"
        r"\b(?:tore|tear|tearing|torn|clawed|claw|clawing|raked|rake|raking|gouged) (?:at )?"
        r"my (?:own )?(?:face|skin|arms?|legs?|chest|neck|scalp)\b|"
        r"\b(?:the |that |my )?old habit with the (?:blade|razor|lighter|scissors|compass)\b|"
        r"\b(?:blade|razor|razors)\b(?= .*\b(?:lines|came back|relapse|clean for|habit|again|"
        r"bled|bleed|cuts?)\b)(?!.*\b(?:shav\w*|shelf|reach|husbands?|partners?)\b)",
        needs_self=False,
    ),
    _k(
        "harm_child",
        r"\b(?:letting|let|lets) (?:him|her|the baby|them) (?:fall|drop|slip|go under)\b"
        r"(?= .*\b(?:keep|accidental\w*|again|on purpose|not sure)\b)",
        strong=True,
        needs_self=False,
    ),
]

_WINDOW_CONCEPTS = [c for c in CONCEPTS if c.needs_self and c.category in ("death", "burden")]

# second-person self-talk: "you should just disappear", "you'd be doing them a favour"
_SELF_TALK = re.compile(
    r"\byou(?:d|ll|re)?\s+(?:should|could|might as well|need to|deserve to|ought to|would|"
    r"are|be)\s+(?:just\s+|really\s+|all\s+)?(?:\w+\s+){0,2}"
)
_PILLS_RE = re.compile(r"\b" + _PILLS + r"\b")
_BLADE_RE = re.compile(r"\b(?:razor|razors|blade|blades)\b")
_AWAY_RE = re.compile(r"\b(?:here|around|gone|leave|away)\b")
_SELF_RE = re.compile(r"\b" + _SELF + r"\b")
_SUBJECT_PATH = re.compile(r"^(?:\s*\b" + _FILL + r"\b)*\s*$")
_OTHER_RE = re.compile(r"\b" + _OTHER + r"\b")


# a diary sentence often leaves out "I": "bought two more packs today", "drove to the coast"
_DIARY_VERB = re.compile(
    r"^(?:just |finally |then |also |again |today |tonight )?(?:bought|went|took|gave|made|got|"
    r"kept|drove|sat|stood|wrote|left|put|sorted|found|felt|thought|walked|looked|counted|"
    r"saved|hid|started|finished|tried|googled|searched|checked|packed|cleared|picked|"
    r"said|told|rang|texted|cried|spent|stayed|keep|kept|been|feel|want|need|cant|"
    r"dont|didnt|wish|hate|thinking|planning|looking|keeping|saving|wrote|writing|"
    r"dug|bit|hit|cut|burnt|stuck|held|lay|woke|broke|threw|shook|tore|ran|"
    r"\w+ed)\b"
)


def _subjectless(text: str) -> bool:
    return bool(_DIARY_VERB.match(text)) and not _OTHER_RE.match(text)


@dataclass(frozen=True)
class ConceptHit:
    level: str  # support or urgent
    category: str
    phrase: str
    softened: bool = False  # negated, horrified or about someone else: capped at support


def _about_self(text: str, start: int) -> bool:
    """Is the writer the subject of the concept that starts at ``start``?

    True when a self word comes shortly before it with only auxiliaries, modals, adverbs
    and wanting/thinking verbs in between ("i would just not be here", "i keep thinking
    about not waking up"), or when the concept follows second-person self-talk.
    """
    before = text[:start]
    tail = before.split()[-12:]
    for k in range(len(tail) - 1, -1, -1):
        word = tail[k]
        if word in {"my", "mine", "me"}:
            # "my patience is gone", "he told me": a possessive or object is not the subject
            if word == "me" and tail[k + 1 : k + 2] and tail[k + 1] in {"gone", "dead"}:
                return True
            continue
        if _SELF_RE.fullmatch(word) or (
            word in {"mum", "mom", "mother"} and k > 0 and tail[k - 1] == "this"
        ):
            between = " ".join(tail[k + 1 :])
            if not between or _SUBJECT_PATH.match(between):
                return True
            if not _OTHER_RE.search(between) and len(tail) - k <= 10:
                # "i sat in the car and wrote ..."-style gaps without another person
                return True
            return False
        if _OTHER_RE.fullmatch(word):
            return False
    if _SELF_TALK.search(" ".join(before.split()[-7:]) + " "):
        return True
    words = before.split()
    if len(words) <= 10 and _subjectless(before) and not _OTHER_RE.search(before):
        return True
    return False


@lru_cache(maxsize=1024)
def concept_hits(neutral: str, window: bool = False) -> tuple[ConceptHit, ...]:
    """Concept hits in one neutralised, normalised sentence.

    ``window``: the text is a sentence read with the one before it; only the concepts that
    need the writer as their subject are tried (the others were tried on each sentence).
    """
    text = neutral
    if not text:
        return []
    story = bool(_STORY.search(text))
    humour = bool(_HUMOUR.search(text))
    has_self = bool(_SELF_RE.search(text)) or bool(_SELF_TALK.search(text)) or _subjectless(text)
    hits: list[ConceptHit] = []
    for c in _WINDOW_CONCEPTS if window else CONCEPTS:
        for m in c.rx.finditer(text):
            phrase = m.group(0).strip()
            after = text[m.end() :]
            if c.needs_self and c.category == "self_harm":
                # "i cut my arm", not "the toddler bit my arm"
                if not _about_self(text, m.start()):
                    continue
            elif c.needs_self and c.category == "death":
                # the writer must be the subject: "i would just not be here" but not
                # "the character dies", "my dad is gone", "the toddler scratched my face"
                if not _about_self(text, m.start()) and not _SELF_RE.search(phrase):
                    continue
            elif c.needs_self and not has_self:
                continue
            elif not has_self and c.category in ("burden", "means"):
                continue
            if c.category == "harm_child":
                if _NOT_THE_CHILD.match(after):
                    continue
                last = phrase.split()[-1]
                if last in {"him", "her", "them", "it"} and (
                    _ADULT_TARGET.search(text) or not _CHILD_WORD.search(text)
                ):
                    continue
            if not c.strong and humour:
                continue
            if c.category in ("death", "burden") and _BOUNDED.match(after):
                continue
            if c.category == "means" and _PILLS_RE.search(phrase) and _BENIGN_MED.search(text):
                continue
            if (
                c.category == "means"
                and _BLADE_RE.search(phrase)
                and (_SAFE_STORAGE.search(text) or not _about_self(text, m.start()))
            ):
                continue
            if c.category == "death" and _TRAVEL.search(text) and _AWAY_RE.search(phrase):
                continue
            if c.strong and humour and c.category != "self_harm":
                continue
            if story and c.category in ("death", "burden"):
                continue
            if story and c.category == "harm_child":
                continue
            if c.category == "self_harm" and _ACCIDENT.search(text) and not _PURPOSE.search(text):
                continue
            if c.category == "self_harm" and _IDIOM_HAIR.search(text):
                continue
            if c.category == "means" and re.search(r"\bdo it\b", phrase) and _CHORE.search(text):
                continue
            strong = c.strong
            softened = False
            if c.category == "harm_child" and _HORROR.search(text):
                softened = True
            if _NEG_BEFORE.search(text[: m.start()][-40:]) and c.category in (
                "self_harm",
                "harm_child",
            ):
                softened = True
            level = "urgent" if strong and not softened else "support"
            hits.append(ConceptHit(level, c.category, phrase, softened))
            break
    if not window and not any(h.category == "self_harm" for h in hits):
        sign = self_injury_signs(text)
        if sign:
            hits.append(sign)
    if not window and not any(h.category in ("burden", "death") for h in hits):
        sign = replaced(text) or finality(text)
        if sign:
            hits.append(sign)
    if not any(h.category == "death" for h in hits) and not humour:
        sign = envy_of_the_dead(text)
        if sign:
            hits.append(sign)
    return tuple(hits)


# --- envy of someone who died: "a resident passed overnight. peaceful, done. ive been
# jealous of her all day" (read on a sentence with the one before it, too)
_ENVY = re.compile(
    r"\b(?:i|im|ive been|i was|i am|i felt|i feel|i get|i got)\s+(?:\w+\s+)?(?:jealous|"
    r"envious) of (?:her|him|them)\b(?= *$| all| now| a bit| so| because| for| tbh| honestly| "
    r"really| if)|\b(?:jealous|envious) of (?:the dead|(?:people|those) who (?:have )?died)\b"
)
_THE_DEAD = re.compile(r"\b(?:passed|passed away|died|dead|death|funeral|rip|buried)\b")


def envy_of_the_dead(text: str) -> ConceptHit | None:
    m = _ENVY.search(text)
    if m and _THE_DEAD.search(text):
        return ConceptHit("support", "death", m.group(0), False)
    return None


# --- signs of self-injury described without an injury verb aimed at oneself:
# an injury on the writer's own body plus a sign it was not an accident (hidden, helps,
# again, "not accidents", "until there were welts"); "my hands are covered in small burns
# from the kettle. not accidents", "my arm so hard it broke the skin"
_OWN_BODY = re.compile(
    r"\b(?:my (?:own )?(?:\w+ )?(?:arms?|wrists?|thighs?|legs?|skin|stomach|tummy|belly|hips?|"
    r"ankles?|forearms?|hands?|palms?|fingers?|knuckles|chest|shoulders?|ribs|calf|calves|"
    r"feet|scalp)|on me|on myself|into myself)\b"
)
_INJURY = re.compile(
    r"\b(?:cuts?|scars?|burns?|burnt|burned|welts?|bruises|blister(?:s|ed)?|stitches|"
    r"scratch(?:es|ed)?|marks|scabs?|gash(?:es)?|bled|bleeding|bleed|broke the skin|red raw|"
    r"pins|needles?|lighter|scissors|blades?|razors?|compass)\b"
)
_NOT_ACCIDENT = re.compile(
    r"\b(?:not (?:an )?accidents?|wasnt (?:an )?accident|werent accidents|on purpose|"
    r"deliberately|it helps|helps me|habit|relapse\w*|clean for|fresh ones|new ones|"
    r"hide|hid|hiding|cover(?:ed|ing)? (?:them|it|up)|leggings|long sleeves|sleeves down|"
    r"(?:letting|let) (?:her|him|them) think|(?:wont|doesnt|didnt|wouldnt) (?:ask|notice)|"
    r"told (?:\w+ ){1,3}it was|it wasnt|didnt (?:take|pull|move) (?:them|it) (?:out|away)|"
    r"till there|until there|til there|so hard it|lied|secret|nobody knows|no one knows|"
    r"deserve\w*|punish\w*|feel something|felt better|calm(?:s|ed)? me down|"
    r"only thing that)\b"
)
# someone else did it: a partner's grab is an unsafe home (another rule), not self-injury
_OTHER_DID = re.compile(
    r"\b(?:he|she|they|partner|husband|wife|boyfriend|girlfriend|ex|toddler|baby|son|"
    r"daughter|cat|dog)\s+(?:\w+\s+){0,2}(?:grabbed|grabs|hit|hits|pushed|shoved|kicked|"
    r"punched|squeezed|twisted|shook|bit|bites|scratched|scratches|slapped|pinched|burnt|"
    r"burned)\b"
)


# --- the family going on, or doing better, with someone else in the writer's place:
# "my wife would cope", "the kids would be happier, their dad is the fun one", "he'll find
# a better mother for them" (support: on its own it can also be plain low self-worth)
_FAMILY = (
    r"(?:kids|children|baby|babies|boys|girls|he|she|they|hed|shed|theyd|husband|wife|partner|"
    r"family|everyone|everybody|my son|my daughter|dh|hubby)"
)
_REPLACED = re.compile(
    rf"\b{_FAMILY}\s+(?:(?:would|will|d|ll|could|wouldnt|wont|might|probably|honestly|just|"
    r"even|all|really|soon|quickly|be|actually)\s+){0,3}"
    r"(?:cope|be fine|be okay|be ok|be alright|manage|be happier|have a better (?:life|lives|"
    r"mum|mom|mother|dad|father|parent)|find (?:someone|somebody|a better|a new|another)|"
    r"move on|forget (?:me|about me)|(?:not|barely|hardly|never) (?:even )?(?:notice|miss|"
    r"remember)(?! (?:the|it|that|a|his|her|their|to))|laugh more|be lighter|be freer|"
    r"get over (?:it|me))\b"
)
_WONDERING = re.compile(r"\b(?:wonder\w*|whether|hope|hoping|worr\w*|ask\w*|if)\s+(?:\w+\s+){0,3}$")


# --- quiet goodbyes and being done with existing: "goodbye, little diary", "sorry kids.
# mummy tried", "tired of existing", "a countdown to the end" (support; the model may raise it)
_FINALITY = re.compile(
    r"\b(?:goodbye (?:little |my |dear )?(?:diary|journal|world|everyone|all)|"
    r"(?:mummy|mommy|daddy|mama|mum|mom|dad) (?:really )?tried(?: (?:her|his) best)?$|"
    r"its decided(?: then)?(?: sorry)?$|(?:bowing|bow) out(?! of (?:the|this|that|a))|"
    r"outstayed my welcome (?:on|in) (?:this )?(?:earth|world|life|planet)|"
    r"existing is (?:too much|so hard|exhausting|unbearable)|"
    r"tired of (?:existing|being alive|living)|(?:countdown|count down) to the end|"
    r"the last things? on (?:my|the) list|tying up (?:the )?(?:last|loose) (?:things|ends)|"
    r"(?:a |my )?(?:nice |good |proper )?send off for me|"
    r"(?:this|it) (?:is|will be) (?:my|the) last (?:entry|page|time i write))\b"
)


def finality(text: str) -> ConceptHit | None:
    m = _FINALITY.search(text)
    if not m or _HUMOUR.search(text) or _STORY.search(text):
        return None
    return ConceptHit("support", "death", m.group(0))


def replaced(text: str) -> ConceptHit | None:
    """The family pictured carrying on without the writer, not bounded by a time or a joke."""
    m = _REPLACED.search(text)
    if not m or _WONDERING.search(text[: m.start()]):
        return None
    if _BOUNDED.match(text[m.end() :]) or _HUMOUR.search(text) or _STORY.search(text):
        return None
    if _TRAVEL.search(text):
        return None
    return ConceptHit("support", "burden", m.group(0))


def self_injury_signs(text: str) -> ConceptHit | None:
    """An injury on the writer's own body with a sign it was done on purpose (support)."""
    body = _OWN_BODY.search(text)
    injury = _INJURY.search(text)
    sign = _NOT_ACCIDENT.search(text)
    if not (body and injury and sign) or _OTHER_DID.search(text) or _HUMOUR.search(text):
        return None
    if _ACCIDENT.search(text) and not _PURPOSE.search(text):
        return None
    if _MEDICAL_STORY.search(text) or _STORY.search(text):
        return None
    return ConceptHit("support", "self_harm", f"{injury.group(0)} \u2026 {sign.group(0)}")


def purposeful_self_injury(normalised: str) -> list[ConceptHit]:
    """Self-injury done on purpose, read *before* figurative neutralising.

    "I burnt my hand on the hob on purpose" looks like an accident to the figurative filter;
    an explicit purpose ("on purpose", "to feel something", "until it bled") overrides it.
    """
    if not _PURPOSE.search(normalised):
        return []
    out = []
    for c in CONCEPTS:
        if c.category != "self_harm":
            continue
        m = c.rx.search(normalised)
        if m:
            out.append(ConceptHit("urgent", "self_harm", m.group(0).strip()))
            break
    return out
