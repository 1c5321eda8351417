"""Every practice, walked through at phone size: add, use, come back."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from icalendar import Calendar
from playwright.sync_api import expect

from tests.browser.conftest import assert_accessible, log_in, shot
from tests.conftest import make_parent


@pytest.fixture(autouse=True)
def _quiet_screen(monkeypatch):
    # The safety screen has its own tests; here nothing written should raise a flag.
    monkeypatch.setattr("setdown.safety.screen.screen", lambda text: SimpleNamespace(level="none"))


def check(page, name: str) -> None:
    assert_accessible(page, name)
    shot(page, name)


@pytest.mark.django_db(transaction=True)
def test_walk_every_practice(phone):
    page = phone
    log_in(page, make_parent("walk@example.org"))

    page.goto(page.base + "/practices/")
    check(page, "practices-overview-empty")

    # 1. A rule, re-checked (after a first try with nothing filled in).
    page.get_by_role("link", name="My rules, re-checked").click()
    check(page, "practices-rules-empty")
    page.get_by_role("link", name="Re-check a rule").click()
    page.get_by_label("A 'good parent' rule you live by").fill("A good parent cooks every night")
    page.get_by_role("button", name="Keep this rule").click()
    expect(page.locator(".errorlist").first).to_be_visible()
    assert page.get_by_label("A 'good parent' rule you live by").input_value().startswith("A good")
    check(page, "practices-rule-errors")
    page.get_by_label("Family").check()
    page.get_by_label("Just tradition").check()
    page.get_by_label("What you'll keep").fill("Eating together when we can")
    page.get_by_role("button", name="Keep this rule").click()
    page.wait_for_url("**/practices/rules/")
    expect(page.get_by_text("Just tradition")).to_be_visible()
    check(page, "practices-rules")

    # 2. A connection moment: plan it, put it in the calendar, say how it went.
    page.goto(page.base + "/practices/moments/")
    page.get_by_role("link", name="Plan a moment").click()
    assert page.get_by_label("When?").input_value().endswith("T18:00")
    check(page, "practices-moment-new")
    page.get_by_label("What will you do together?").fill("Read one picture book on the sofa")
    page.get_by_label("With whom?").fill("Maya")
    page.get_by_role("button", name="Plan it").click()
    page.wait_for_url("**/practices/moments/")
    with page.expect_download() as download:
        page.get_by_role("link", name="Add to calendar").click()
    assert download.value.suggested_filename == "setdown-moment.ics"
    [event] = Calendar.from_ical(open(download.value.path(), "rb").read()).walk("VEVENT")
    assert str(event["summary"]) == "Read one picture book on the sofa (with Maya)"
    check(page, "practices-moments-planned")
    page.get_by_role("link", name="How did it go?").click()
    page.get_by_label("We had our moment").check()
    page.get_by_label("How did it feel?").fill("Slow and warm. She chose the book twice.")
    check(page, "practices-moment-how-it-went")
    page.get_by_role("button", name="Save").click()
    page.wait_for_url("**/practices/moments/")
    expect(page.get_by_text("Slow and warm")).to_be_visible()
    check(page, "practices-moments")

    # 3. Phrases: borrow one, write one, put the own one first.
    page.goto(page.base + "/practices/phrases/")
    check(page, "practices-phrases-empty")
    page.get_by_role("button", name="Make it mine").first.click()
    page.get_by_role("link", name="Write your own phrase").click()
    page.get_by_label("Your phrase").fill("Tired is not the same as failing.")
    page.get_by_role("button", name="Keep this phrase").click()
    page.wait_for_url("**/practices/phrases/")
    page.get_by_role("button", name="Move up").click()
    page.locator(".phrase-first", has_text="Tired is not the same as failing.").wait_for()
    check(page, "practices-phrases")

    # 4. A boundary and its weekly check-in.
    page.goto(page.base + "/practices/boundaries/")
    page.get_by_role("link", name="Add a boundary").click()
    page.get_by_label("What leaves you feeling 'not enough'?").fill("A spotless-home account")
    page.get_by_label("Mute").check()
    page.get_by_label("What exactly will you do?").fill("Mute her for a week.")
    page.get_by_role("button", name="Keep this boundary").click()
    page.wait_for_url("**/practices/boundaries/**")
    page.get_by_role("link", name="Check in: did it hold?").click()
    page.get_by_label("It held").check()
    page.get_by_label("How did it feel?").fill("Lighter, honestly.")
    check(page, "practices-boundary-check")
    page.get_by_role("button", name="Save my check-in").click()
    page.wait_for_url("**/practices/boundaries/**")
    expect(page.get_by_text("Lighter, honestly.")).to_be_visible()
    check(page, "practices-boundaries")

    # 5. A belief card.
    page.goto(page.base + "/practices/beliefs/")
    page.get_by_role("link", name="Rewrite a belief").click()
    page.get_by_label("The old belief").fill("Resting means I'm lazy.")
    page.get_by_label("What sets it off?").fill("Sitting down with toys on the floor.")
    page.get_by_label("What do you feel next?").fill("Restless, guilty.")
    page.get_by_label("A new truth").fill("Rest is how I keep going.")
    page.get_by_role("button", name="Keep this card").click()
    page.wait_for_url("**/practices/beliefs/")
    expect(page.locator(".truth", has_text="Rest is how I keep going.")).to_be_visible()
    check(page, "practices-beliefs")

    # 6. Repair: words from an example, practised once, and a repair noted.
    page.goto(page.base + "/practices/repair/")
    check(page, "practices-repair-empty")
    page.get_by_role("link", name="Start from these words").first.click()
    assert "I shouted" in page.get_by_label("Your repair words").input_value()
    page.get_by_role("button", name="Keep these words").click()
    page.wait_for_url("**/practices/repair/")
    page.get_by_role("button", name="I practised it").click()
    page.wait_for_url("**/practices/repair/")
    expect(page.get_by_text("Practised once.")).to_be_visible()
    page.get_by_role("link", name="Note a repair").click()
    page.get_by_label("What happened?").fill("Snapped about shoes.")
    page.get_by_label("How did coming back go?").fill("We hugged and tried again.")
    page.get_by_role("button", name="Note it").click()
    page.wait_for_url("**/practices/repair/")
    expect(page.get_by_text("We hugged and tried again.")).to_be_visible()
    check(page, "practices-repair")

    page.goto(page.base + "/practices/")
    expect(page.get_by_text("1 rule re-checked.")).to_be_visible()
    check(page, "practices-overview")


@pytest.mark.django_db(transaction=True)
def test_full_pages_in_dark_mode(phone_dark):
    from tests import factories as f

    page = phone_dark
    parent = make_parent("dark@example.org")
    made = f.fill_everything(parent)
    f.make_moment(parent, activity="Story time", status="let_go", felt="Too tired, and that's okay")
    f.make_phrase(parent, text="One hard moment is not the whole story.", position=1)
    f.make_boundary(parent, source="A group chat", kind="limit", active=False)
    f.make_script(parent, script="Sorry I was loud. Let's try again.", practice_count=2)
    log_in(page, parent)
    for path in ["", "rules/", "moments/", "phrases/", "boundaries/", "beliefs/", "repair/"]:
        page.goto(f"{page.base}/practices/{path}")
        check(page, f"dark-practices-{path.strip('/') or 'overview'}")
    page.goto(f"{page.base}/practices/rules/{made['rule'].pk}/edit/")
    check(page, "dark-practices-rule-edit")
    page.goto(f"{page.base}/practices/beliefs/{made['belief'].pk}/delete/")
    check(page, "dark-practices-belief-delete")
    page.get_by_role("button", name="Yes, delete it").click()
    page.wait_for_url("**/practices/beliefs/")
    expect(page.get_by_text("That card is gone.")).to_be_visible()
