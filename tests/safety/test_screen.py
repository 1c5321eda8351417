"""The safety screen: urgent / support / none, with reasons.

The texts here are written for these tests; they are not lines from the training corpus.
"""

from __future__ import annotations

import pytest

from setdown.safety.screen import LEVELS, ScreenResult, screen

URGENT_DIRECT = [
    "I want to kill myself tonight",
    "honestly i just want to die",
    "I'm thinking about suicide again",
    "I've been cutting my arms again",
    "i want to end my life",
    "I'm planning to take all of my sleeping tablets",
    "I wish I was dead",
    "I'm going to hang myself in the garage",
    "I keep thinking about overdosing on my meds",
]

URGENT_INDIRECT = [
    "they would be better off without me",
    "I looked up how many of my antidepressants it would take",
    "I don't see a way out except dying",
    "I want to go to sleep and not wake up",
    "what if I just drove into the river",
    "my little boy would have an easier life if I wasn't here",
    "nobody would even notice if I was gone for good",
    "I've been saving my pills in a jar in the wardrobe",
    "sometimes I think about stepping in front of the bus at the school crossing",
    "I keep picturing myself jumping off the car park roof",
    "there's no point in me being alive",
    "I'd rather be dead than face another morning",
    "I hope I don't wake up tomorrow",
    "everyone would be happier if I just disappeared forever",
    "I've written goodbye letters to both girls",
    "I keep thinking about overdosing on my pills",
    "everyone would be fine without me forever",
    "I'm killing myself tonight, I've decided",
]

URGENT_HARM_CHILD = [
    "I'm scared I'm going to smother my daughter",
    "I want to shake the baby until she stops",
    "I had to walk away because I wanted to hurt him",
    "I'm afraid of what I'll do to the kids if they wake again",
    # a grown-up named earlier, the child named last: still about the child
    "dad here. the baby screamed for three hours and I wanted to shake him",
    "my husband was on nights and the baby would not settle and I wanted to hit him",
]

URGENT_MESSY = [
    "i wnat to die",
    "im gonna kms",
    "suicidle again tonite",
    "ppl would be better off w/o me",
    "DONT WANT TO BE ALIVE ANYMORE",
]

SUPPORT = [
    "I've been crying every day for a month",
    "I feel nothing when I hold my daughter",
    "I can't sleep even when the baby is asleep",
    "there's a constant feeling of dread in my chest",
    "I had two panic attacks at the shops this week",
    "I keep getting horrible images of the baby falling down the stairs, I'd never hurt her",
    "everything feels hopeless and I can't see it changing",
    "my partner hit me when I asked for money",
    "I'm frightened of my husband when he's been drinking",
    "he checks my phone and won't let me see my sister",
    "I think I might have postnatal depression",
    "I feel numb and empty most days since the birth",
]

FIGURATIVE = [
    "this toddler is killing me",
    "I could kill for a nap",
    "dying for a coffee",
    "my kids will be the death of me",
    "dead tired",
    "I wanted the floor to swallow me",
    "cut the crusts off again",
    "hurt my back lifting the pram",
    "had to end the call when she woke",
    "honestly I'd be better off with a nap",
    "the teething is killing us all",
    "I'd kill for a lie in on Sunday",
    "I'm dying to see her in the nativity",
    "I'm dead on my feet after swimming",
    "she hurt her knee at the park",
    "I cut the grapes in half for lunch",
    "we're better off with a smaller car",
    "I nearly died of embarrassment at the shop",
    "my phone died halfway through the call",
    "scared to death of the school nurse, and I'm the mum",
    "bored to death of nursery rhymes",
    "I took two paracetamol for my headache",
    "booking a 6am flight with a toddler is holiday suicide",
    "my aunty says I'm killing myself with work and should rest",
    "I'm overdosing on caffeine to get through this week",
    "the boys will be fine without me this weekend, their dad has football planned",
    "I'm a bit annoyed with myself for losing my cool at the pool",
    # ordinary words that crisis phrases are made of
    "Teenager slammed the door so hard the picture frame jumped.",
    "Drove over the bridge to my mum's and the kids counted the boats on the river.",
    "The dog's worming pills are hidden in cheese now, he is smarter than the toddler.",
    "The kids are finally gone to grandma's for the night and I don't know what to do with myself.",
    "Sleep deprived me cannot be trusted with labels at 3am.",
    "One of the dads asked if we were brothers and I wanted to die laughing.",
    "My stepson asked me to teach him to shave and I cut myself demonstrating.",
    "'End it now,' I said to the war over the last fish finger.",
    "Both kids asleep, so I'm going to disappear into this box set until midnight.",
    "I'd jump off a bridge for these kids, but please stop licking the car windows.",
    "I had the baby blues for a few days and then it lifted, thank goodness",
    "my feet are numb from the cold at the football",
    "I am planning how to get both kids to swimming on time",
    "nearly killed myself on a duplo brick at 3am",
    "Nana says I'll catch my death taking the baby out without a hat.",
    "the baby did a poo so big I want to die",
    "My son asked if I'd jump off a cliff if all my friends did.",
]

