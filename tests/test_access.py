"""Every URL that takes an object id answers 404 to a parent who does not own it.

The URLs are enumerated from the URL configuration, so a new one without an
entry in tests.factories.OBJECT_URLS fails here until it is covered.
"""

from __future__ import annotations

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests import factories


def object_url_names() -> list[str]:
    names = []

    def walk(patterns, namespace=""):
        for p in patterns:
            if isinstance(p, URLResolver):
                ns = f"{namespace}{p.namespace}:" if p.namespace else namespace
                walk(p.url_patterns, ns)
            elif isinstance(p, URLPattern) and p.name and "pk" in p.pattern.converters:
                names.append(namespace + p.name)

    walk(get_resolver().url_patterns)
    return sorted(set(names))


def test_every_object_url_is_covered():
    missing = [n for n in object_url_names() if n not in factories.OBJECT_URLS]
    assert not missing, f"add these to tests.factories.OBJECT_URLS: {missing}"


@pytest.mark.django_db
@pytest.mark.parametrize("name", object_url_names())
def test_stranger_gets_404_and_owner_does_not(name, parent, stranger, client):
    made = factories.OBJECT_URLS[name](parent)
    for kwargs in made if isinstance(made, list) else [made]:
        url = reverse(name, kwargs=kwargs)
        client.force_login(stranger)
        assert client.get(url).status_code == 404, url
        assert client.post(url, {}).status_code == 404, url
        client.force_login(parent)
        assert client.get(url).status_code in (200, 302, 405), url
