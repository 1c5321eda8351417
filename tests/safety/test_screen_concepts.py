"""The concept ("concern") rule: wording-independent signals tied to the writer.

Every text here was written for these tests; none is a line from the corpus or the bench.
"""

from __future__ import annotations

import pytest

from setdown.safety.screen import concepts, rules, screen


def _concepts(text: str) -> list[tuple[str, str]]:
    normalised = rules.normalize(text)
    neutral = rules.neutralize(normalised)[0]
    hits = list(concepts.concept_hits(neutral)) + concepts.purposeful_self_injury(normalised)
    return [(h.level, h.category) for h in hits]


# (text, category the concept rule must find)
CONCERN = [
    ("lately I catch myself thinking the family would cope once I'm gone for good", "death"),
    ("you should just stop existing, you'd be doing them a favour", "death"),
    ("this mum is done being here", "death"),
    ("I nearly aimed for the lamp post on the way back from nursery", "death"),
    ("everyone at home would be freer without me dragging them down", "burden"),
    ("my girls deserve a better mum than this and one day they'll get one", "burden"),
    ("I keep the spare blades in my makeup bag", "means"),
    ("I've been keeping back some of my sleeping tablets every week", "means"),
    ("I picked up co-codamol from two different chemists so nobody would ask", "means"),
    ("wrote a letter for each of the kids, just in case, and hid them in my drawer", "means"),
    ("I keep looking at the drop from the footbridge on the walk to work", "means"),
    ("I burnt my wrist with the lighter on purpose", "self_harm"),
    ("I scratched my arms until they bled", "self_harm"),
    ("I had the urge to throw him across the room when he screamed", "harm_child"),
    ("I could easily put the pillow over her face when she won't settle", "harm_child"),
    # an injury on one's own body and a sign it was no accident, with no "I cut myself" verb
    (
        "the marks on my thighs are new ones again, I wear shorts under my dress so no one sees",
        "self_harm",
    ),
    ("three small burns on my palm now, I told my sister it was the oven. it wasn't", "self_harm"),
    ("dug my nails into my forearm until there were red half moons, it calms me down", "self_harm"),
    # the family pictured going on with someone else in the writer's place
    ("honestly the girls would cope, they have their nan and she's better at all of it", "burden"),
    ("my husband would find someone calmer and the boys would barely notice the change", "burden"),
]


@pytest.mark.parametrize("text,category", CONCERN)
def test_concept_found(text, category):
    assert category in [c for _, c in _concepts(text)], _concepts(text)


@pytest.mark.parametrize("text,category", CONCERN)
def test_concept_texts_are_never_none(text, category):
    result = screen(text)
    assert result.level in ("support", "urgent"), result.why


STRONG = [
    "I burnt my wrist with the lighter on purpose",
    "I scratched my arms until they bled",
    "I had the urge to throw him across the room when he screamed",
]


@pytest.mark.parametrize("text", STRONG)
def test_strong_concepts_are_urgent(text):
    assert "urgent" in [lv for lv, _ in _concepts(text)], _concepts(text)
    assert screen(text).level == "urgent"


def test_horrified_thought_of_harm_is_support_not_urgent():
    text = "the thought of throwing her down the stairs popped into my head and horrified me"
    assert _concepts(text) == [("support", "harm_child")]
    assert screen(text).level == "support"


NEUTRAL = [
    "my feet are killing me after the school fair",
    "in the film the mum disappears and never comes back",
    "grandma passed away in the spring and I still miss her",
    "my dad died when I was little and I think of him on his birthday",
    "the character dies at the end and I cried for ages",
    "I'd happily disappear to a cabin for a weekend",
    "I cut my thumb chopping carrots",
    "he'd be fine without me for one night, so I'm going to the gig",
    "I gave my old maternity clothes to charity",
    "my phone is dead and so am I after that party",
    "I won't be here on Thursday, it's the work conference",
    "the toddler bit my arm at bath time",
    "I gave the baby her medicine and counted the drops",
    "I put my razor up on the top shelf where little hands can't reach",
    "I want this week to be over so I can sleep in",
    "ha, I'll jump off a cliff if I hear that song one more time lol",
]


@pytest.mark.parametrize("text", NEUTRAL)
def test_figurative_third_person_and_everyday_give_no_concept(text):
    assert _concepts(text) == []


def test_concept_why_names_the_trigger():
    result = screen("I've been keeping back some of my sleeping tablets every week")
    assert result.level in ("support", "urgent")
    assert result.matches
    assert "tablets" in result.why


def test_concept_across_two_sentences():
    # the writer is in one sentence, the concept in the next: the two are read together
    text = "I've made up my mind. Not waking up tomorrow would be the kindest thing."
    assert screen(text).level in ("support", "urgent")


# (text, category the concept rule must not find): someone else did it, an accident, a
# question, a joke or a time limit
NOT_CONCERN = [
    ("he grabbed my wrist so hard it left marks and I hid them from my mum", "self_harm"),
    ("my legs are covered in bruises from the soft play climbing frame lol", "self_harm"),
    ("c-section scar on my tummy is healing, the stitches came out today", "self_harm"),
    ("burnt my hand on the oven tray again, so clumsy when I'm tired", "self_harm"),
    ("wondering if the kids will be ok at their dad's this weekend, they seemed fine", "burden"),
    ("the kids would be happier with pizza tonight lol so pizza it is", "burden"),
    ("she'll cope with the new nursery for a week until her friend starts", "burden"),
]


@pytest.mark.parametrize("text,category", NOT_CONCERN)
def test_concept_not_found(text, category):
    assert category not in [c for _, c in _concepts(text)], _concepts(text)


@pytest.mark.parametrize(
    "text",
    [
        "i am so tired of existing, every day is the same grey",
        "goodbye my journal, thank you for listening all these months",
    ],
)
def test_quiet_goodbyes_are_never_none(text):
    assert screen(text).level != "none"


@pytest.mark.parametrize(
    "text",
    [
        "last entry before the holiday lol, see you in two weeks diary",
        "bowing out of the school bake sale this year and I feel bad about it",
    ],
)
def test_ordinary_goodbyes_pass(text):
    assert screen(text).level == "none"
