"""Real Chromium through Playwright, against pytest-django's live server.

Outside CI a missing browser skips these tests with one line; with CI=true it fails.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
SHOTS = Path(__file__).resolve().parents[2] / "var" / "test-screenshots"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{CHROMIUM} is missing; CI needs a browser")
        pytest.skip(f"no browser at {CHROMIUM} (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield browser
        browser.close()


def _context(browser, viewport, dark=False):
    return browser.new_context(
        viewport=viewport,
        color_scheme="dark" if dark else "light",
        device_scale_factor=1,
        has_touch=viewport is PHONE,
    )


@pytest.fixture
def phone(browser, live_server):
    context = _context(browser, PHONE)
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.base = live_server.url
    yield page
    context.close()


@pytest.fixture
def desktop(browser, live_server):
    context = _context(browser, DESKTOP)
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.base = live_server.url
    yield page
    context.close()


@pytest.fixture
def phone_dark(browser, live_server):
    context = _context(browser, PHONE, dark=True)
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.base = live_server.url
    yield page
    context.close()


def shot(page, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    width = page.viewport_size["width"]
    path = SHOTS / f"{re.sub(r'[^a-z0-9_-]+', '-', name.lower())}-{width}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


_axe = None


def assert_accessible(page, name: str = "") -> None:
    """axe-core scan: no serious or critical violations."""
    global _axe
    if _axe is None:
        from axe_playwright_python.sync_playwright import Axe

        _axe = Axe()
    results = _axe.run(page)
    bad = [
        f"{v['id']} ({v['impact']}): {v['help']} -> {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert not bad, f"axe on {name or page.url}:\n" + "\n".join(bad)


def sign_up(page, email: str = "new@example.org", password: str = "a calm long password 42"):
    page.goto(page.base + "/accounts/signup/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password", exact=True).fill(password)
    page.get_by_label("Password (again)").fill(password)
    page.get_by_role("button", name="Create my account").click()
    page.wait_for_url("**/welcome/")


def onboard(page, address: str = "Mom"):
    page.get_by_label(address, exact=True).check()
    page.get_by_role("button", name="Let's begin").click()
    page.wait_for_url(page.base + "/")


def log_in(page, user, password: str = "a calm long password 42"):
    page.goto(page.base + "/accounts/login/")
    page.get_by_label("Email").fill(user.email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(page.base + "/")
