from __future__ import annotations

from django import forms

from setdown.journal.models import Entry, Note
from setdown.journal.selectors import JournalFilter
from setdown.program import content


class DateInput(forms.DateInput):
    input_type = "date"


class JournalFilterForm(forms.Form):
    q = forms.CharField(
        label="Search your words",
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )
    driver = forms.ChoiceField(label="About", required=False)
    group = forms.ChoiceField(
        label="Kind", required=False, choices=[("", "Everything"), *Entry.Group.choices]
    )
    date_from = forms.DateField(
        label="From",
        required=False,
        widget=DateInput,
        error_messages={"invalid": "Pick a date, like 2026-01-31."},
    )
    date_to = forms.DateField(
        label="To",
        required=False,
        widget=DateInput,
        error_messages={"invalid": "Pick a date, like 2026-01-31."},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["driver"].choices = [
            ("", "Any step"),
            *((s.key, s.title) for s in content.steps()),
        ]

    def clean(self):
        data = super().clean()
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and start > end:
            self.add_error("date_to", "This date is before the “From” date.")
        return data

    def filters(self) -> JournalFilter:
        """What was valid of the filter; anything invalid is left out, not guessed."""
        data = self.cleaned_data if self.is_bound and hasattr(self, "cleaned_data") else {}
        return JournalFilter(
            q=data.get("q", ""),
            driver=data.get("driver", ""),
            group=data.get("group", ""),
            date_from=data.get("date_from"),
            date_to=data.get("date_to") if "date_to" not in self.errors else None,
        )


class NoteForm(forms.ModelForm):
    class Meta:
        model = Note
        fields = ["text"]
        labels = {"text": "Write whatever you like"}
        widgets = {"text": forms.Textarea(attrs={"rows": 8})}
        error_messages = {"text": {"required": "Write a few words before saving."}}