EVERYDAY = [
    "jealous of my sister's new kitchen",
    "I'm a robot on the school run but it's fine",
    "it's the right night for a takeaway and a film",
    "I'd chop off my own arm for a full night's sleep",
    "always paranoid about overdosing the baby on Calpol so I write every dose down",
    "gave my old tools to my nephew, he's starting an apprenticeship, chuffed for him",
    "Grandad's funeral today. The kids were so good and I held my sister's hand.",
    "who gets the last biscuit, we argue nightly",
    "I yelled at my son about his shoes and felt awful",
    "I forgot the PE kit again",
    "I let them have ice cream for dinner",
    "I worked late and missed bath time",
    "I compared myself to the other mums at the gate",
    "my daughter cried at drop off and I felt guilty all morning",
    "we had a lovely walk and then I snapped at bedtime",
]


# quiet wordings: a plan, a means, a deadline, relief at surviving
URGENT_QUIET = [
    "its 3am and all i can think about is dying. not sleeping, dying.",
    "grabbed my 4 year old by the throat this evening and let go when he went red",
    "I've decided. It's the only way.",
    "I have decided. It is the only way.",
    "i want to drive over the bridge railing",
    "planning how. that's new.",
    "The new garage has a high beam and I noticed it straight away, for the wrong reason.",
    "looked up paracetamol and how long the liver takes to give out",
    "the car slid on the ice and for a second i thought, finally. then the tyres caught and "
    "i was disappointed.",
    "I said I want to die and I meant it",
    "Gave myself till Christmas. If nothing is different by then I'll stop pretending and go.",
    "i promised myself i'd stay till he was grown. after that i dont owe anyone anything",
    "Husband's away till Thursday. Checked the safe combo works. Just need the house empty.",
    "Had another look at the bridge on my walk and found the bit where there's no railing.",
    "If anyone finds this journal, please tell my children I loved them.",
    "said see you monday to everyone at work. i won't. the rope is up in the loft.",
    "he's at his mum's till sunday so it's the right night. i'm not doing another day of this.",
    "a kitchen with no me in it. the kids laughing. that's what i want.",
    "she's too young to remember me if I go now. easier for her that way",
    "stood on the footbridge after work for ages, meaning to jump. a jogger came by, i went home.",
    "looked up what happens to the kids' custody if the mum dies. asking for no one.",
    "vicar says there's a plan for all of us. I've got one too, it's up in the loft.",
    "took the baby's first christmas photo. I know it's the last christmas photo I'll be in.",
    "if the lorry skidded into us on the motorway tonight i wouldn't brake",
    "picked a day in march. it feels calmer having a date.",
    "they locked away the rifle after what I said, but I know where my uncle keeps his",
    "having a day picked out has made me calm for the first time in months",
    # round 10's lessons, in this project's own words
    "the cough is getting worse and part of me hopes it just takes me",
    "some nights I pray for a stroke. fast. over.",
    "I don't mean sleeping in. I mean just not wake up at all",
    "the kids would be better off never having had me",
    "went over the note and the timing again in the shower",
    "reading about the crash on the news and i felt jealous of the people who died",
    "drove past the quarry and thought about just not turning the wheel",
    "I fantasise about leaving her in the bath and walking away",
    "the image of pushing him down the stairs came again and it didn't make me feel sick",
    "I keep hoping I won't wake up. Not in a dramatic way. I mean it.",
    "not being dramatic. i have a plan and i have what i need",
    # who "him" is, said in the next sentence or the same one
    "I want to hurt him. The toddler I mean. Never said it out loud.",
    "she's at work. i want to smother him, the baby i mean",
    # what an earlier sentence of the entry makes of this one
    "Burnt myself on the iron 'by accident' again. It wasn't an accident.",
    "The thought about the pillow came back at the 2am feed. This time I wanted to do it.",
    "Wrote out the baby's routine and labelled his bottles for my sister. Friday's the day.",
    "made a list of who gets what when I'm gone",
    "cut myself on the thighs again where nobody looks",
    "- nursery pickup\n- scheduled a goodbye email to everyone for Sunday, the day im going",
    "Will and letters for the kids in the desk drawer, all dated the 14th, and that's the day.",
    "If the scan had shown something bad I would have been relieved.",
    "bit of me hoping this chest infection gets worse and finishes me off",
]

