from __future__ import annotations

import pytest
from django.utils import timezone

from setdown.accounts.models import User

PASSWORD = "a calm long password 42"


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Login throttling lives in the cache; each test starts with a clean slate."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


def make_parent(email: str = "sam@example.org", **extra) -> User:
    extra.setdefault("address_as", User.AddressAs.MOM)
    extra.setdefault("onboarded_at", timezone.now())
    return User.objects.create_user(email=email, password=PASSWORD, **extra)


@pytest.fixture
def parent(db) -> User:
    return make_parent()


@pytest.fixture
def stranger(db) -> User:
    return make_parent("other@example.org", address_as=User.AddressAs.DAD)


@pytest.fixture
def parent_client(client, parent):
    client.force_login(parent)
    return client


@pytest.fixture
def stranger_client(client, stranger):
    client.force_login(stranger)
    return client
