"""Name it, in a real browser at phone size: thirty seconds, one hand, help when it's needed."""

from __future__ import annotations

import time

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_accessible, log_in, shot
from tests.conftest import make_parent

# A tired parent reads each screen for a moment and types with one thumb.
READING_PAUSE_MS = 1500
THUMB_TYPING_DELAY_MS = 60


@pytest.mark.django_db(transaction=True)
def test_a_check_in_takes_under_thirty_seconds_on_a_phone(phone):
    parent = make_parent("quick@example.org")
    log_in(phone, parent)
    started = time.monotonic()

    phone.get_by_role("link", name="Name it").click()
    phone.wait_for_timeout(READING_PAUSE_MS)
    phone.get_by_label("What happened?").press_sequentially(
        "snapped at my daughter over her shoes and she cried", delay=THUMB_TYPING_DELAY_MS
    )
    phone.locator(".scale label", has_text="8").click()
    assert_accessible(phone, "check-in 1")
    shot(phone, "checkin-1")
    phone.get_by_role("button", name="Next").click()

    phone.wait_for_timeout(READING_PAUSE_MS)
    expect(phone.get_by_text("Suggested").first).to_be_visible()
    assert_accessible(phone, "check-in 2")
    shot(phone, "checkin-2")
    phone.get_by_role("button", name="Next").click()

    phone.wait_for_timeout(READING_PAUSE_MS)
    assert_accessible(phone, "check-in 3")
    shot(phone, "checkin-3")
    phone.locator(".scale label", has_text="5").click()
    phone.get_by_role("button", name="Save").click()
    expect(phone.get_by_text("3 points lighter")).to_be_visible()
    elapsed = time.monotonic() - started
    shot(phone, "checkin-done")
    print(f"check-in took {elapsed:.1f}s including reading pauses and typing")
    assert elapsed < 30


@pytest.mark.django_db(transaction=True)
def test_urgent_words_bring_help_at_once_and_keep_the_words(phone):
    parent = make_parent("heavy@example.org")
    log_in(phone, parent)
    phone.goto(phone.base + "/checkin/new/")
    words = (
        "long day, baby cried for hours. i keep thinking everyone would be better off without me"
    )
    phone.get_by_label("What happened?").fill(words)
    phone.locator(".scale label", has_text="9").click()
    phone.get_by_role("button", name="Next").click()
    panel = phone.locator(".help-panel")
    expect(panel).to_be_visible()
    expect(panel.locator('a[href="tel:988"]').first).to_be_visible()
    expect(panel.locator('a[href="sms:988"]').first).to_be_visible()
    assert_accessible(phone, "urgent panel")
    shot(phone, "urgent-panel")
    # It can be put away, and the check-in carries on; the words are saved.
    panel.locator("summary").click()
    phone.get_by_role("button", name="Next").click()
    phone.goto(phone.base + "/checkin/")
    expect(phone.get_by_text("better off without me")).to_be_visible()


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(
    "words",
    [
        "shouted at the kids after he pushed me into the door again. im scared of him",
        # no word of violence: what he takes and reads
        "snapped at the baby tonight. he keeps my passport in his drawer and reads my texts",
    ],
)
def test_words_about_an_unsafe_home_bring_the_abuse_line_first(phone, words):
    parent = make_parent("home@example.org")
    log_in(phone, parent)
    phone.goto(phone.base + "/checkin/new/")
    phone.get_by_label("What happened?").fill(words)
    phone.locator(".scale label", has_text="8").click()
    phone.get_by_role("button", name="Next").click()
    card = phone.locator(".help-panel")
    expect(card).to_be_visible()
    expect(card.get_by_text("not your fault")).to_be_visible()
    first = card.locator("li").first
    expect(first).to_contain_text("National Domestic Violence Hotline")
    expect(first.locator('a[href="tel:18007997233"]')).to_be_visible()
    # danger right now has its own number, even on the gentle card
    expect(card.get_by_role("link", name="call 911")).to_be_visible()
    assert_accessible(phone, "unsafe home card")
    shot(phone, "home-card")


@pytest.mark.django_db(transaction=True)
def test_journal_and_insights_pages(phone, phone_dark):
    from tests.insights.test_insights import weeks_of_history

    parent = make_parent("pattern@example.org")
    weeks_of_history(parent, weeks=12)
    for page, label in ((phone, "light"), (phone_dark, "dark")):
        log_in(page, parent)
        page.goto(page.base + "/insights/?range=3m")
        expect(page.locator("img.chart").first).to_be_visible()
        page.wait_for_load_state("networkidle")
        assert page.evaluate("[...document.images].every(i => i.complete && i.naturalWidth > 0)")
        assert_accessible(page, f"insights {label}")
        shot(page, f"insights-{label}")
        page.goto(page.base + "/journal/?q=work")
        expect(page.get_by_text("late at work 3").first).to_be_visible()
        assert_accessible(page, f"journal {label}")
        shot(page, f"journal-{label}")
