"""The six steps in a real browser: teaching, reflection, nothing typed is lost."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_accessible, log_in, shot
from tests.conftest import make_parent

ANSWERS = {
    "culture": [
        ("fill", "A 'good parent' rule", "A good dad never needs a break"),
        ("check", "Family", None),
        ("check", "Just tradition", None),
    ],
    "roles": [
        ("fill", "What will you do together", "Ten minutes of Lego, phone in another room"),
        ("fill", "With whom", "Noor"),
    ],
    "biology": [("fill", "Your phrase", "My body is tired, not failing.")],
    "comparison": [("fill", "not enough", "The tidy-house videos"), ("check", "Mute", None)],
    "beliefs": [
        ("fill", "The old belief", "Resting means I'm lazy"),
        ("fill", "A new truth", "Rest is how I keep going for them"),
    ],
    "repair": [("fill", "Your repair words", "I'm sorry I shouted. I love you. Let's try again.")],
}


def _field(page, hint: str):
    return (
        page.locator("form[data-draft] .field")
        .filter(has_text=hint)
        .locator("input, textarea")
        .first
    )


@pytest.mark.django_db(transaction=True)
def test_walk_all_six_steps_at_phone_size(phone):
    parent = make_parent("walker@example.org")
    log_in(phone, parent)
    for key, actions in ANSWERS.items():
        phone.goto(phone.base + f"/program/{key}/")
        assert_accessible(phone, f"step {key}")
        for action, hint, value in actions:
            if action == "fill":
                _field(phone, hint).fill(value)
            else:
                phone.get_by_label(hint, exact=True).check()
        # Fill anything still empty and required with a plain sentence.
        for box in phone.locator(
            "form[data-draft] textarea, form[data-draft] input[type=text]"
        ).all():
            if not box.input_value() and box.get_attribute("required") is not None:
                box.fill("Something true for me")
        phone.get_by_role("button", name="Save my answer").click()
        phone.wait_for_load_state()
        expect(phone.get_by_role("heading", name="Your answers")).to_be_visible()
        shot(phone, f"step-{key}")
    phone.goto(phone.base + "/program/")
    expect(phone.get_by_text("You've walked all six")).to_be_visible()
    shot(phone, "program-done")
    phone.goto(phone.base + "/program/big-picture/")
    expect(phone.get_by_text("My body is tired, not failing.")).to_be_visible()
    assert_accessible(phone, "big picture")
    shot(phone, "big-picture")


@pytest.mark.django_db(transaction=True)
def test_nothing_is_lost_on_reload_dropped_network_or_expired_session(phone):
    parent = make_parent("keeper@example.org")
    log_in(phone, parent)
    url = phone.base + "/program/beliefs/"
    words = "If I rest, everything falls apart"

    # A reload while typing.
    phone.goto(url)
    _field(phone, "The old belief").fill(words)
    phone.reload()
    assert _field(phone, "The old belief").input_value() == words
    expect(phone.get_by_text("We brought back what you were writing.")).to_be_visible()

    # The network drops as the parent presses save.
    phone.context.set_offline(True)
    try:
        phone.get_by_role("button", name="Save my answer").click()
    except Exception:
        pass
    phone.context.set_offline(False)
    phone.goto(url)
    assert _field(phone, "The old belief").input_value() == words

    # The session expires while typing: sign in again and the words are back.
    phone.context.clear_cookies()
    phone.get_by_role("button", name="Save my answer").click()
    phone.wait_for_load_state()
    phone.goto(phone.base + "/accounts/login/?next=/program/beliefs/")
    phone.get_by_label("Email").fill(parent.email)
    phone.get_by_label("Password").fill("a calm long password 42")
    phone.get_by_role("button", name="Sign in").click()
    phone.wait_for_url(url)
    assert _field(phone, "The old belief").input_value() == words

    # Once saved for real, the browser copy is forgotten.
    _field(phone, "A new truth").fill("Rest keeps me kind")
    phone.get_by_role("button", name="Save my answer").click()
    phone.wait_for_load_state()
    phone.goto(url)
    assert _field(phone, "The old belief").input_value() == ""


@pytest.mark.django_db(transaction=True)
def test_server_draft_follows_the_parent_to_another_device(browser, live_server):
    from tests.browser.conftest import PHONE

    parent = make_parent("two-phones@example.org")
    first = browser.new_context(viewport=PHONE).new_page()
    first.base = live_server.url
    log_in(first, parent)
    first.goto(first.base + "/program/repair/")
    box = first.locator("form[data-draft] textarea").first
    box.fill("Sorry, love. I got loud. Can we start again?")
    expect(first.locator(".draft-status")).to_have_text("Draft saved.")
    second = browser.new_context(viewport=PHONE).new_page()
    second.base = live_server.url
    log_in(second, parent)
    second.goto(second.base + "/program/repair/")
    expect(second.locator("form[data-draft] textarea").first).to_have_value(
        "Sorry, love. I got loud. Can we start again?"
    )
    first.context.close()
    second.context.close()
