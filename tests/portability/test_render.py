from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from setdown.portability.markdown import render_markdown
from setdown.portability.pdf import _cp1252, find_dejavu, fit_text, render_pdf
from setdown.portability.selectors import export_for_user
from tests import factories
from tests.portability.conftest import fill_all_fields

TZ = ZoneInfo("Europe/London")


@pytest.fixture
def document(parent):
    fill_all_fields(parent)
    factories.make_note(parent, text="“Curly quotes”, café, naïve, ünïcode → and 🌧️🧸 ok")
    return export_for_user(user=parent)


@pytest.mark.django_db
def test_markdown_tells_the_journey(document):
    text = render_markdown(document, tz=TZ)
    assert text.startswith("# Your Setdown journal\n")
    for heading in (
        "## My rules, re-checked",
        "## Connection moments",
        "## My phrases",
        "## Boundaries",
        "## Rewritten beliefs",
        "## My repair script",
        "## Check-ins",
        "## Journal notes",
        "## My safety plan",
    ):
        assert f"\n{heading}\n" in text
    assert "*Step 1 · The impossible picture*" in text
    assert "**What I'll keep:** Meals together" in text
    assert "**Feelings:**\n\ntired  \nashamed" in text  # the parent's line breaks stay
    assert "Kept by Sam “Sammy” Éloïse" in text
    assert "🌧️🧸" in text
    assert text.index("## My rules") < text.index("## Check-ins") < text.index("## Journal notes")


@pytest.mark.django_db
def test_markdown_of_an_empty_journal_is_gentle(fresh):
    text = render_markdown(export_for_user(user=fresh), tz=TZ)
    assert "Nothing here yet." in text and "safety plan" not in text


@pytest.mark.django_db
@pytest.mark.parametrize("fonts", [True, None], ids=["dejavu-if-present", "core-font"])
def test_pdf_builds_with_any_text(document, fonts):
    pdf = render_pdf(document, tz=TZ, fonts=fonts)
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
    assert len(pdf) > 3000


@pytest.mark.django_db
def test_core_font_pdf_holds_the_words(document):
    pdf = render_pdf(document, tz=TZ, fonts=None, compress=False)
    assert b"Puddle walk" in pdf and b"My rules, re-checked" in pdf
    assert "caf\xe9".encode("latin-1") in pdf


def test_fit_text_for_the_core_font():
    assert fit_text("“Hi” — café…", _cp1252) == "“Hi” — café…"
    assert fit_text("a → b", _cp1252) == "a -> b"
    assert fit_text("ăşţ ł", _cp1252) == "ast ?"
    assert fit_text("ok 🌧️🧸!", _cp1252) == "ok !"
    assert fit_text("line\nnext", _cp1252) == "line\nnext"


def test_no_fonts_found_means_core_font(tmp_path):
    assert find_dejavu([tmp_path]) is None
