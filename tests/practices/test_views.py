"""The /practices/ pages, as the parent who owns everything on them.

Strangers are covered for every URL with an id by tests/test_access.py.
"""

from __future__ import annotations

import datetime as dt
import html

import pytest
from django.urls import reverse
from django.utils import timezone

from setdown.drafts.models import Draft
from setdown.journal.models import Entry
from setdown.practices import models as m
from setdown.program import content
from tests import factories as f

pytestmark = pytest.mark.django_db

LIST_PAGES = ["overview", "rules", "moments", "phrases", "boundaries", "beliefs", "repair"]

VALID = {
    "rules": {"rule": "A good parent never sits down", "source": "family", "verdict": "tradition"},
    "moments": {
        "activity": "Bubbles in the bath",
        "with_whom": "Ada",
        "planned_for": "2031-05-02T18:30",
    },
    "phrases": {"text": "Tired, not failing."},
    "boundaries": {"source": "A perfect-home account", "kind": "mute", "detail": "Mute for a week"},
    "beliefs": {
        "old_belief": "Rest is lazy",
        "trigger": "Toys on the floor",
        "emotion": "Restless",
        "new_truth": "Rest keeps me going",
    },
    "repair": {"script": "I shouted. I'm sorry. Let's start again."},
}


def body(response) -> str:
    """The page with HTML escapes undone, so tests can look for the words a parent reads."""
    return html.unescape(response.content.decode())


@pytest.mark.parametrize("name", LIST_PAGES)
def test_pages_invite_gently_when_empty(parent_client, name):
    response = parent_client.get(reverse(f"practices:{name}"))
    assert response.status_code == 200
    text = body(response)
    assert "When you're ready" in text
    assert "<title>Setdown</title>" in text
    for word in ("streak", "you missed", "failed", "%"):
        assert word not in text.lower().replace("100%", "")