# joke words the writer takes back: the crisis words stand
URGENT_NO_JOKE = [
    "I'm not joking, I want to die.",
    "not kidding. i've picked the day",
    "no joke, i looked up how many of my tablets it would take",
    "if I have to wake up to one more day like this I'll kill myself",
    "I want to end it. The pain I mean.",
    "Want to end it all. My life, I mean.",
]

# short, flat or indirect signs: at least support
NEVER_NONE = [
    "threw the bottle at him when he wouldn't stop crying",
    "he held me down on the bed last night till i said sorry",
    "we argued about the bins and he put his hand round my throat",
    "his temper's getting worse. the kids go silent when his car pulls in",
    "the baby blues were meant to stop after two weeks. it's been four months.",
    "numb. everyone's so happy about the baby except me.",
    "I pretend for the health visitor. Smile, nod, yes fine. I'm not fine.",
    "i'm a rubbish father and it won't change.",
    "stopped driving with the baby. too scared we'll crash.",
    "asked the pharmacist about paracetamol. she didn't suspect a thing. good.",
    "the kids know to go quiet when he's home.",
    # round 8's lessons, in this project's own words
    "googling every cough and every temperature till 4am, sure it's sepsis this time",
    "each time the nursery number comes up I'm convinced something has happened to him",
    "woke up in a panic again, dreamt I left the baby on the bus",
    "he smashed my phone against the wall because I was late home",
    "she won't let me see my mum and decides what I can spend",
    "he locks the door when he goes to work and takes the key",
    "keeping cash in the freezer bag in case I need to run with the kids",
    "an image of the bread knife going into his neck. I put every knife away and cried",
    "sat staring at the wall for two hours while he napped",
    "my body is at baby group but I am not",
    "everyone says I'll love it soon. still waiting to feel anything for him",
    "haven't washed my hair in a week and honestly don't care",
    "tired in a way no sleep touches",
    "keeping it together till he's home from the rig and the kids have him, then I'm done",
    "he says if I ever leave he'll kill me and take the kids",
    "couldn't get out of bed all day, my sister took the baby",
    "nothing feels fun any more, not even bath time",
    "did the glass test again and again on a spot that was just jam",
    "why even bother trying, nothing sticks",
    "nothing ever goes right for us. stopped hoping.",
    "Hid another £20 in the tampon box today. One day there'll be enough to leave him.",
    "divorce final today. whatever i do is wrong. i'll never get back on my feet.",
    "Googled meningitis rash at 3am for the fourth night running. Did the glass test 6 times.",
    # whoever the partner is: hitting, tracking, money, threats, barricades
    "she slapped me again. my wife. who would even believe that",
    "he checks my location on the app every hour and wants to know who I was talking to",
    "all my wages go straight into his account and I get an allowance",
    "slept in the baby's room with a chair wedged under the door handle",
    "my ex was hammering on the front door at midnight",
    "he said he'd burn the flat down with us in it",
    # worry, flatness and images that do not stop
    "replaying it over and over, what if the car seat wasn't clipped",
    "too scared to be alone with the baby",
    "can't remember the last time I laughed",
    "I saw myself dropping her over the banister, just for a second, and I was sick",
    # putting things in order, envy of the dead
    "wrote down who gets the car, who has the cat, who tells my boss",
    "gave away all my records and my bike this week. won't need them.",
    "Mrs P on the ward passed in her sleep. Quiet. I've been jealous of her all day.",
    "the midwife nearly saw the scratches. I'll start doing it on my thighs instead",
    "found out which trains run through. the 6.10 express doesn't stop at our station.",
    "he's got my passport 'for safe keeping'. can't visit my mum unless he says so",
    "reads every message I send. if he finds this I'm dead",
    "lock, oven, windows, gate. six times each before we leave",
    "every cough she gets I google pneumonia until 3am",
    "lied on the questionnaire at the 6 week check. I'm not fine",
    "feeding him like a robot at night, watching myself do it from the ceiling",
    "third week of being sick with nerves every morning before drop-off",
    "I still lie awake going over everything he ate in case I missed a nut",
    "walked to the school gate, turned back at the corner, heart hammering, couldn't face it",
    "it feels like a weight that will never lift",
    "given up on ever feeling happy again, I just get through it",
    "the mug he threw missed my head by an inch",
    "he stands over me and blocks the door when he's angry",
    "he's told me twice now that he knows where I work",
    "I'm frightened at every handover with her dad",
    "I keep convincing myself the baby has something terrible",
    "pulled over four times on the motorway to check she was breathing",
    "the cot still doesn't feel safe enough to put him in",
    "horror film thoughts about the baby again today, I hate them",
    "Told the health visitor I'd lost hope. In everything.",
]

