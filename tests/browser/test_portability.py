"""Take everything out and bring it back, in a real browser."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import PHONE, assert_accessible, log_in, shot
from tests.conftest import make_parent
from tests.factories import fill_everything


@pytest.mark.django_db(transaction=True)
def test_export_then_import_into_a_fresh_account(browser, live_server, tmp_path):
    first = make_parent("leaving@example.org")
    fill_everything(first)
    context = browser.new_context(viewport=PHONE, accept_downloads=True)
    page = context.new_page()
    page.base = live_server.url
    log_in(page, first)
    page.goto(page.base + "/export/")
    assert_accessible(page, "export")
    shot(page, "export")
    with page.expect_download() as pdf:
        page.get_by_role("link", name="Printable workbook (PDF)").click()
    assert pdf.value.suggested_filename.endswith(".pdf")
    with page.expect_download() as download:
        page.get_by_role("link", name="Complete data (JSON)").click()
    path = tmp_path / "export.json"
    download.value.save_as(path)
    exported = json.loads(path.read_text())
    assert exported["format"] == "setdown-export" and exported["checkins"]

    context.clear_cookies()
    second = make_parent("arriving@example.org")
    log_in(page, second)
    page.goto(page.base + "/export/")
    page.get_by_label("A journal file").set_input_files(str(path))
    page.get_by_role("button", name="Bring it in").click()
    page.goto(page.base + "/journal/?q=bedtime")
    expect(page.get_by_text("Missed bedtime again").first).to_be_visible()
    context.close()
