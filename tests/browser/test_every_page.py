"""Every page a signed-in parent can open, with data in it: axe finds nothing serious,
nothing comes from another server, and "Need support now?" is there."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.browser.conftest import assert_accessible, log_in
from tests.conftest import make_parent
from tests.factories import OBJECT_URLS, fill_everything
from tests.front.test_pages import _simple_get_urls

SKIP = {"/leave/", "/accounts/logout/", "/goodbye/"}


def pages_for(parent) -> list[str]:
    paths = [p for p in _simple_get_urls() if p not in SKIP and "/2fa/" not in p]
    for name, make in sorted(OBJECT_URLS.items()):
        made = make(parent)
        for kwargs in made if isinstance(made, list) else [made]:
            paths.append(reverse(name, kwargs=kwargs))
    return paths


@pytest.mark.django_db(transaction=True)
def test_every_page_is_accessible_and_self_contained(browser, live_server):
    parent = make_parent("everywhere@example.org")
    fill_everything(parent)
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.base = live_server.url
    outside: list[str] = []
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(page.base) else None)
    log_in(page, parent)
    checked = 0
    for path in pages_for(parent):
        probe = context.request.get(page.base + path, max_redirects=0)
        assert probe.status < 500, path
        if probe.status != 200 or "text/html" not in probe.headers.get("content-type", ""):
            continue  # a download, a redirect or a POST-only address
        response = page.goto(page.base + path)
        if response.status == 200:
            assert page.locator('a[href="/support/"]').count() >= 1, path
            assert_accessible(page, path)
            checked += 1
    context.close()
    assert checked > 40, checked
    assert not [u for u in outside if not u.startswith(("data:", "about:"))], outside
