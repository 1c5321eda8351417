"""Settings, password, email and two-step sign-in pages, in a real browser at phone size."""

from __future__ import annotations

import pytest
from allauth.account.models import EmailAddress
from playwright.sync_api import expect

from tests.accounts.test_accounts import _totp_now
from tests.browser.conftest import assert_accessible, log_in, shot
from tests.conftest import PASSWORD, make_parent


def has_heading(page, text: str) -> None:
    """Wait for the page's one h1 to read `text` (a click may still be navigating)."""
    expect(page.get_by_role("heading", level=1)).to_have_text(text)


def check(page, name: str) -> None:
    assert page.title() == "Setdown"
    assert_accessible(page, name)
    shot(page, name)


@pytest.mark.django_db(transaction=True)
def test_account_pages_and_turning_on_two_step_sign_in(phone, phone_dark):
    parent = make_parent("steps@example.org")
    EmailAddress.objects.create(user=parent, email=parent.email, primary=True, verified=True)
    log_in(phone, parent)

    phone.goto(phone.base + "/settings/")
    check(phone, "settings")
    phone.get_by_role("link", name="Change your password").click()
    has_heading(phone, "A new password")
    check(phone, "password-change")

    phone.goto(phone.base + "/accounts/email/")
    has_heading(phone, "Your email address")
    expect(phone.get_by_text("Your main address · Confirmed")).to_be_visible()
    check(phone, "email")

    phone.goto(phone.base + "/settings/")
    phone.get_by_role("link", name="Two-step sign-in").click()
    has_heading(phone, "Two-step sign-in")
    check(phone, "two-step")

    phone.get_by_role("link", name="Set it up").click()
    phone.wait_for_url("**/accounts/reauthenticate/**")
    has_heading(phone, "Just checking it’s you")
    check(phone, "reauthenticate")
    phone.get_by_label("Password").fill(PASSWORD)
    phone.get_by_role("button", name="Continue").click()
    phone.wait_for_url("**/accounts/2fa/totp/activate/")
    has_heading(phone, "Set up two-step sign\u2011in")
    qr = phone.get_by_role("img", name="QR code that adds Setdown to your authenticator app")
    expect(qr).to_be_visible()
    assert qr.evaluate("i => i.complete && i.naturalWidth > 0")
    check(phone, "totp-activate")

    # The same page in dark mode: the code still sits on white, ready to scan.
    log_in(phone_dark, parent)
    phone_dark.goto(phone_dark.base + "/accounts/2fa/totp/activate/")
    phone_dark.get_by_label("Password").fill(PASSWORD)
    phone_dark.get_by_role("button", name="Continue").click()
    phone_dark.wait_for_url("**/accounts/2fa/totp/activate/")
    assert_accessible(phone_dark, "totp activate dark")
    shot(phone_dark, "totp-activate-dark")

    secret = phone.locator("#authenticator_secret").inner_text().replace(" ", "")
    phone.get_by_label("The six-digit code your app shows").fill(_totp_now(secret))
    phone.get_by_role("button", name="Turn on two-step sign-in").click()
    phone.wait_for_url("**/accounts/2fa/recovery-codes/")
    has_heading(phone, "Your recovery codes")
    expect(phone.get_by_role("list", name="Recovery codes").locator("li")).to_have_count(10)
    check(phone, "recovery-codes")
    assert parent.authenticator_set.filter(type="totp").exists()

    phone.get_by_role("link", name="Done").click()
    has_heading(phone, "Two-step sign-in")
    expect(phone.get_by_role("link", name="Turn it off")).to_be_visible()
    check(phone, "two-step-on")