# someone else's words, a question asked, a joke explained, an errand, an everyday deadline
NOT_URGENT = [
    # arguing every night sits on the line: the session 9 model gives it the gentle card
    # (p(none) 0.75), which the project accepts; the alarm never
    "who gets the last biscuit and who takes the bins out, we argue nightly",
    "Cut myself carving the roast and burnt my wrist on the tray. Sunday dinner as usual.",
    "Off to hide in the shed for an hour with a seed catalogue and nobody can stop me.",
    "Biscuits are allowed after tea, I've decided.",
    "Lost hope of a lie-in by 5am.",
    "I hope this teething phase doesn't finish me off",
    "honestly the kids would be better off if i stopped helping with maths",
    "ending it tonight. the dummy, i mean. three nights of screaming ahead.",
    "I am one more game of Uno away from ending it all. the game I mean.",
    "the boys' new trampoline trick is jumping off the shed roof. banned.",
    "When they missed the penalty he said 'I want to die' and then ate three slices of pizza.",
    "Health visitor asked if I ever have thoughts of harming myself or the baby. Said no.",
    "One more reminder email from school and I'm lying down in the road. Metaphorically.",
    "if I have to sit through one more school play I may simply cease to exist",
    "Hit a wall with the DIY bathroom. Ready to end it and ring a proper tiler.",
    "Drove over the Severn bridge with both kids singing the entire way.",
    "Spent ten minutes reading about paracetamol overdose in kids after he got into the "
    "cupboard. Rang 111.",
    "If the baby is not asleep by then I'll go to bed anyway",
    "By then I'll leave for work and dad can do the school run",
    "I'll stay till the kids are in bed and then go to the gym",
    "I just need the house empty for the carpet fitters on Monday",
    "The bridge over the river has no railings on the old side so we held hands tightly",
    "Attempted homemade playdough with the twins. The kitchen is now a crime scene.",
    "we attempted the big shop with all three kids",
    "She has a constant urge to jump in puddles and I have a constant urge to buy new socks",
    "Bit worried I'm throwing the baby out with the bathwater by dropping the nap altogether.",
    "going to end it all... the afternoon telly i mean. cold turkey from monday",
    "If the printer jams one more time I'm throwing myself out of the office window.",
    "if one more parent replies-all to the class group chat i'm walking into the sea",
    "Getting rid of the dummy tonight. Ready to end it. Joke, mostly, about my sanity.",
    "Nearly killed myself laughing at her impression of grandad.",
    "The cat's pills hidden in ham, the toddler's antibiotics hidden in yoghurt. Magic.",
    "'I want to die' screamed my daughter when the wifi went off.",
    "Our beach walk turned into a sea paddle when the tide came in.",
    "Peppa on a loop since 5am. Tell my family I loved them.",
    "My daughter asked me what suicide means after a news story. I answered gently.",
    "Whole soft play sang happy birthday at me. Walking into the sea now. Jokes.",
    "the rope is in the garage with the tent and the camping chairs",
    "end it. end the teething. end the four month sleep regression.",
    "considering a dramatic leap off the shed roof. it's five foot high.",
    "the express doesn't stop at our station so we change at Crewe, what a faff",
    # the "him" is a grown-up named just before
    "my husband ate the last yorkie and now I want to kill him",
    "if the neighbour's builder blocks the drive again I'm going to push him in the skip",
    "I'll haunt them when I'm gone, the parking wardens",
    "if i hear baby shark one more time i swear i will walk into the sea lol",
    "Better off dead than go to another soft play, I told my sister.",
    "the toddler threw my phone in the paddling pool",
    "made a plan for the shed clear-out, it's in the shed on the whiteboard",
    "the tyre's just flat again, third time this month",
    "trimmed her fringe with the kitchen scissors, wonky but cute",
    "googling recipes for a fussy four year old",
    "i wouldn't steer the double buggy with one hand again, nearly took out a bin",
    "it feels better having a date for the christening at last",
    "ex-army and I have never been as tired as this",
    "stepdad life: he called me 'mate' today instead of 'you'",
    "took my life in my hands and let him cut his own fringe",
    "seriously thinking of faking my own death to get out of the PTA bake sale",
    "nobody would notice if I disappeared to the allotment for a bit",
    "staying up till the final's over then I'm done",
    "my whole department is better off without me, they reorganised everything",
    "the parents' chat is just people typing kill me under photos of cake",
    "counted the sweets in the party bags five times to make sure it's fair",
    "if this buggy doesn't fold I will lose it completely",
    # the grown-up named a sentence or two before
    "My husband ate the last yorkie. Now I want to kill him.",
    "Her boyfriend turned up two hours late again. I could strangle him.",
    # the same sentences after an ordinary one
    "He pushed his sister off the slide. It wasn't an accident.",
    "Had a thought about the paint for the hall. Tempted to do it in green.",
    "Labelled all the freezer bags. Sunday's the day we go camping.",
    "Saturday's the day. Party at the soft play, wish us luck.",
]


