from __future__ import annotations

import pytest
from django.test import RequestFactory

from setdown.journal.models import Entry
from setdown.practices import models as m
from setdown.practices import services
from setdown.safety.services import SESSION_KEY
from tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def request_for(parent):
    from django.contrib.sessions.backends.db import SessionStore

    request = RequestFactory().post("/")
    request.user = parent
    request.session = SessionStore()
    return request


def test_phrase_create_goes_last(request_for, parent):
    f.make_phrase(parent, position=4)
    phrase = services.phrase_create(request=request_for, text="Breathe.")
    assert phrase.position == 5 and phrase.origin == m.Origin.OWN
    assert Entry.objects.filter(object_id=phrase.pk, kind="practices.phrase").exists()


def test_phrase_move_at_the_edges_changes_nothing(parent):
    a = f.make_phrase(parent, text="A", position=0)
    f.make_phrase(parent, text="B", position=0)  # equal positions are tidied up too
    services.phrase_move(phrase=a, direction="up")
    assert [p.text for p in m.Phrase.objects.filter(user=parent)] == ["A", "B"]
    assert [p.position for p in m.Phrase.objects.filter(user=parent)] == [0, 1]


def test_phrase_move_leaves_other_parents_alone(parent, stranger):
    theirs = f.make_phrase(stranger, position=7)
    mine = f.make_phrase(parent, position=0)
    services.phrase_move(phrase=mine, direction="down")
    theirs.refresh_from_db()
    assert theirs.position == 7


def test_moment_close_screens_the_words(request_for, parent):
    moment = f.make_moment(parent)
    services.moment_close(
        request=request_for, moment=moment, status="done", felt="I might hurt myself"
    )
    assert request_for.session[SESSION_KEY] == "urgent"
    assert m.ConnectionMoment.objects.get(pk=moment.pk).felt == "I might hurt myself"


def test_repair_script_practised(parent):
    script = f.make_script(parent)
    services.repair_script_practised(script=script)
    services.repair_script_practised(script=script)
    assert script.practice_count == 2 and script.last_practised_at is not None


def test_deleting_a_boundary_takes_its_checks_out_of_the_journal(request_for, parent):
    check = f.make_boundary_check(parent)
    from setdown.journal.services import journal_index_object

    journal_index_object(check)
    services.practice_delete(item=check.boundary)
    assert not Entry.objects.filter(user=parent).exists()


def test_boundary_set_active(parent):
    boundary = f.make_boundary(parent)
    services.boundary_set_active(boundary=boundary, active=False)
    assert m.Boundary.objects.get(pk=boundary.pk).active is False
