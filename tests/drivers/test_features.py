"""Normalisation and feature extraction: pure functions, no database."""

import pytest

from setdown.drivers.features import analyse, featurize, stem


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("yelled", "yell"),
        ("yelling", "yell"),
        ("snapped", "snap"),
        ("snapping", "snap"),
        ("comparing", "compar"),
        ("compared", "compar"),
        ("crying", "cry"),
        ("cries", "cry"),
        ("sleep", "sleep"),
    ],
)
def test_stem_joins_word_forms(word, expected):
    assert stem(word) == expected


def test_abbreviations_and_contractions_are_expanded():
    words = [t.word for t in analyse("DS and DH, tbh I can't").tokens]
    assert words == ["son", "and", "husband", "to", "be", "honest", "i", "can", "not"]


def test_curly_apostrophes_and_accents():
    words = [t.word for t in analyse("I didn\u2019t sleep, na\u00efve me").tokens]
    assert words == ["i", "did", "not", "sleep", "naive", "me"]


def test_raw_words_and_spans_point_back_into_the_text():
    text = "my  mum's voice, again"
    a = analyse(text)
    assert a.raw == ("my", "mum's", "voice", "again")
    assert [text[s:e] for s, e in a.spans] == list(a.raw)


def test_subject_features_capture_who_did_what():
    _, mine = featurize("I totally yelled at him")
    _, hers = featurize("my mom always yelled at us")
    assert "s:I>yell" in mine
    assert "s:CARER>yell" in hers
    assert "s:I>yell" not in hers


def test_negation_scope_stops_at_punctuation():
    _, feats = featurize("I never sleep. Work is fine")
    assert "n:sleep" in feats
    assert "n:work" not in feats


def test_lexicon_cue_fires_on_a_phrase():
    _, feats = featurize("when I was little my dad said rest is lazy")
    assert "L:beliefs.childhood" in feats


def test_empty_text_has_only_the_bias():
    _, feats = featurize("")
    assert list(feats) == ["BIAS"]


def test_inner_rule_cues_without_a_childhood_cue():
    _, feats = featurize("I feel so lazy when I sit down, like I don't deserve a break")
    assert "L:beliefs.permission" in feats
    assert "L:beliefs.verdict" in feats
    _, loop = featurize("what if I'm damaging him. I lie awake replaying it")
    assert "L:beliefs.loop" in loop


def test_the_outside_picture_of_a_good_parent():
    _, feats = featurize("a good mum would have baked the cake from scratch")
    assert "s:IDEAL>bak" in feats
    assert "L:culture.doing" in feats


def test_like_is_not_a_social_media_cue():
    _, feats = featurize("I feel like I am always behind")
    assert "L:comparison.feeds" not in feats