@pytest.mark.parametrize(
    "text",
    URGENT_DIRECT
    + URGENT_INDIRECT
    + URGENT_HARM_CHILD
    + URGENT_MESSY
    + URGENT_QUIET
    + URGENT_NO_JOKE,
)
def test_urgent(text):
    result = screen(text)
    assert result.level == "urgent", result.why


@pytest.mark.parametrize("text", SUPPORT)
def test_support(text):
    result = screen(text)
    assert result.level == "support", result.why


@pytest.mark.parametrize("text", FIGURATIVE + EVERYDAY)
def test_figurative_and_everyday_pass(text):
    result = screen(text)
    assert result.level == "none", result.why


def test_urgent_never_none():
    texts = URGENT_DIRECT + URGENT_INDIRECT + URGENT_HARM_CHILD + URGENT_MESSY
    assert [t for t in texts if screen(t).level == "none"] == []


def test_urgent_last_sentence_of_long_entry():
    entry = (
        "We had a slow start, porridge and cartoons. Nursery drop off was easy for once and "
        "I got to work on time. The afternoon was meetings and emails. I picked them up at "
        "five, we had pasta, bath and two stories. Everyone is asleep now. "
        "I keep thinking the kids would be better off without me."
    )
    result = screen(entry)
    assert result.level == "urgent"
    assert "better off without me" in result.sentence
    assert result.matches


