from django import forms

from setdown.safety.models import SafetyPlan

PLAN_TEXT = dict(
    warning_signs=(
        "Signs a hard time is starting",
        "Thoughts, feelings or situations that tell you things are getting heavy.",
    ),
    things_that_help=(
        "Things I can do on my own to feel a little steadier",
        "Small things: a shower, stepping outside, a song, slow breaths.",
    ),
    distractions=(
        "People and places that take my mind somewhere else",
        "A friend to text, a park, a café, a neighbour.",
    ),
    people_to_ask=(
        "People I can ask for help",
        "Names and numbers of people you trust.",
    ),
    professionals=(
        "Professionals and lines I can call",
        "Your doctor, midwife, health visitor, therapist, or a help line.",
    ),
    safer_home=(
        "Making home safer right now",
        "For example, asking someone to keep medicines for you for a while.",
    ),
)


class SafetyPlanForm(forms.ModelForm):
    class Meta:
        model = SafetyPlan
        fields = list(SafetyPlan.SECTIONS)
        labels = {name: text[0] for name, text in PLAN_TEXT.items()}
        help_texts = {name: text[1] for name, text in PLAN_TEXT.items()}
        widgets = {name: forms.Textarea(attrs={"rows": 3}) for name in SafetyPlan.SECTIONS}
