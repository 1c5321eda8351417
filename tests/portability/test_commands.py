from __future__ import annotations

import json
import os
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from setdown.journal.models import Note
from tests import factories
from tests.portability.conftest import DATA


def run(*args) -> str:
    out = StringIO()
    call_command(*args, stdout=out, stderr=StringIO())
    return out.getvalue()


@pytest.mark.django_db
def test_export_json_to_stdout(parent):
    factories.make_note(parent, text="Bread and jam")
    document = json.loads(run("export", "--user", "SAM@example.org", "--format", "json"))
    assert document["format"] == "setdown-export" and document["version"] == 1
    assert document["notes"][0]["text"] == "Bread and jam"


@pytest.mark.django_db
def test_export_markdown_to_stdout(parent):
    factories.make_phrase(parent, text="Tired, not failing.")
    assert "### Tired, not failing." in run("export", "--user", parent.email, "--format", "md")


@pytest.mark.django_db
def test_export_pdf_to_a_private_file(parent, tmp_path):
    target = tmp_path / "journal.pdf"
    run("export", "--user", parent.email, "--format", "pdf", "--output", str(target))
    assert target.read_bytes().startswith(b"%PDF")
    assert os.stat(target).st_mode & 0o077 == 0


@pytest.mark.django_db
def test_export_pdf_needs_somewhere_binary(parent):
    with pytest.raises(CommandError, match="--output"):
        run("export", "--user", parent.email, "--format", "pdf")


@pytest.mark.django_db
@pytest.mark.parametrize("command", ["export", "import_journal"])
def test_unknown_email_is_a_clear_error(db, command):
    args = [str(DATA / "jrnl.json")] if command == "import_journal" else []
    with pytest.raises(CommandError, match="No account has the email address 'nobody@x.org'"):
        run(command, "--user", "nobody@x.org", *args)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "fmt", "said", "count"),
    [
        ("dayone.json", "auto", "Added 2 items to sam@example.org's journal. Skipped 1 entry", 2),
        ("jrnl.json", "jrnl", "Added 3 items to sam@example.org's journal.\n", 3),
    ],
)
def test_import_journal(parent, name, fmt, said, count):
    out = run("import_journal", "--user", parent.email, str(DATA / name), "--format", fmt)
    assert said in out
    assert Note.objects.filter(user=parent).count() == count


@pytest.mark.django_db
def test_import_setdown_export_from_the_command_line(parent, fresh, tmp_path):
    factories.fill_everything(parent)
    target = tmp_path / "export.json"
    run("export", "--user", parent.email, "--output", str(target))
    run("import_journal", "--user", fresh.email, str(target))
    first = json.loads(target.read_text())
    again = json.loads(run("export", "--user", fresh.email))
    first.pop("exported_at"), again.pop("exported_at")
    assert again == first


@pytest.mark.django_db
def test_import_of_a_bad_file_writes_nothing(parent, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "setdown-export", "version": 3}')
    with pytest.raises(CommandError, match="Nothing was imported. This file comes from a newer"):
        run("import_journal", "--user", parent.email, str(bad))
    with pytest.raises(CommandError, match="Can't read"):
        run("import_journal", "--user", parent.email, str(tmp_path / "missing.json"))
    assert not Note.objects.exists()
