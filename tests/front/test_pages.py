from __future__ import annotations

import pytest
from django.urls import get_resolver

from setdown.accounts.models import User


@pytest.mark.django_db
def test_landing_for_visitors_home_for_parents(client, parent):
    assert "Start, privately" in client.get("/").content.decode()
    client.force_login(parent)
    assert "Name it" in client.get("/").content.decode()


@pytest.mark.django_db
def test_new_parent_is_asked_how_to_be_addressed_first(client):
    user = User.objects.create_user(email="new@example.org", password="x" * 12)
    client.force_login(user)
    response = client.get("/")
    assert response.status_code == 302 and response["Location"] == "/welcome/"


@pytest.mark.django_db
def test_security_headers_and_no_outside_resources(parent_client):
    response = parent_client.get("/")
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    body = response.content.decode()
    assert "<script>" not in body and " onclick=" not in body
    assert "http://" not in body.replace("http://www.w3.org", "")
    assert "https://" not in body


def _simple_get_urls():
    """Every URL pattern without parameters, from the URL configuration."""
    paths = []

    def walk(patterns, prefix=""):
        for p in patterns:
            route = prefix + str(p.pattern)
            if hasattr(p, "url_patterns"):
                walk(p.url_patterns, route)
            elif "<" not in route and "^" not in route and "(" not in route:
                paths.append("/" + route)

    walk(get_resolver().url_patterns)
    return sorted(set(paths))


@pytest.mark.django_db
def test_every_page_links_to_support_and_never_500s(parent_client, client):
    for path in _simple_get_urls():
        for c in (parent_client,):
            response = c.get(path)
            assert response.status_code < 500, path
            if response.status_code == 200 and response["Content-Type"].startswith("text/html"):
                assert 'href="/support/"' in response.content.decode(), path


@pytest.mark.django_db
def test_every_public_page_links_to_support(client):
    for path in (
        "/",
        "/accounts/login/",
        "/accounts/signup/",
        "/support/",
        "/about/",
        "/accounts/password/reset/",
    ):
        response = client.get(path)
        assert response.status_code == 200, path
        assert 'href="/support/"' in response.content.decode(), path


@pytest.mark.django_db
def test_idle_parent_is_signed_out(parent_client, settings):
    from setdown.lib.middleware import IDLE_KEY

    session = parent_client.session
    session[IDLE_KEY] = 0
    session.save()
    response = parent_client.get("/settings/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


@pytest.mark.django_db
def test_leave_signs_out_and_goes_somewhere_ordinary(parent_client, settings):
    response = parent_client.post("/leave/")
    assert response["Location"] == settings.SETDOWN_QUICK_EXIT_URL
    assert parent_client.get("/settings/").status_code == 302


@pytest.mark.django_db
def test_calm_404_and_500_pages(parent_client):
    from django.template.loader import render_to_string

    response = parent_client.get("/no-such-page/")
    assert response.status_code == 404 and "That page isn't here" in response.content.decode()
    assert 'href="/support/"' in render_to_string("500.html")