def test_ordinary_long_entry_is_none():
    entry = (
        "Up at six with the baby. Toddler wanted jam on everything. We went to the library "
        "and then the park. I forgot the snacks so we bought a banana. Nap, tea, bath, bed. "
        "Tired but it was a good day."
    )
    assert screen(entry).level == "none"


def test_result_shape():
    result = screen("I want to go to sleep and not wake up")
    assert isinstance(result, ScreenResult)
    assert result.level in LEVELS
    assert isinstance(result.matches, tuple) and all(isinstance(m, str) for m in result.matches)
    assert result.sentence == "I want to go to sleep and not wake up"
    with pytest.raises(AttributeError):
        result.level = "none"  # frozen


def test_why_names_the_trigger():
    result = screen("honestly they would be better off without me")
    assert result.why.startswith("urgent:")
    assert "better off without me" in result.why
    assert any("better off without me" in m for m in result.matches)


def test_why_for_support_names_the_words():
    result = screen("I've been crying every day for a month")
    assert result.why.startswith("support:")
    assert any("crying" in m for m in result.matches)


def test_why_for_figurative_none():
    result = screen("I could kill for a nap")
    assert result.level == "none"
    assert result.why.startswith("none:")


def test_deterministic():
    texts = URGENT_INDIRECT[:5] + SUPPORT[:5] + FIGURATIVE[:5]
    first = [screen(t) for t in texts]
    second = [screen(t) for t in texts]
    assert first == second


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "....", "🙂"])
def test_empty_and_odd_input(text):
    assert screen(text).level == "none"


@pytest.mark.parametrize(
    "text",
    [
        "Potty training day 2. I'm going to throw myself off a bridge. (Joking, the carpet isn't.)",
        "i want to die lol",
        "lmao I'm going to kill myself",
    ],
)
def test_a_bare_joke_lowers_the_alarm_to_support_never_to_none(text):
    """Crisis words joked about with nothing else said keep asking, however sure the model."""
    from setdown.safety.screen import screen_with

    result = screen_with(text, _with_thresholds(soft=0.0))
    assert result.level == "support", result.why
    assert "joking" in result.why


@pytest.mark.parametrize(
    "text",
    [
        "if i hear baby shark one more time i swear i will walk into the sea lol",
        "Better off dead than go to another soft play, I told my sister.",
    ],
)
def test_a_joke_about_something_lowers_the_alarm_to_support_when_the_model_is_unsure(text):
    from setdown.safety.screen import screen_with

    result = screen_with(text, _with_thresholds(soft=1.01))
    assert result.level == "support", result.why
    assert "joking" in result.why


@pytest.mark.parametrize("text", NEVER_NONE)
def test_quiet_signs_are_never_none(text):
    assert screen(text).level != "none", screen(text).why


@pytest.mark.parametrize("text", NOT_URGENT)
def test_words_not_meant_as_a_crisis_are_not_urgent(text):
    assert screen(text).level != "urgent", screen(text).why


def test_better_off_dead_than_living_stays_urgent():
    assert screen("honestly better off dead than living like this").level == "urgent"
    assert screen("I'd rather be dead than face another morning").level == "urgent"


def test_negated_is_not_urgent_but_not_ignored():
    # "not suicidal" is softened, never dropped silently to none by the rules
    result = screen("I'm not suicidal, just so tired of everything")
    assert result.level in ("support", "none")
    assert screen("I would never hurt my baby but the thoughts scare me").level == "support"


def test_an_unsafe_home_is_named_as_the_topic():
    assert screen("my partner hits me when he drinks and I'm scared of him").topics == ("home",)
    assert screen("I feel numb all the time since the baby came").topics == ()


