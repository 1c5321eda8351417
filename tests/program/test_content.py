from __future__ import annotations

from setdown.practices.models import STEP_MODELS
from setdown.program import content


def test_six_steps_in_order_with_every_part():
    steps = content.steps()
    assert [s.key for s in steps] == list(content.KEYS)
    assert [s.number for s in steps] == [1, 2, 3, 4, 5, 6]
    for s in steps:
        assert s.title and s.teaching and s.picture and s.why and s.research and s.prompt
        assert len(s.examples) >= 2


def test_every_field_in_content_exists_on_the_practice_model():
    from setdown.practices.forms import _model_field

    for s in content.steps():
        model = STEP_MODELS[s.key]
        for field in s.fields:
            model._meta.get_field(_model_field(field.name))
        for example in s.examples:
            assert set(example) <= {f.name for f in s.fields}, s.key


def test_example_phrases_and_scripts_are_offered():
    assert len(content.example_phrases()) >= 5
    assert len(content.example_scripts()) >= 3
    assert "failing" in content.big_picture().closing or content.big_picture().closing
