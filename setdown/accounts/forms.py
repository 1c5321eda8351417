from __future__ import annotations

from django import forms

from setdown.accounts.models import User


class OnboardingForm(forms.ModelForm):
    address_as = forms.ChoiceField(
        label="How should Setdown speak to you?",
        choices=User.AddressAs.choices,
        widget=forms.RadioSelect,
        help_text="You can change this any time in Settings.",
    )
    name = forms.CharField(
        label="Your name",
        required=False,
        max_length=60,
        help_text="Only if you picked “My name”.",
    )
    children_ages = forms.CharField(
        label="Your children’s ages",
        required=False,
        max_length=200,
        help_text="For example: 4 months, 3 years. It helps the examples fit your family.",
    )

    class Meta:
        model = User
        fields = ["address_as", "name", "children_ages"]

    def clean(self):
        data = super().clean()
        if data.get("address_as") == User.AddressAs.NAME and not (data.get("name") or "").strip():
            self.add_error("name", "Tell us the name you’d like, or pick another option.")
        return data


class DeleteAccountForm(forms.Form):
    confirm = forms.CharField(
        label="Type DELETE to confirm",
        max_length=10,
        help_text="This removes everything you have written here. It cannot be undone.",
    )

    def clean_confirm(self) -> str:
        value = self.cleaned_data["confirm"].strip()
        if value.upper() != "DELETE":
            raise forms.ValidationError("Type the word DELETE to confirm, or go back.")
        return value
