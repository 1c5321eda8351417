from __future__ import annotations

from django import forms

SHARE_CHOICES = [
    (
        "insights",
        "How heavy things have felt, which pressures come up, practices kept "
        "(numbers and charts, none of your words)",
    ),
    ("checkin", "My check-ins, with what I wrote"),
    ("reflection", "My answers to the six steps"),
    ("practice", "My practices: phrases, rules, moments, boundaries, beliefs, repair script"),
    ("note", "My journal notes"),
]


class InviteForm(forms.Form):
    coach_name = forms.CharField(
        label="Your name, as the parent will see it",
        max_length=80,
        help_text="For example: Dana Reyes, parent coach.",
        error_messages={"required": "Please add your name, so the parent knows who is asking."},
    )
    label = forms.CharField(
        label="A note for yourself",
        max_length=80,
        required=False,
        help_text="Only you see this. For example: Sam, Tuesday group.",
    )


class SharingForm(forms.Form):
    share = forms.MultipleChoiceField(
        label="What your coach may see",
        choices=SHARE_CHOICES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Tick only what feels right. Leave it all unticked and they see nothing.",
    )

    @classmethod
    def for_link(cls, link, data=None):
        initial = (["insights"] if link.share_insights else []) + link.groups
        return cls(data, initial={"share": initial})

    def choices_made(self) -> dict:
        chosen = self.cleaned_data["share"]
        return {
            "share_insights": "insights" in chosen,
            "groups": [c for c in chosen if c != "insights"],
        }
