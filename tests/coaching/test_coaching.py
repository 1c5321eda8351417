"""Coaching: a coach invites, the parent chooses exactly what to share, the coach sees only that."""

from __future__ import annotations

import re

import pytest
from django.utils import timezone

from setdown.coaching.models import Link
from tests.conftest import make_parent
from tests.factories import make_checkin, make_link

pytestmark = pytest.mark.django_db


@pytest.fixture
def coach(db):
    return make_parent("dana@example.org", address_as="parent")


def _invite(client, coach, name="Dana Reyes, parent coach", label="Sam, Tuesday group") -> str:
    client.force_login(coach)
    response = client.post("/coach/invite/", {"coach_name": name, "label": label})
    assert response.status_code == 302
    page = client.get("/coach/").content.decode()
    return re.search(r'value="https?://[^/"]+(/coach/join/[^"]+/)"', page).group(1)


def test_a_parent_shares_only_the_numbers_and_the_coach_sees_no_words(client, coach, parent):
    make_checkin(parent, what="I snapped at bedtime over the toothbrush", heavy_before=8)
    join = _invite(client, coach)

    client.force_login(parent)
    page = client.get(join).content.decode()
    assert "Dana Reyes, parent coach would like to support you" in page
    response = client.post(join, {"share": ["insights"]})
    assert response.status_code == 302
    link = Link.objects.get(parent=parent)
    assert link.share_insights and link.groups == []

    client.force_login(coach)
    page = client.get(f"/coach/parents/{link.pk}/").content.decode()
    assert "Sam, Tuesday group" in page
    assert "1 moment named" in page
    assert "toothbrush" not in page
    assert client.get(f"/coach/parents/{link.pk}/chart/heaviness.svg").status_code == 200


def test_the_parent_can_add_words_later_and_take_them_back(client, coach, parent):
    make_checkin(parent, what="I snapped at bedtime over the toothbrush")
    link = make_link(coach=coach, parent=parent, share_insights=False, groups=())
    client.force_login(coach)
    assert "toothbrush" not in client.get(f"/coach/parents/{link.pk}/").content.decode()
    assert client.get(f"/coach/parents/{link.pk}/chart/heaviness.svg").status_code == 404

    client.force_login(parent)
    client.post(f"/coach/sharing/{link.pk}/", {"share": ["checkin"]})
    client.force_login(coach)
    assert "toothbrush" in client.get(f"/coach/parents/{link.pk}/").content.decode()

    client.force_login(parent)
    client.post(f"/coach/sharing/{link.pk}/", {})
    client.force_login(coach)
    assert "toothbrush" not in client.get(f"/coach/parents/{link.pk}/").content.decode()


def test_stopping_ends_what_the_coach_can_see_at_once(client, coach, parent):
    link = make_link(coach=coach, parent=parent)
    client.force_login(parent)
    assert client.post(f"/coach/sharing/{link.pk}/stop/").status_code == 302
    client.force_login(coach)
    assert client.get(f"/coach/parents/{link.pk}/").status_code == 404
    assert "Parents sharing with you" not in client.get("/coach/").content.decode()


def test_the_coach_can_end_it_too(client, coach, parent):
    link = make_link(coach=coach, parent=parent)
    client.force_login(coach)
    assert client.post(f"/coach/parents/{link.pk}/end/").status_code == 302
    client.force_login(parent)
    assert "If your coach sends you an invitation link" in client.get("/coach/").content.decode()


def test_an_invitation_works_once(client, coach, parent):
    join = _invite(client, coach)
    client.force_login(parent)
    client.post(join, {"share": ["insights"]})
    someone = make_parent("third@example.org")
    client.force_login(someone)
    response = client.get(join)
    assert response.status_code == 404
    assert "no longer works" in response.content.decode()
    assert not Link.objects.filter(parent=someone).exists()


def test_an_old_invitation_no_longer_works(client, coach, parent):
    join = _invite(client, coach)
    Link.objects.update(created_at=timezone.now() - timezone.timedelta(days=15))
    client.force_login(parent)
    assert client.get(join).status_code == 404
    assert client.get("/coach/join/not-a-real-token/").status_code == 404


def test_a_withdrawn_invitation_no_longer_works(client, coach, parent):
    join = _invite(client, coach)
    client.post(f"/coach/invites/{Link.objects.get().pk}/withdraw/")
    client.force_login(parent)
    assert client.get(join).status_code == 404


def test_a_coach_opening_their_own_invitation_links_nobody(client, coach):
    join = _invite(client, coach)
    page = client.get(join).content.decode()
    assert "This is your own invitation" in page
    client.post(join, {"share": ["insights"]})
    assert not Link.objects.filter(parent__isnull=False).exists()


def test_a_second_invitation_from_the_same_coach_updates_the_first(client, coach, parent):
    make_link(coach=coach, parent=parent, share_insights=True, groups=())
    join = _invite(client, coach)
    client.force_login(parent)
    client.post(join, {"share": ["practice"]})
    link = Link.objects.get(parent=parent)
    assert (link.share_insights, link.groups) == (False, ["practice"])
    assert Link.objects.count() == 1


def test_signing_in_comes_back_to_the_invitation(client, coach):
    join = _invite(client, coach)
    client.logout()
    response = client.get(join)
    assert response.status_code == 302
    assert response["Location"] == f"/accounts/login/?next={join}"


def test_an_invitation_without_a_name_says_so_and_keeps_the_note(client, coach):
    client.force_login(coach)
    response = client.post("/coach/invite/", {"coach_name": "  ", "label": "Sam, Tuesday group"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "Please add your name" in page
    assert 'value="Sam, Tuesday group"' in page
    assert not Link.objects.exists()


def test_the_invitation_secret_is_never_stored(client, coach):
    join = _invite(client, coach)
    token = join.rstrip("/").rsplit("/", 1)[1]
    link = Link.objects.get()
    assert token not in (link.token_hash or "")
    assert len(link.token_hash) == 64
    # shown once: the next visit to the page no longer shows it
    assert token not in client.get("/coach/").content.decode()


def test_the_coach_sees_the_parent_by_their_note_or_name_never_by_how_the_app_greets_them(
    client, coach
):
    mum = make_parent("kim@example.org", address_as="mom")
    link = make_link(coach=coach, parent=mum)
    client.force_login(coach)
    page = client.get(f"/coach/parents/{link.pk}/").content.decode()
    assert "<h1>kim@example.org</h1>" in page
    mum.name = "Kim"
    mum.save()
    assert "<h1>Kim</h1>" in client.get(f"/coach/parents/{link.pk}/").content.decode()
