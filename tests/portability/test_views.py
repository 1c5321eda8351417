from __future__ import annotations

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.utils import timezone

from setdown.journal.models import Entry, Note
from setdown.journal.selectors import JournalFilter, journal_page_for_user
from tests import factories
from tests.portability.conftest import DATA

URL = "/export/"


def upload(client, name: str, raw: bytes):
    return client.post(URL, {"file": SimpleUploadedFile(name, raw)})


def _nothing_written(user) -> bool:
    return (
        not Note.objects.filter(user=user).exists() and not Entry.objects.filter(user=user).exists()
    )


@pytest.mark.django_db
def test_page_needs_sign_in(client):
    assert client.get(URL)["Location"].startswith("/accounts/login/")
    assert client.get("/export/download/json/")["Location"].startswith("/accounts/login/")


@pytest.mark.django_db
def test_page_offers_downloads_and_says_what_it_reads(parent_client):
    body = parent_client.get(URL).content.decode()
    assert "Everything you wrote here is yours" in body
    for fmt in ("pdf", "markdown", "json"):
        assert f"/export/download/{fmt}/" in body
    assert "Day One" in body and "jrnl" in body and "20 MB" in body


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("fmt", "extension", "kind"),
    [
        ("json", "json", "application/json"),
        ("markdown", "md", "text/markdown"),
        ("pdf", "pdf", "application/pdf"),
    ],
)
def test_downloads_are_attachments_with_plain_names(parent_client, parent, fmt, extension, kind):
    factories.make_note(parent, text="Muddy boots and a long walk")
    response = parent_client.get(f"/export/download/{fmt}/")
    assert response.status_code == 200 and response["Content-Type"].startswith(kind)
    today = timezone.localdate().isoformat()
    assert response["Content-Disposition"] == (
        f'attachment; filename="setdown-export-{today}.{extension}"'
    )
    assert "no-store" in response["Cache-Control"]
    if fmt != "pdf":
        assert "Muddy boots" in response.content.decode()
    else:
        assert response.content.startswith(b"%PDF")


@pytest.mark.django_db
def test_unknown_download_format_is_404(parent_client):
    assert parent_client.get("/export/download/docx/").status_code == 404


@pytest.mark.django_db
def test_a_stranger_only_ever_gets_their_own_journal(stranger_client, parent, stranger):
    factories.fill_everything(parent)
    factories.make_note(stranger, text="My own page")
    for fmt in ("json", "markdown"):
        body = stranger_client.get(f"/export/download/{fmt}/").content.decode()
        assert "My own page" in body
        assert "An old journal page" not in body and "Puddle walk" not in body
    document = json.loads(stranger_client.get("/export/download/json/").content)
    assert document["checkins"] == [] and document["safety_plan"] is None


@pytest.mark.django_db
def test_day_one_upload_lands_in_the_journal(parent_client, parent):
    response = upload(parent_client, "Journal.json", (DATA / "dayone.json").read_bytes())
    assert response.status_code == 302 and response["Location"] == URL
    assert Note.objects.filter(user=parent, source="Day One").count() == 2
    found = journal_page_for_user(user=parent, filters=JournalFilter(q="dinosaur"))[0]
    assert len(found) == 1
    body = parent_client.get(URL).content.decode()
    assert "2 entries added" in body and "1 had no words" in body


@pytest.mark.django_db
def test_jrnl_upload(parent_client, parent):
    upload(parent_client, "export.json", (DATA / "jrnl.json").read_bytes())
    assert Note.objects.filter(user=parent, source="jrnl").count() == 3


@pytest.mark.django_db
def test_setdown_upload_round_trips_through_the_web(client, parent, fresh):
    factories.fill_everything(parent)
    client.force_login(parent)
    raw = client.get("/export/download/json/").content
    client.force_login(fresh)
    assert upload(client, "mine.json", raw).status_code == 302
    again = json.loads(client.get("/export/download/json/").content)
    first = json.loads(raw)
    first.pop("exported_at"), again.pop("exported_at")
    assert again == first


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("raw", "words"),
    [
        (b"{not json", "isn&#x27;t valid JSON"),
        (b'{"format": "setdown-export", "version": 7}', "newer Setdown"),
        (
            b'{"format": "setdown-export", "version": 1, "notes": [{"text": "a", '
            b'"written_at": "2024-01-01T08:00:00Z"}, {"text": "b", "written_at": "soon"}]}',
            "Item 2 in “notes”",
        ),
        (b'{"metadata": {}, "entries": []}', "nothing in it to bring in"),
    ],
)
def test_bad_uploads_are_explained_beside_the_field_and_write_nothing(
    parent_client, parent, raw, words
):
    response = upload(parent_client, "file.json", raw)
    body = response.content.decode()
    assert response.status_code == 200
    assert words in body and 'class="errorlist" id="id_file_error"' in body
    assert _nothing_written(parent)


@pytest.mark.django_db
def test_missing_file(parent_client):
    body = parent_client.post(URL, {}).content.decode()
    assert "Choose a file to bring in." in body


@pytest.mark.django_db
@override_settings(SETDOWN_IMPORT_MAX_BYTES=1024)
def test_oversized_upload_is_refused(parent_client, parent):
    raw = (DATA / "dayone.json").read_bytes()
    assert len(raw) > 1024
    body = upload(parent_client, "Journal.json", raw).content.decode()
    assert "larger than 1 KB" in body
    assert _nothing_written(parent)


@pytest.mark.django_db
def test_a_failure_while_writing_leaves_nothing_behind(parent_client, parent, monkeypatch):
    from setdown.portability import services

    def broken(obj):
        raise RuntimeError("index unavailable")

    monkeypatch.setattr(services, "journal_index_object", broken)
    with pytest.raises(RuntimeError):
        upload(parent_client, "Journal.json", (DATA / "dayone.json").read_bytes())
    assert _nothing_written(parent)
