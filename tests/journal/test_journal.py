from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from setdown.journal import tokens
from setdown.journal.models import Note, SearchToken
from tests import factories


@pytest.mark.django_db
def test_search_finds_words_in_encrypted_text(parent_client, parent):
    factories.make_checkin(parent, what="Yelled about the muddy boots before school")
    factories.make_belief(parent, old_belief="Good mothers never rest", new_truth="Rest is care")
    factories.make_note(parent, text="Grandma's garden, a lovely slow day")
    body = parent_client.get("/journal/?q=boots").content.decode()
    assert "muddy boots" in body and "Grandma" not in body
    body = parent_client.get("/journal/?q=yelling").content.decode()  # another form of the word
    assert "muddy boots" in body
    body = parent_client.get("/journal/?q=mothers+rest").content.decode()
    assert "Good mothers never rest" in body and "muddy" not in body


@pytest.mark.django_db
def test_index_holds_no_words(parent):
    factories.make_note(parent, text="zebracorn sandwiches")
    stored = list(SearchToken.objects.values_list("token", flat=True))
    assert stored and all("zebra" not in t for t in stored)
    assert tokens.hash_form("zebracorn") in stored


@pytest.mark.django_db
def test_filters_by_driver_kind_and_date(parent_client, parent):
    from django.utils import timezone

    old = timezone.now() - timezone.timedelta(days=400)
    factories.make_checkin(parent, what="An old one about work", drivers="roles", created_at=old)
    factories.make_checkin(parent, what="A new one about feeds", drivers="comparison")
    factories.make_phrase(parent, text="Soft words")
    assert "old one" not in parent_client.get("/journal/?driver=comparison").content.decode()
    body = parent_client.get("/journal/?group=checkin").content.decode()
    assert "Soft words" not in body and "new one" in body
    since = (timezone.now() - timezone.timedelta(days=30)).date().isoformat()
    assert "old one" not in parent_client.get(f"/journal/?date_from={since}").content.decode()


@pytest.mark.django_db
def test_bad_filter_dates_are_explained(parent_client, parent):
    factories.make_note(parent, text="still listed")
    response = parent_client.get("/journal/?date_from=someday&q=listed")
    body = response.content.decode()
    assert response.status_code == 200 and "Pick a date" in body and "still listed" in body
    assert 'value="listed"' in body


@pytest.mark.django_db
def test_strangers_entries_never_show(parent_client, stranger):
    factories.make_note(stranger, text="stranger secret words")
    assert "stranger secret" not in parent_client.get("/journal/?q=secret").content.decode()
    assert "stranger secret" not in parent_client.get("/journal/").content.decode()


@pytest.mark.django_db
def test_query_count_stays_flat(parent_client, parent):
    def count(path):
        with CaptureQueriesContext(connection) as ctx:
            assert parent_client.get(path).status_code == 200
        return len(ctx.captured_queries)

    def add_some(n):
        for i in range(n):
            factories.make_checkin(parent, what=f"rest day {i}")
            factories.make_note(parent, text=f"rest note {i}")
            factories.make_belief(parent, old_belief=f"rest is lazy {i}")

    factories.fill_everything(parent)
    add_some(20)
    parent_client.get("/")  # the first page of a visit also notes the time in the session
    searched, listed = count("/journal/?q=rest"), count("/journal/")
    add_some(60)
    assert count("/journal/?q=rest") == searched
    assert count("/journal/") == listed
    assert listed <= 14  # session, user, count, page, and one query per kind on the page


@pytest.mark.django_db
def test_write_edit_delete_a_note(parent_client, parent):
    response = parent_client.post("/journal/new/", {"text": ""})
    assert "Write a few words" in response.content.decode()
    parent_client.post("/journal/new/", {"text": "A quiet evening"})
    note = Note.objects.get(user=parent)
    parent_client.post(f"/journal/notes/{note.pk}/", {"text": "A quiet, kind evening"})
    assert "kind evening" in parent_client.get("/journal/?q=kind").content.decode()
    parent_client.post(f"/journal/notes/{note.pk}/delete/")
    assert not Note.objects.exists() and not SearchToken.objects.exists()
