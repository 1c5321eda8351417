"""Every allauth page and email a Setdown parent can reach speaks in Setdown's own words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from allauth.account.models import EmailAddress, EmailConfirmationHMAC
from django.core import mail
from django.template.loader import render_to_string
from django.test import RequestFactory

import setdown
from setdown.accounts.adapter import AccountAdapter
from tests.accounts.test_accounts import _totp_now
from tests.conftest import PASSWORD

OUR_TEMPLATES = Path(setdown.__file__).parent / "templates"

# Headings, buttons and sentences from the allauth templates these pages replace.
ALLAUTH_PHRASES = [
    "Two-Factor Authentication",
    "Authenticator App",
    "Activate Authenticator App",
    "Deactivate Authenticator App",
    "Authenticator secret",
    "Recovery Codes",
    "recovery codes available",
    "unused out of",
    "Unused codes",
    "Download codes",
    "Generate new codes",
    "Email Addresses",
    "Add Email",
    "Make Primary",
    "Re-send Verification",
    "Unverified",
    "Verified",
    "Primary",
    "Secondary",
    "Change Password",
    "Set Password",
    "Forgot your password?",
    "Sign In",
    "Sign Out",
    "Are you sure",
    "You are about to",
    "Manage",
    "Confirm Access",
    "Please reauthenticate",
    "Alternative options",
    "Enter your password:",
    "Enter an authenticator code:",
    "Use authenticator app or code",
    "Verify Your Email Address",
    "Confirm Email Address",
    "Please confirm that",
    "Account Inactive",
    "This account is inactive",
    "Sign Up Closed",
    "We are sorry",
    "Warning:",
    "Deactivate",
    ">Activate<",
    ">Generate<",
]

# Sentences from allauth's default emails.
ALLAUTH_EMAIL_PHRASES = [
    "Hello from",
    "Thank you for using",
    "You're receiving this email because",
    "You are receiving this mail because",
    "To confirm this is correct, go to",
    "Please Confirm Your Email Address",
    "take proper security precautions",
    "has been changed",
    "has been generated",
    "Authenticator app activated",
    "Unspecified",
]


def assert_ours(response, heading: str) -> str:
    assert response.status_code == 200, response.status_code
    body = response.content.decode()
    h1 = re.search(r"<h1>(.*?)</h1>", body, re.S)
    assert h1 and heading in h1.group(1), (h1 and h1.group(1), heading)
    assert "<title>Setdown</title>" in body
    leaked = [phrase for phrase in ALLAUTH_PHRASES if phrase in body]
    assert not leaked, f"allauth words on {response.request['PATH_INFO']}: {leaked}"
    assert "<script>" not in body and "onclick" not in body
    for template in response.templates:
        if template.name and template.name.startswith(("account/", "mfa/", "allauth/")):
            assert Path(template.origin.name).is_relative_to(OUR_TEMPLATES), template.origin.name
    return body


def assert_our_email(message) -> None:
    text = message.subject + "\n" + message.body
    leaked = [phrase for phrase in ALLAUTH_EMAIL_PHRASES if phrase in text]
    assert not leaked, f"allauth words in {message.subject!r}: {leaked}"
    assert message.subject.startswith("Setdown: ")
    assert message.body.startswith("Hello,") and message.body.rstrip().endswith("Setdown")


def record_address(user, verified: bool = False) -> None:
    """The primary address a real signup records (fixture users are made without one)."""
    EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=verified)


def get_reauthenticated(client, path: str):
    response = client.get(path)
    if response.status_code == 302 and "/reauthenticate/" in response["Location"]:
        reauth = client.get(response["Location"])
        assert_ours(reauth, "Just checking it’s you")
        done = client.post("/accounts/reauthenticate/", {"password": PASSWORD})
        assert done.status_code == 302, done.content.decode()[-2000:]
        response = client.get(path)
    return response


@pytest.mark.django_db
def test_signed_in_account_pages_are_in_our_words(parent_client, parent):
    record_address(parent)
    body = assert_ours(parent_client.get("/accounts/password/change/"), "A new password")
    assert 'name="oldpassword"' in body and 'name="password1"' in body

    body = assert_ours(parent_client.get("/accounts/email/"), "Your email address")
    assert parent.email in body and 'name="action_add"' in body
    assert "Not confirmed yet" in body and 'name="action_send"' in body

    body = assert_ours(parent_client.get("/accounts/reauthenticate/"), "Just checking it’s you")
    assert 'name="password"' in body and "Forgotten your password?" in body

    assert_ours(parent_client.get("/accounts/confirm-email/"), "A link is on its way")
    assert_ours(parent_client.get("/accounts/confirm-email/not-a-key/"), "That link has expired")
    # An unconfirmed address: two-step sign-in waits for it to be confirmed.
    body = assert_ours(parent_client.get("/accounts/2fa/"), "Two-step sign-in")
    assert "Off." in body and "First, confirm your email address" in body
    assert "/accounts/2fa/totp/activate/" not in body
    EmailAddress.objects.filter(user=parent).update(verified=True)
    body = assert_ours(parent_client.get("/accounts/2fa/"), "Two-step sign-in")
    assert "/accounts/2fa/totp/activate/" in body

    body = assert_ours(
        get_reauthenticated(parent_client, "/accounts/2fa/totp/activate/"),
        "Set up two-step sign&#8209;in",
    )
    assert 'src="data:image/svg+xml,' in body and 'alt="QR code' in body
    shown = re.search(r'id="authenticator_secret"><strong>(.*?)</strong>', body).group(1)
    assert shown.replace(" ", "") == parent_client.session["mfa.totp.secret"]
    assert 'name="code"' in body


@pytest.mark.django_db
def test_password_change_and_email_management_work(parent_client, parent, settings):
    settings.ACCOUNT_EMAIL_NOTIFICATIONS = True
    response = parent_client.post(
        "/accounts/password/change/",
        {"oldpassword": "not it", "password1": "x", "password2": "y"},
    )
    assert_ours(response, "A new password")
    new = "another calm long password 7"
    response = parent_client.post(
        "/accounts/password/change/",
        {"oldpassword": PASSWORD, "password1": new, "password2": new},
    )
    assert response.status_code == 302
    parent.refresh_from_db()
    assert parent.check_password(new)
    assert len(mail.outbox) == 1 and "password" in mail.outbox[0].subject
    assert_our_email(mail.outbox[0])

    mail.outbox.clear()
    record_address(parent, verified=True)
    response = parent_client.post(
        "/accounts/email/", {"action_add": "", "email": "sam.new@example.org"}
    )
    assert response.status_code == 302
    assert [m.to for m in mail.outbox] == [["sam.new@example.org"]]
    assert_our_email(mail.outbox[0])
    assert "To confirm this email address" in mail.outbox[0].body
    body = assert_ours(parent_client.get("/accounts/email/"), "Your email address")
    assert "sam.new@example.org" in body and "Your main address" in body

    EmailAddress.objects.filter(email="sam.new@example.org").update(verified=True)
    mail.outbox.clear()
    response = parent_client.post(
        "/accounts/email/", {"action_primary": "", "email": "sam.new@example.org"}
    )
    assert response.status_code == 302
    assert EmailAddress.objects.get(email="sam.new@example.org").primary
    response = parent_client.post("/accounts/email/", {"action_remove": "", "email": parent.email})
    assert response.status_code == 302
    assert not EmailAddress.objects.filter(email=parent.email).exists()
    assert mail.outbox, "notifications were expected"
    for message in mail.outbox:
        assert_our_email(message)


@pytest.mark.django_db
def test_password_set_for_an_account_without_one(parent_client, parent):
    parent.set_unusable_password()
    parent.save()
    parent_client.force_login(parent)
    response = parent_client.get("/accounts/password/change/")
    assert response["Location"] == "/accounts/password/set/"
    assert_ours(parent_client.get("/accounts/password/set/"), "Choose a password")


@pytest.mark.django_db
def test_pages_outside_the_signed_in_path(client, parent, monkeypatch):
    assert_ours(client.get("/accounts/inactive/"), "This account can’t be used right now")
    monkeypatch.setattr(AccountAdapter, "is_open_for_signup", lambda self, request: False)
    assert_ours(client.get("/accounts/signup/"), "New accounts are paused")

    request = RequestFactory().get("/")
    request.user = parent
    html = render_to_string("account/verified_email_required.html", request=request)
    assert "First, confirm your email" in html
    assert not [phrase for phrase in ALLAUTH_PHRASES if phrase in html]


@pytest.mark.django_db
def test_password_reset_and_signup_emails_are_ours(client, parent):
    client.post("/accounts/password/reset/", {"email": parent.email})
    assert len(mail.outbox) == 1
    assert_our_email(mail.outbox[0])
    assert "/accounts/password/reset/key/" in mail.outbox[0].body

    mail.outbox.clear()
    client.post("/accounts/password/reset/", {"email": "nobody@example.org"})
    assert len(mail.outbox) == 1
    assert_our_email(mail.outbox[0])

    mail.outbox.clear()
    response = client.post(
        "/accounts/signup/",
        {"email": "lee@example.org", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert_our_email(message)
    assert "Welcome to Setdown" in message.body
    link = re.search(r"https?://[^/\s]+(/accounts/confirm-email/\S+)", message.body).group(1)

    body = assert_ours(client.get(link), "Is this your address?")
    assert "lee@example.org" in body
    response = client.post(link)
    assert response.status_code == 302
    assert EmailAddress.objects.get(email="lee@example.org").verified


@pytest.mark.django_db
def test_confirming_an_address_from_another_account(client, parent, stranger):
    address = EmailAddress.objects.create(user=stranger, email="shared@example.org", verified=True)
    theirs = EmailAddress.objects.create(user=parent, email="shared@example.org", verified=False)
    assert address.verified
    key = EmailConfirmationHMAC(theirs).key
    assert_ours(client.get(f"/accounts/confirm-email/{key}/"), "already in use")


@pytest.mark.django_db(transaction=True)  # allauth sends the "on" email and message on commit
def test_two_step_sign_in_end_to_end(parent_client, parent, settings):
    settings.ACCOUNT_EMAIL_NOTIFICATIONS = True
    record_address(parent, verified=True)
    assert_ours(
        get_reauthenticated(parent_client, "/accounts/2fa/totp/activate/"),
        "Set up two-step sign&#8209;in",
    )
    secret = parent_client.session["mfa.totp.secret"]
    response = parent_client.post("/accounts/2fa/totp/activate/", {"code": "000000"})
    assert_ours(response, "Set up two-step sign&#8209;in")
    assert parent_client.session["mfa.totp.secret"] == secret

    response = parent_client.post("/accounts/2fa/totp/activate/", {"code": _totp_now(secret)})
    assert response["Location"] == "/accounts/2fa/recovery-codes/"
    body = assert_ours(parent_client.get(response["Location"], follow=True), "recovery codes")
    assert "Two-step sign-in is on" in body and "Your recovery codes are ready." in body
    codes = parent.authenticator_set.get(type="recovery_codes").wrap().get_unused_codes()
    assert len(codes) == 10 and all(f"<li>{code}</li>" in body for code in codes)
    assert [m.subject for m in mail.outbox] == ["Setdown: Two-step sign-in is on"]
    assert_our_email(mail.outbox[0])

    download = parent_client.get("/accounts/2fa/recovery-codes/download/")
    text = download.content.decode()
    assert download["Content-Type"].startswith("text/plain")
    assert text.startswith("Recovery codes for Setdown") and all(c in text for c in codes)

    body = assert_ours(parent_client.get("/accounts/2fa/"), "Two-step sign-in")
    assert "On." in body and "You have 10 ready to use." in body

    body = assert_ours(parent_client.get("/accounts/reauthenticate/"), "Just checking it’s you")
    assert "/accounts/2fa/reauthenticate/" in body
    body = assert_ours(parent_client.get("/accounts/2fa/reauthenticate/"), "Just checking it’s you")
    assert "Use your password instead" in body and 'name="code"' in body

    assert_ours(
        parent_client.get("/accounts/2fa/recovery-codes/generate/"),
        "Make a new set of recovery codes?",
    )
    mail.outbox.clear()
    response = parent_client.post("/accounts/2fa/recovery-codes/generate/")
    assert response["Location"] == "/accounts/2fa/recovery-codes/"
    fresh = parent.authenticator_set.get(type="recovery_codes").wrap().get_unused_codes()
    assert fresh != codes
    assert_our_email(mail.outbox[0])

    assert_ours(parent_client.get("/accounts/2fa/totp/deactivate/"), "Turn off two-step sign-in?")
    mail.outbox.clear()
    response = parent_client.post("/accounts/2fa/totp/deactivate/")
    assert response["Location"] == "/accounts/2fa/"
    assert not parent.authenticator_set.filter(type="totp").exists()
    assert_our_email(mail.outbox[0])
    body = assert_ours(parent_client.get("/accounts/2fa/", follow=True), "Two-step sign-in")
    assert "Two-step sign-in is off." in body