@pytest.mark.parametrize("name", LIST_PAGES)
def test_pages_need_sign_in(client, name):
    response = client.get(reverse(f"practices:{name}"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_overview_names_every_practice_with_a_count(parent_client, parent):
    f.make_rule(parent)
    f.make_rule(parent)
    f.make_moment(parent, status="done")
    text = body(parent_client.get(reverse("practices:overview")))
    for step in content.steps():
        assert step.practice in text
    assert "2 rules re-checked." in text
    assert "1 moment together so far." in text


def test_every_list_shows_what_was_written(parent_client, parent):
    everything = f.fill_everything(parent)
    f.make_script(parent, script="Newest words")
    pages = {name: body(parent_client.get(reverse(f"practices:{name}"))) for name in LIST_PAGES}
    assert everything["rule"].rule in pages["rules"] and "Just tradition" in pages["rules"]
    assert everything["moment"].activity in pages["moments"]
    assert everything["phrase"].text in pages["phrases"]
    assert everything["boundary_check"].boundary.source in pages["boundaries"]
    assert "It held" in pages["boundaries"]
    assert everything["belief"].new_truth in pages["beliefs"]
    assert "Newest words" in pages["repair"] and "Earlier versions (1)" in pages["repair"]
    assert everything["repair_log"].what_happened in pages["repair"]
    for name in LIST_PAGES[1:]:
        assert "Only you can see what you write here" in pages[name], name


def test_unknown_kind_is_404(parent_client):
    assert parent_client.get("/practices/feelings/new/").status_code == 404
    assert parent_client.get("/practices/feelings/1/edit/").status_code == 404


@pytest.mark.parametrize("kind", VALID)
def test_add_each_kind(parent_client, parent, kind):
    url = reverse("practices:new", args=[kind])
    form_page = body(parent_client.get(url))
    assert f'data-draft="practices/{kind}/new"' in form_page
    Draft.objects.create(user=parent, key=f"practices/{kind}/new", data={"x": "half a thought"})

    response = parent_client.post(url, VALID[kind])

    assert response.status_code == 302
    assert response["Location"] == reverse(f"practices:{kind}")
    model = m.STEP_MODELS[{k.slug: k.step_key for k in _kinds()}[kind]]
    item = model.objects.get(user=parent)
    assert item.origin == m.Origin.OWN
    assert Entry.objects.filter(user=parent, object_id=item.pk).exists()
    assert not Draft.objects.filter(user=parent).exists()
    assert parent_client.get(response["Location"]).context["messages"]


def _kinds():
    from setdown.practices.kinds import KINDS

    return KINDS.values()


BAD = {
    "rules": {"rule": "Words I typed at 3 a.m.", "verdict": "maybe"},
    "moments": {"with_whom": "Words I typed at 3 a.m.", "planned_for": ""},
    "phrases": {"text": "   "},
    "boundaries": {"detail": "Words I typed at 3 a.m.", "kind": "block-everyone"},
    "beliefs": {"old_belief": "Words I typed at 3 a.m."},
    "repair": {},
}


@pytest.mark.parametrize("kind", BAD)
def test_missing_fields_keep_what_was_typed(parent_client, kind):
    response = parent_client.post(reverse("practices:new", args=[kind]), BAD[kind])
    assert response.status_code == 200
    text = body(response)
    assert "Something needs another look" in text and 'class="errorlist"' in text
    if any("Words I typed" in v for v in BAD[kind].values()):
        assert "Words I typed at 3 a.m." in text
    step_key = next(k.step_key for k in _kinds() if k.slug == kind)
    assert not m.STEP_MODELS[step_key].objects.exists()


def test_edit_and_come_back_to_next(parent_client, parent):
    rule = f.make_rule(parent)
    url = reverse("practices:edit", args=["rules", rule.pk]) + "?next=/program/culture/"
    page = body(parent_client.get(url))
    assert rule.rule in page and 'name="next" value="/program/culture/"' in page
    assert f'data-draft="practices/rules/{rule.pk}/edit"' in page

    data = {
        "rule": "Dinner must be home-made",
        "source": "culture",
        "verdict": "unsure",
        "next": "/program/culture/",
    }
    response = parent_client.post(url, data)

    assert response["Location"] == "/program/culture/"
    rule.refresh_from_db()
    assert rule.rule == "Dinner must be home-made" and rule.verdict == "unsure"


def test_next_to_another_site_is_ignored(parent_client, parent):
    rule = f.make_rule(parent)
    url = reverse("practices:edit", args=["rules", rule.pk])
    data = {"rule": "x", "source": "culture", "verdict": "true", "next": "https://evil.example/"}
    assert parent_client.post(url, data)["Location"] == reverse("practices:rules")


def test_delete_asks_first_and_works_without_javascript(parent_client, parent):
    belief = f.make_belief(parent)
    url = reverse("practices:delete", args=["beliefs", belief.pk])
    page = body(parent_client.get(url))
    assert "Delete this card?" in page and belief.new_truth in page
    assert m.RewrittenBelief.objects.filter(pk=belief.pk).exists()

    response = parent_client.post(url)

    assert response["Location"] == reverse("practices:beliefs")
    assert not m.RewrittenBelief.objects.filter(pk=belief.pk).exists()
    assert not Entry.objects.filter(object_id=belief.pk, kind="practices.rewrittenbelief").exists()


def test_delete_with_next(parent_client, parent):
    phrase = f.make_phrase(parent)
    url = reverse("practices:delete", args=["phrases", phrase.pk])
    assert parent_client.post(url, {"next": "/program/biology/"})["Location"] == "/program/biology/"


def test_saving_words_that_worry_us_still_saves_and_offers_help(parent_client, parent):
    data = {**VALID["beliefs"], "emotion": "Some nights I might hurt myself"}
    response = parent_client.post(reverse("practices:new", args=["beliefs"]), data, follow=True)
    assert m.RewrittenBelief.objects.filter(user=parent).exists()
    assert response.context["safety_level"] == "urgent"


# Connection moments


def test_new_moment_starts_tomorrow_at_six(parent_client):
    page = body(parent_client.get(reverse("practices:new", args=["moments"])))
    tomorrow = timezone.localdate() + dt.timedelta(days=1)
    assert f'value="{tomorrow:%Y-%m-%d}T18:00"' in page


def test_a_bad_date_says_what_to_do_and_keeps_the_words(parent_client, parent):
    data = {"activity": "Puddle walk", "planned_for": "next tuesday-ish"}
    response = parent_client.post(reverse("practices:new", args=["moments"]), data)
    assert response.status_code == 200
    page = body(response)
    assert "Pick a day and a time" in page and "Puddle walk" in page
    assert not m.ConnectionMoment.objects.exists()


def test_moments_page_splits_coming_up_and_looking_back(parent_client, parent):
    f.make_moment(parent, activity="Sing the boat song")
    f.make_moment(parent, activity="Story on the sofa", status="done", felt="Warm and slow")
    page = body(parent_client.get(reverse("practices:moments")))
    assert page.index("Coming up") < page.index("Sing the boat song") < page.index("Looking back")
    assert page.index("Looking back") < page.index("Story on the sofa")
    assert "Warm and slow" in page and "Add to calendar" in page


@pytest.mark.parametrize(
    ("status", "said"),
    [("done", "A moment together"), ("let_go", "Letting it go is fine")],
)
def test_mark_a_moment_done_or_let_go(parent_client, parent, status, said):
    moment = f.make_moment(parent)
    url = reverse("practices:moment_close", args=[moment.pk])
    assert "How did it go?" in body(parent_client.get(url))

    response = parent_client.post(url, {"status": status, "felt": "Lighter than I thought"})

    assert response["Location"] == reverse("practices:moments")
    moment.refresh_from_db()
    assert moment.status == status and moment.felt == "Lighter than I thought"
    assert moment.closed_at is not None
    assert said in body(parent_client.get(response["Location"]))


def test_moment_outcome_needs_a_choice(parent_client, parent):
    moment = f.make_moment(parent)
    response = parent_client.post(
        reverse("practices:moment_close", args=[moment.pk]), {"felt": "not sure", "status": "gone"}
    )
    assert response.status_code == 200 and "not sure" in body(response)
    moment.refresh_from_db()
    assert moment.status == "planned"


def test_pick_another_time_starts_from_the_old_moment(parent_client, parent):
    moment = f.make_moment(parent, activity="Kick a ball", status="let_go")
    page = body(
        parent_client.get(reverse("practices:new", args=["moments"]) + f"?again={moment.pk}")
    )
    assert "Kick a ball" in page


def test_pick_another_time_from_someone_elses_moment_is_404(parent_client, stranger):
    moment = f.make_moment(stranger)
    url = reverse("practices:new", args=["moments"]) + f"?again={moment.pk}"
    assert parent_client.get(url).status_code == 404


def test_moment_calendar_file(parent_client, parent):
    moment = f.make_moment(parent)
    response = parent_client.get(reverse("practices:moment_ics", args=[moment.pk]))
    assert response["Content-Type"].startswith("text/calendar")
    assert response["Content-Disposition"] == 'attachment; filename="setdown-moment.ics"'
    assert b"BEGIN:VEVENT" in response.content


# Phrases


def test_adopt_an_example_phrase(parent_client, parent):
    example = content.example_phrases()[2]
    response = parent_client.post(reverse("practices:phrase_adopt"), {"example": "2"})
    assert response["Location"] == reverse("practices:phrases")
    phrase = m.Phrase.objects.get(user=parent)
    assert phrase.text == example and phrase.origin == m.Origin.OWN
    page = body(parent_client.get(reverse("practices:phrases")))
    assert page.count(example) == 1  # no longer offered once it is theirs


@pytest.mark.parametrize("bad", ["99", "-1", "two", ""])
def test_adopt_an_unknown_example_is_404(parent_client, bad):
    assert (
        parent_client.post(reverse("practices:phrase_adopt"), {"example": bad}).status_code == 404
    )


def test_adopt_needs_post(parent_client):
    assert parent_client.get(reverse("practices:phrase_adopt")).status_code == 405


def test_move_phrases_up_and_down(parent_client, parent):
    a = f.make_phrase(parent, text="A", position=0)
    b = f.make_phrase(parent, text="B", position=1)
    c = f.make_phrase(parent, text="C", position=2)

    response = parent_client.post(reverse("practices:phrase_up", args=[c.pk]))
    assert response["Location"].endswith(f"#phrase-{c.pk}")
    assert [p.text for p in m.Phrase.objects.filter(user=parent)] == ["A", "C", "B"]

    parent_client.post(reverse("practices:phrase_down", args=[a.pk]))
    assert [p.text for p in m.Phrase.objects.filter(user=parent)] == ["C", "A", "B"]
    page = body(parent_client.get(reverse("practices:phrases")))
    assert page.index("Shown first") < page.index(">C<") < page.index(">A<") < page.index(">B<")
    assert b.pk


def test_move_with_htmx_returns_just_the_list(parent_client, parent):
    f.make_phrase(parent, text="A", position=0)
    b = f.make_phrase(parent, text="B", position=1)
    response = parent_client.post(
        reverse("practices:phrase_up", args=[b.pk]), HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 200
    page = body(response)
    assert page.startswith('<ol class="list phrase-list"') and "<html" not in page
    assert page.index(">B<") < page.index(">A<")


def test_moving_needs_post(parent_client, parent):
    phrase = f.make_phrase(parent)
    assert parent_client.get(reverse("practices:phrase_up", args=[phrase.pk])).status_code == 405


# Boundaries


def test_pause_and_resume_a_boundary(parent_client, parent):
    boundary = f.make_boundary(parent)
    parent_client.post(reverse("practices:boundary_pause", args=[boundary.pk]))
    boundary.refresh_from_db()
    assert boundary.active is False
    assert "Paused" in body(parent_client.get(reverse("practices:boundaries")))
    parent_client.post(reverse("practices:boundary_resume", args=[boundary.pk]))
    boundary.refresh_from_db()
    assert boundary.active is True


def test_weekly_check_in_starts_on_this_monday(parent_client, parent):
    boundary = f.make_boundary(parent)
    page = body(parent_client.get(reverse("practices:boundary_check_new", args=[boundary.pk])))
    today = timezone.localdate()
    monday = today - dt.timedelta(days=today.weekday())
    assert f'value="{monday:%Y-%m-%d}"' in page
    assert boundary.source in page


def test_check_in_on_a_boundary(parent_client, parent):
    boundary = f.make_boundary(parent)
    url = reverse("practices:boundary_check_new", args=[boundary.pk])
    response = parent_client.post(
        url, {"week_of": "2025-06-12", "held": "partly", "felt": "Calmer"}
    )
    assert response["Location"].endswith(f"#boundary-{boundary.pk}")
    check = m.BoundaryCheck.objects.get(boundary=boundary)
    assert check.user == parent and check.held == "partly" and check.felt == "Calmer"
    assert check.week_of == dt.date(2025, 6, 9)  # the Monday of that week
    page = body(parent_client.get(reverse("practices:boundaries")))
    assert "Week of 9 June:" in page and "Calmer" in page


def test_check_in_with_a_bad_date_keeps_the_words(parent_client, parent):
    boundary = f.make_boundary(parent)
    url = reverse("practices:boundary_check_new", args=[boundary.pk])
    response = parent_client.post(url, {"week_of": "31/31/2025", "held": "no", "felt": "Hard week"})
    assert response.status_code == 200
    assert "Pick a day from the calendar" in body(response) and "Hard week" in body(response)
    assert not m.BoundaryCheck.objects.exists()


def test_edit_and_delete_a_check_in(parent_client, parent):
    check = f.make_boundary_check(parent)
    url = reverse("practices:boundary_check_edit", args=[check.pk])
    assert "Lighter" in body(parent_client.get(url))
    parent_client.post(url, {"week_of": str(check.week_of), "held": "no", "felt": "Slipped, fine"})
    check.refresh_from_db()
    assert check.held == "no" and check.felt == "Slipped, fine"

    delete = reverse("practices:boundary_check_delete", args=[check.pk])
    assert "Delete this check-in?" in body(parent_client.get(delete))
    parent_client.post(delete)
    assert not m.BoundaryCheck.objects.exists()


# Repair


def test_i_practised_it_counts_kindly(parent_client, parent):
    script = f.make_script(parent)
    url = reverse("practices:repair_practised", args=[script.pk])
    for _ in range(3):
        assert parent_client.post(url)["Location"] == reverse("practices:repair")
    script.refresh_from_db()
    assert script.practice_count == 3 and script.last_practised_at is not None
    page = body(parent_client.get(reverse("practices:repair")))
    assert "Practised 3 times. Each time makes it easier to find the words." in page


def test_practised_needs_post(parent_client, parent):
    script = f.make_script(parent)
    assert (
        parent_client.get(reverse("practices:repair_practised", args=[script.pk])).status_code
        == 405
    )
    script.refresh_from_db()
    assert script.practice_count == 0


def test_a_new_version_starts_from_the_current_words(parent_client, parent):
    f.make_script(parent, script="My current words")
    page = body(parent_client.get(reverse("practices:new", args=["repair"])))
    assert "My current words" in page


@pytest.mark.parametrize(("choice", "index"), [("1", 1), ("9", None), ("x", None)])
def test_start_from_an_example_script(parent_client, choice, index):
    page = body(parent_client.get(reverse("practices:new", args=["repair"]) + f"?example={choice}"))
    assert page.count("<textarea") == 1
    for i, text in enumerate(content.example_scripts()):
        assert (text in page.split("<textarea")[1]) == (i == index)


def test_the_newest_script_is_current(parent_client, parent):
    f.make_script(parent, script="Old words", created_at=timezone.now() - dt.timedelta(days=3))
    parent_client.post(reverse("practices:new", args=["repair"]), {"script": "New words"})
    page = body(parent_client.get(reverse("practices:repair")))
    assert page.index("New words") < page.index("Earlier versions") < page.index("Old words")


def test_log_a_repair(parent_client, parent):
    url = reverse("practices:repair_log_new")
    page = body(parent_client.get(url))
    assert f'value="{timezone.localdate():%Y-%m-%d}"' in page
    data = {
        "happened_on": "2025-06-10",
        "what_happened": "Snapped at bath time",
        "how_it_went": "She hugged me",
    }
    assert parent_client.post(url, data)["Location"] == reverse("practices:repair")
    log = m.RepairLog.objects.get(user=parent)
    assert log.happened_on == dt.date(2025, 6, 10) and log.how_it_went == "She hugged me"
    assert Entry.objects.filter(user=parent, kind="practices.repairlog").exists()
    assert "Snapped at bath time" in body(parent_client.get(reverse("practices:repair")))


def test_a_repair_cannot_be_in_the_future(parent_client, parent):
    future = timezone.localdate() + dt.timedelta(days=3)
    data = {"happened_on": future.isoformat(), "what_happened": "Kept words"}
    response = parent_client.post(reverse("practices:repair_log_new"), data)
    assert response.status_code == 200
    assert "That day hasn't come yet" in body(response) and "Kept words" in body(response)


def test_edit_and_delete_a_repair(parent_client, parent):
    log = f.make_repair_log(parent)
    url = reverse("practices:repair_log_edit", args=[log.pk])
    parent_client.post(url, {"happened_on": "2025-01-02", "what_happened": "Shouted, came back"})
    log.refresh_from_db()
    assert log.what_happened == "Shouted, came back"
    parent_client.post(reverse("practices:repair_log_delete", args=[log.pk]))
    assert not m.RepairLog.objects.exists()
    assert not Entry.objects.filter(kind="practices.repairlog").exists()