@pytest.mark.parametrize(
    "text",
    [
        "my boyfriend spat at me in the kitchen while the baby watched from her chair",
        "he keeps my bank card and my passport in his car so I can't go anywhere",
        "dh reads my messages every night and gets angry if I've texted my sister",
        "he smashed two mugs against the wall because the dinner was cold",
    ],
)
def test_what_a_partner_does_to_the_parent_is_an_unsafe_home(text):
    result = screen(text)
    assert result.level != "none", result.why
    assert result.topics == ("home",), result.why


@pytest.mark.parametrize(
    "text",
    [
        "she spat the peas straight back out at the table, fair enough honestly",
        "he threw his beaker on the floor again, toddlers are relentless",
        "my husband reads the kids the same dinosaur book every single night",
        "she beat me at snap four times and gloated",
    ],
)
def test_what_a_child_throws_or_spits_is_not_an_unsafe_home(text):
    assert screen(text).topics == ()


def _with_thresholds(**changes):
    from setdown.safety.screen.model import Model, get_model

    shipped = get_model()
    return Model(shipped.weights, shipped.bias, dict(shipped.thresholds, **changes))


@pytest.mark.parametrize(
    "text",
    [
        "I can't go on like this, said my husband about the Lego on the stairs.",
        "losing my mind over this spreadsheet",
        "I am falling apart, the car is falling apart, the house is falling apart.",
        "doing the big shop on a budget, going under, but with crisps",
        "'I'm broken,' said the robot my son built out of a cereal box",
    ],
)
def test_an_everyday_idiom_of_overwhelm_needs_the_model_to_agree(text):
    from setdown.safety.screen import screen_with

    sceptical = screen_with(text, _with_thresholds(weak=0.99))
    assert sceptical.level == "none", sceptical.why
    trusting = screen_with(text, _with_thresholds(weak=0.0, support=0.99, urgent_to_support=0.98))
    assert trusting.level == "support", trusting.why


def test_a_real_support_sign_never_needs_the_model():
    from setdown.safety.screen import screen_with

    result = screen_with("i feel hopeless and worthless", _with_thresholds(weak=0.99, support=0.99))
    assert result.level == "support", result.why


def test_a_doubted_alarm_becomes_support_never_none():
    from setdown.safety.screen import screen_with

    text = "stood on a lego and wanted to end it all for about four seconds"
    trusting = screen_with(text, _with_thresholds(veto=1.01))
    assert trusting.level == "urgent", trusting.why
    doubting = screen_with(text, _with_thresholds(veto=0.0))
    assert doubting.level == "support", doubting.why
    assert "reads as everyday" in doubting.why


def test_crisis_words_joked_about_pass_only_when_the_model_is_sure():
    from setdown.safety.screen import screen_with

    text = "if I hear baby shark one more time I'm walking into the sea"
    assert screen_with(text, _with_thresholds(soft=1.01)).level == "support"
    assert (
        screen_with(text, _with_thresholds(soft=0.0, support=0.99, urgent_to_support=0.98)).level
        == "none"
    )
    # a joke next to a real sign keeps the sign
    mixed = "not suicidal lol but I cry every day and feel nothing for the baby"
    assert screen_with(mixed, _with_thresholds(soft=0.0)).level != "none"


def test_the_models_doubt_about_one_sentence_gives_way_to_an_everyday_whole_entry():
    from setdown.safety.screen import screen_with
    from setdown.safety.screen.model import OFF, Model

    weights = {"w:wobbly": [0.0, 3.0, 0.0], "w:lovely": [8.0, 0.0, 0.0]}
    thresholds = {"urgent": 0.9, "urgent_to_support": 0.9, "support": 0.5, "context": 0.6}
    model = Model(weights, [0.0, 0.0, 0.0], thresholds)
    day = "We had a lovely walk in the park today. Then I felt wobbly."
    assert screen_with(day, model).level == "none"
    # the same sentence on its own, or with the setting off, still asks for support
    assert screen_with("Then I felt wobbly.", model).level == "support"
    model.thresholds["context"] = OFF
    assert screen_with(day, model).level == "support"
    # and a rule's sign is never set aside: the model only ever doubts its own reading
    model.thresholds["context"] = 0.6
    assert screen_with(day + " I can't stop crying.", model).level == "support"
