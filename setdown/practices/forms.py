"""Forms for the practices. The six step answers share one form per practice,
labelled from the step's content file, so a rule written in step 1 and a rule
added later on /practices/ ask the same questions in the same words."""

from __future__ import annotations

from django import forms
from django.utils import timezone

from setdown.practices import models as m
from setdown.program import content

LONG_TEXT = {"keep", "drop", "detail", "script", "old_belief", "new_truth", "trigger", "felt"}
FIELD_MODEL_NAMES = {"phrase": "text"}  # content field name -> model field name


class LocalDateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%dT%H:%M", **kwargs)


def _model_field(name: str) -> str:
    return FIELD_MODEL_NAMES.get(name, name)


def practice_form_class(step_key: str) -> type[forms.ModelForm]:
    """A ModelForm for the practice a step's answer becomes."""
    step = content.step(step_key)
    model = m.STEP_MODELS[step_key]
    names = [_model_field(f.name) for f in step.fields]
    labels = {_model_field(f.name): f.label for f in step.fields}
    helps = {_model_field(f.name): f.help for f in step.fields}
    widgets: dict[str, forms.Widget] = {}
    for name in names:
        field = model._meta.get_field(name)
        if field.choices:
            widgets[name] = forms.RadioSelect
        elif name == "planned_for":
            widgets[name] = LocalDateTimeInput()
        elif name in LONG_TEXT:
            widgets[name] = forms.Textarea(attrs={"rows": 3})
        else:
            widgets[name] = forms.TextInput(attrs={"autocomplete": "off"})

    def clean_labels(labels: dict) -> dict:
        # "(optional)" is shown by the template for every optional field.
        return {k: v.replace(" (optional)", "") for k, v in labels.items()}

    meta = type(
        "Meta",
        (),
        {
            "model": model,
            "fields": names,
            "labels": clean_labels(labels),
            "help_texts": helps,
            "widgets": widgets,
        },
    )
    attrs: dict = {"Meta": meta}
    if "planned_for" in names:
        attrs["planned_for"] = forms.DateTimeField(
            label=labels["planned_for"],
            help_text=helps["planned_for"],
            widget=LocalDateTimeInput(),
            input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
            error_messages={"invalid": "Pick a day and a time, like tomorrow at 18:30."},
        )
    form_class = type(f"{model.__name__}Form", (forms.ModelForm,), attrs)
    for name in names:
        base = form_class.base_fields[name]
        if isinstance(base, forms.TypedChoiceField | forms.ChoiceField):
            base.choices = [c for c in base.choices if c[0] != ""]
        if base.required:
            base.error_messages["required"] = (
                "This one needs a few words (or a choice) before saving."
            )
    return form_class


def default_planned_for():
    """Tomorrow at 18:00, a gentle default for a connection moment."""
    tomorrow = timezone.localtime() + timezone.timedelta(days=1)
    return tomorrow.replace(hour=18, minute=0, second=0, microsecond=0)


def monday_of(day):
    return day - timezone.timedelta(days=day.weekday())


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


BAD_DATE = "Pick a day from the calendar, like 2025-06-12."


class MomentOutcomeForm(forms.Form):
    """How a planned connection moment went. Letting it go is a real answer."""

    status = forms.ChoiceField(
        label="How did it go?",
        choices=[
            (m.ConnectionMoment.Status.DONE, "We had our moment"),
            (m.ConnectionMoment.Status.LET_GO, "It didn't happen, and that's okay"),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": "Choose one of these two, whichever is true."},
    )
    felt = forms.CharField(
        label="How did it feel?",
        help_text="A line is plenty. Even 'I don't know' is fine.",
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class BoundaryCheckForm(forms.ModelForm):
    class Meta:
        model = m.BoundaryCheck
        fields = ["week_of", "held", "felt"]
        labels = {
            "week_of": "Which week?",
            "held": "Did it hold?",
            "felt": "How did it feel?",
        }
        help_texts = {
            "week_of": "Any day in that week will do.",
            "felt": "Lighter, the same, a bit lost without it. Any answer is useful.",
        }
        widgets = {
            "week_of": DateInput(),
            "held": forms.RadioSelect,
            "felt": forms.Textarea(attrs={"rows": 3}),
        }
        error_messages = {
            "week_of": {"required": "Pick a day in the week.", "invalid": BAD_DATE},
            "held": {"required": "Choose the answer that fits best."},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["held"].choices = [c for c in self.fields["held"].choices if c[0] != ""]
        if not self.instance.pk:
            self.initial.setdefault("week_of", monday_of(timezone.localdate()))

    def clean_week_of(self):
        day = self.cleaned_data["week_of"]
        if day > timezone.localdate() + timezone.timedelta(days=6):
            raise forms.ValidationError(
                "That week hasn't come yet. Pick this week or an earlier one."
            )
        return monday_of(day)


class RepairLogForm(forms.ModelForm):
    class Meta:
        model = m.RepairLog
        fields = ["happened_on", "what_happened", "how_it_went"]
        labels = {
            "happened_on": "When?",
            "what_happened": "What happened?",
            "how_it_went": "How did coming back go?",
        }
        help_texts = {
            "what_happened": "A few words are enough.",
            "how_it_went": "What you said, how they responded, how you felt.",
        }
        widgets = {
            "happened_on": DateInput(),
            "what_happened": forms.Textarea(attrs={"rows": 3}),
            "how_it_went": forms.Textarea(attrs={"rows": 3}),
        }
        error_messages = {
            "happened_on": {"required": "Pick the day it happened.", "invalid": BAD_DATE},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["happened_on"].required = True

    def clean_happened_on(self):
        day = self.cleaned_data["happened_on"]
        if day > timezone.localdate():
            raise forms.ValidationError("That day hasn't come yet. Pick today or a day before.")
        return day
