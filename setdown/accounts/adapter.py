"""django-allauth, speaking in Setdown's words."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.mfa.adapter import DefaultMFAAdapter
from django.urls import reverse


class AccountAdapter(DefaultAccountAdapter):
    error_messages = {
        **DefaultAccountAdapter.error_messages,
        "account_inactive": "This account is switched off. Write to us if that's a surprise.",
        "cannot_remove_primary_email": "Your main address can't be removed. Add and choose "
        "another one first.",
        "duplicate_email": "That address is already on your account.",
        "email_password_mismatch": "That email and password don't match. Check both and try again.",
        "email_taken": "There's already an account with that email. Try signing in, or set a "
        "new password.",
        "enter_current_password": "Type your current password first.",
        "incorrect_code": "That code didn't work. Codes change every 30 seconds; try the newest.",
        "incorrect_password": "That password isn't right. Try again.",
        "invalid_or_expired_key": "That link has expired or was already used. Ask for a new one.",
        "invalid_login": "Signing in didn't work. Try again.",
        "invalid_password_reset": "That reset link has expired or was already used.",
        "max_email_addresses": "You can have up to %d email addresses.",
        "too_many_login_attempts": "Too many tries for now. Take a breath and try again in a "
        "few minutes.",
        "unknown_email": "No account uses that email address.",
        "unverified_primary_email": "Please confirm your main email address first.",
    }

    def get_signup_redirect_url(self, request) -> str:
        return reverse("accounts:welcome")


class MFAAdapter(DefaultMFAAdapter):
    error_messages = {
        **DefaultMFAAdapter.error_messages,
        "add_email_blocked": "Turn off two-step sign-in before adding another email address.",
        "cannot_delete_authenticator": "Two-step sign-in can't be turned off right now.",
        "cannot_generate_recovery_codes": "Turn on two-step sign-in first, then make recovery "
        "codes.",
        "incorrect_code": "That code didn't work. Codes change every 30 seconds; try the newest.",
        "unverified_email": "Confirm your email address first, then turn on two-step sign-in.",
    }
