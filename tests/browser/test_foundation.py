"""Sign up, onboarding and the first pages, in a real browser at phone and desktop sizes."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_accessible, onboard, shot, sign_up


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("size", ["phone", "desktop"])
def test_sign_up_onboard_and_home(request, size):
    page = request.getfixturevalue(size)
    external = []
    page.on(
        "request",
        lambda r: external.append(r.url) if not r.url.startswith(page.base) else None,
    )
    page.goto(page.base + "/")
    expect(page.get_by_role("link", name="Need support now?").first).to_be_visible()
    assert_accessible(page, "landing")
    shot(page, "landing")

    sign_up(page, email=f"{size}@example.org")
    assert_accessible(page, "welcome")
    shot(page, "welcome")
    onboard(page, "Dad")
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile(r"^Hello, Dad"))
    expect(page.get_by_role("link", name="Name it")).to_be_visible()
    assert_accessible(page, "home")
    shot(page, "home")
    assert external == [], f"loaded from another server: {external}"


@pytest.mark.django_db(transaction=True)
def test_signup_errors_keep_what_was_typed(phone):
    phone.goto(phone.base + "/accounts/signup/")
    phone.get_by_label("Email").fill("kai@example.org")
    phone.get_by_label("Password", exact=True).fill("short")
    phone.get_by_label("Password (again)").fill("short")
    phone.get_by_role("button", name="Create my account").click()
    expect(phone.locator(".errorlist").first).to_be_visible()
    assert phone.get_by_label("Email").input_value() == "kai@example.org"
    assert_accessible(phone, "signup with errors")
    shot(phone, "signup-errors")


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("path", ["/support/", "/accounts/login/", "/about/"])
def test_public_pages_are_accessible_in_dark_mode(phone_dark, path):
    phone_dark.goto(phone_dark.base + path)
    assert_accessible(phone_dark, path)
    shot(phone_dark, "dark" + path)


@pytest.mark.django_db(transaction=True)
def test_support_page_works_without_javascript(browser, live_server):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(live_server.url + "/")
    page.get_by_role("link", name="Need support now?").first.click()
    expect(page).to_have_url(re.compile(r"/support/$"))
    expect(page.locator('a[href="tel:988"]').first).to_be_visible()
    context.close()


@pytest.mark.django_db(transaction=True)
def test_escape_three_times_leaves_quickly(phone, settings):
    from tests.browser.conftest import log_in
    from tests.conftest import make_parent

    settings.SETDOWN_QUICK_EXIT_URL = "/support/"  # stays on this server in tests
    log_in(phone, make_parent("leaving@example.org"))
    for _ in range(3):
        phone.keyboard.press("Escape")
    phone.wait_for_url("**/support/")
    phone.goto(phone.base + "/settings/")
    assert "/accounts/login/" in phone.url
