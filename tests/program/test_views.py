from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils.html import escape

from setdown.practices import models as pm

ANSWERS = {
    "culture": {
        "rule": "A good mum bakes from scratch",
        "source": "family",
        "verdict": "tradition",
        "keep": "Baking together sometimes",
        "drop": "The guilt about shop cake",
    },
    "roles": {
        "activity": "Ten minutes of blocks, phone in the drawer",
        "with_whom": "Ada",
        "planned_for": "2030-05-04T18:30",
    },
    "biology": {"text": "I'm tired, not failing."},
    "comparison": {
        "source": "The perfect lunchbox account",
        "kind": "mute",
        "detail": "Mute it for a week",
    },
    "beliefs": {
        "old_belief": "Resting is lazy",
        "trigger": "Sitting down while toys are out",
        "emotion": "Shame",
        "new_truth": "Rest is part of caring for them",
    },
    "repair": {"script": "I'm sorry I shouted. That was my big feeling, not your fault. Hug?"},
}


@pytest.mark.django_db
def test_program_shows_six_steps_not_started(parent_client):
    body = parent_client.get("/program/").content.decode()
    assert body.count("Not started") == 6


@pytest.mark.django_db
@pytest.mark.parametrize("key", list(ANSWERS))
def test_answering_a_step_makes_it_done_and_creates_the_practice(parent_client, parent, key):
    page = parent_client.get(f"/program/{key}/")
    assert page.status_code == 200
    response = parent_client.post(f"/program/{key}/", ANSWERS[key])
    assert response.status_code == 302, response.content.decode()[:2000]
    item = pm.STEP_MODELS[key].objects.get(user=parent)
    assert item.origin == pm.Origin.STEP
    body = parent_client.get("/program/").content.decode()
    assert body.count("Not started") == 5
    assert escape(item.texts()[0]) in parent_client.get(f"/program/{key}/").content.decode()


@pytest.mark.django_db
def test_missing_answer_shows_message_and_keeps_input(parent_client, parent):
    response = parent_client.post(
        "/program/beliefs/", {"old_belief": "Mothers never rest", "new_truth": ""}
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "needs a few words" in body and "Mothers never rest" in body
    assert not pm.RewrittenBelief.objects.filter(user=parent).exists()


@pytest.mark.django_db
def test_bad_date_is_explained_not_a_crash(parent_client):
    data = {**ANSWERS["roles"], "planned_for": "next tuesday-ish"}
    response = parent_client.post("/program/roles/", data)
    assert response.status_code == 200
    assert "Pick a day and a time" in response.content.decode()


@pytest.mark.django_db
def test_unknown_step_is_404(parent_client):
    assert parent_client.get("/program/nonsense/").status_code == 404


@pytest.mark.django_db
def test_big_picture_gathers_own_answers_once_all_done(parent_client, parent):
    for key, data in ANSWERS.items():
        parent_client.post(f"/program/{key}/", data)
    body = parent_client.get("/program/").content.decode()
    assert "You've walked all six" in body
    page = parent_client.get(reverse("program:big_picture")).content.decode()
    for text in ("Resting is lazy", "I'm tired, not failing.", "The perfect lunchbox account"):
        assert text.replace("'", "&#x27;") in page


@pytest.mark.django_db
def test_a_strangers_answers_never_show(parent_client, stranger):
    pm.Phrase.objects.create(user=stranger, text="Stranger's own words", origin="step")
    assert "Stranger" not in parent_client.get("/program/biology/").content.decode()
    assert "Stranger" not in parent_client.get("/program/big-picture/").content.decode()


@pytest.mark.django_db
def test_home_shows_next_step_phrase_and_repair_script(parent_client, parent):
    parent_client.post("/program/biology/", ANSWERS["biology"])
    parent_client.post("/program/repair/", ANSWERS["repair"])
    body = parent_client.get("/").content.decode()
    assert "tired, not failing" in body
    assert "That was my big feeling" in body
    assert "The impossible picture" in body  # the next step, in the suggested order


@pytest.mark.django_db
def test_returning_after_a_while_gets_a_plain_welcome_back(parent_client, parent):
    from django.utils import timezone

    parent.last_visit_on = timezone.localdate() - timezone.timedelta(days=30)
    parent.save()
    body = parent_client.get("/").content.decode()
    assert "Welcome back" in body
    for shaming in ("missed", "streak", "days since"):
        assert shaming not in body.lower()
