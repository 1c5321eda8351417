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
        {"model": model, "fields": names, "labels": clean_labels(labels), "help_texts": helps,
         "widgets": widgets},
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
            base.error_messages["required"] = "This one needs a few words (or a choice) before saving."
    return form_class


def default_planned_for():
    """Tomorrow at 18:00, a gentle default for a connection moment."""
    tomorrow = timezone.localtime() + timezone.timedelta(days=1)
    return tomorrow.replace(hour=18, minute=0, second=0, microsecond=0)
