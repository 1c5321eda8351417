from __future__ import annotations

from allauth.account import forms as allauth_forms
from allauth.mfa.base import forms as mfa_base_forms
from allauth.mfa.totp import forms as mfa_totp_forms
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


# Labels for django-allauth's forms, in Setdown's words.
def _relabel(form, labels: dict[str, str]) -> None:
    for name, label in labels.items():
        if name in form.fields:
            form.fields[name].label = label
            form.fields[name].widget.attrs.pop("placeholder", None)


class LoginForm(allauth_forms.LoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _relabel(self, {"login": "Email", "password": "Password", "remember": "Keep me signed in"})


class SignupForm(allauth_forms.SignupForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _relabel(self, {"email": "Email", "password1": "Password", "password2": "Password (again)"})
        self.fields["password1"].help_text = "At least 10 characters. A short sentence works well."


class ChangePasswordForm(allauth_forms.ChangePasswordForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _relabel(
            self,
            {
                "oldpassword": "Current password",
                "password1": "New password",
                "password2": "New password (again)",
            },
        )


class ResetPasswordForm(allauth_forms.ResetPasswordForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _relabel(self, {"email": "Email"})


class ResetPasswordKeyForm(allauth_forms.ResetPasswordKeyForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _relabel(self, {"password1": "New password", "password2": "New password (again)"})


class AddEmailForm(allauth_forms.AddEmailForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _relabel(self, {"email": "Another email address"})


class MFAAuthenticateForm(mfa_base_forms.AuthenticateForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _relabel(self, {"code": "Six-digit code (or a recovery code)"})


class ActivateTOTPForm(mfa_totp_forms.ActivateTOTPForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _relabel(self, {"code": "The six-digit code your app shows"})


class MFAReauthenticateForm(mfa_base_forms.ReauthenticateForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _relabel(self, {"code": "Six-digit code (or a recovery code)"})
