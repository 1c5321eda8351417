from __future__ import annotations

from django import forms

from setdown.checkins.models import DRIVER_KEYS, CheckIn
from setdown.program import content

SCALE = [(n, str(n)) for n in range(11)]
FEELINGS = [
    ("guilty", "guilty"),
    ("ashamed", "ashamed"),
    ("worried", "worried"),
    ("sad", "sad"),
    ("angry", "angry"),
    ("exhausted", "exhausted"),
    ("overwhelmed", "overwhelmed"),
    ("lonely", "lonely"),
    ("not enough", "not enough"),
]
SCALE_ERROR = "Tap a number from 0 (light) to 10 (very heavy)."


def driver_choices() -> list[tuple[str, str]]:
    return [(s.key, s.title) for s in content.steps()]


class ScaleField(forms.TypedChoiceField):
    def __init__(self, **kwargs):
        kwargs.setdefault(
            "error_messages", {"required": SCALE_ERROR, "invalid_choice": SCALE_ERROR}
        )
        super().__init__(choices=SCALE, coerce=int, widget=forms.RadioSelect, **kwargs)


class FeelingsField(forms.MultipleChoiceField):
    def __init__(self, **kwargs):
        super().__init__(
            choices=FEELINGS,
            required=False,
            widget=forms.CheckboxSelectMultiple,
            label="A few words for the feeling (optional)",
            **kwargs,
        )

    def prepare_value(self, value):
        if isinstance(value, str):
            return [v for v in value.split(",") if v]
        return value


class StartForm(forms.Form):
    what = forms.CharField(
        label="What happened?",
        help_text="A line or two is plenty. You can also leave it empty.",
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    heavy_before = ScaleField(label="How heavy does it feel right now?")
    feelings = FeelingsField()


class DriversForm(forms.Form):
    drivers = forms.MultipleChoiceField(
        label="Which of these sounds like what's speaking?",
        help_text="Pick one or more. Your best guess is enough.",
        choices=driver_choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Pick at least one. If none fits well, choose the closest."},
    )

    def __init__(self, *args, order: list[str] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        if order:
            rank = {key: i for i, key in enumerate(order)}
            choices = driver_choices()
            self.fields["drivers"].choices = sorted(choices, key=lambda c: rank.get(c[0], 99))


class FinishForm(forms.Form):
    heavy_after = ScaleField(label="And now, how heavy does it feel?")
    repaired = forms.TypedChoiceField(
        label="Did you get a chance to come back and repair?",
        choices=[("yes", "Yes, I did"), ("no", "Not yet")],
        coerce=lambda v: v == "yes",
        empty_value=None,
        required=False,
        widget=forms.RadioSelect,
    )


class EditForm(forms.ModelForm):
    what = forms.CharField(
        label="What happened?",
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    heavy_before = ScaleField(label="How heavy it felt")
    feelings = FeelingsField()
    drivers = forms.MultipleChoiceField(
        label="What was speaking",
        choices=driver_choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    heavy_after = ScaleField(label="How heavy it felt afterwards", required=False)

    class Meta:
        model = CheckIn
        fields = ["what", "feelings", "heavy_before", "drivers", "heavy_after"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["drivers"] = self.instance.driver_list
            self.initial["feelings"] = [f for f in self.instance.feelings.split(",") if f]

    def clean_feelings(self) -> str:
        return ",".join(self.cleaned_data["feelings"])

    def clean_drivers(self) -> str:
        return " ".join(d for d in self.cleaned_data["drivers"] if d in DRIVER_KEYS)

    def clean_heavy_after(self):
        value = self.cleaned_data.get("heavy_after")
        return None if value in ("", None) else value
