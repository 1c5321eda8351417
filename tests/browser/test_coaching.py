"""A coach invites, a parent on a phone chooses what to share, the coach sees only that."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import DESKTOP, PHONE, assert_accessible, log_in, shot
from tests.conftest import make_parent
from tests.factories import make_checkin


@pytest.mark.django_db(transaction=True)
def test_coach_invites_parent_chooses_coach_sees_only_that(browser, live_server):
    coach = make_parent("dana@example.org", address_as="parent")
    parent = make_parent("sam@example.org")
    make_checkin(parent, what="Snapped at bedtime over the toothbrush", heavy_before=8)

    coach_context = browser.new_context(viewport=DESKTOP)
    desk = coach_context.new_page()
    desk.base = live_server.url
    log_in(desk, coach)
    desk.goto(desk.base + "/coach/")
    desk.get_by_text("If you are a coach").click()
    desk.get_by_label("Your name, as the parent will see it").fill("Dana Reyes, parent coach")
    desk.get_by_label("A note for yourself").fill("Sam, Tuesday group")
    desk.get_by_role("button", name="Make an invitation link").click()
    link = desk.get_by_label("Invitation link")
    expect(link).to_be_visible()
    invitation = link.input_value()
    assert_accessible(desk, "coach page")
    shot(desk, "coach-invite")

    parent_context = browser.new_context(viewport=PHONE)
    phone = parent_context.new_page()
    phone.base = live_server.url
    log_in(phone, parent)
    phone.goto(invitation)
    expect(phone.get_by_role("heading", level=1)).to_have_text(
        "Dana Reyes, parent coach would like to support you"
    )
    assert_accessible(phone, "join")
    shot(phone, "coach-join")
    phone.get_by_label("My check-ins, with what I wrote").check()
    phone.get_by_role("button", name="Share what I ticked").click()
    expect(phone.get_by_text("Check-ins, with the words written")).to_be_visible()
    shot(phone, "coach-my-coaches")

    desk.goto(desk.base + "/coach/")
    desk.get_by_role("link", name="Sam, Tuesday group").click()
    expect(desk.get_by_text("Snapped at bedtime over the toothbrush")).to_be_visible()
    expect(desk.get_by_role("heading", name="How heavy it felt, the last 3 months")).to_have_count(
        0
    )
    assert_accessible(desk, "coach view of a parent")
    shot(desk, "coach-parent")
    shared_page = desk.url

    phone.get_by_role("link", name="Stop sharing").click()
    phone.get_by_role("button", name="Stop sharing").click()
    expect(phone.get_by_text("can no longer see anything of yours")).to_be_visible()
    assert desk.goto(shared_page).status == 404
    coach_context.close()
    parent_context.close()
