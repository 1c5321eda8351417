"""Field-level encryption for the words a parent writes.

Keys come from settings.SETDOWN_ENCRYPTION_KEYS, newest first. New values are
always encrypted with the newest key; every listed key can still decrypt, so a
key can be rotated by putting a new one in front and running
`setdown rotate_keys` to re-encrypt old rows.
"""

from __future__ import annotations

import functools

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

PREFIX = "enc1:"


@functools.cache
def _fernet(keys: tuple[str, ...]) -> MultiFernet:
    if not keys:
        raise ImproperlyConfigured("SETDOWN_ENCRYPTION_KEYS is empty")
    try:
        return MultiFernet([Fernet(key.encode()) for key in keys])
    except ValueError as exc:
        raise ImproperlyConfigured(
            "Each SETDOWN_ENCRYPTION_KEYS entry must be a Fernet key "
            "(make one with `setdown make_key`)"
        ) from exc


def fernet() -> MultiFernet:
    return _fernet(tuple(settings.SETDOWN_ENCRYPTION_KEYS))


def encrypt(text: str) -> str:
    return PREFIX + fernet().encrypt(text.encode("utf-8")).decode("ascii")


def decrypt(token: str) -> str:
    if not token.startswith(PREFIX):
        raise ValueError("value is not encrypted")
    try:
        return fernet().decrypt(token[len(PREFIX) :].encode("ascii")).decode("utf-8")
    except InvalidToken as exc:
        raise ValueError("value cannot be decrypted with any configured key") from exc


def rotate(token: str) -> str:
    """Re-encrypt a stored value with the newest key."""
    return PREFIX + fernet().rotate(token[len(PREFIX) :].encode("ascii")).decode("ascii")


def new_key() -> str:
    return Fernet.generate_key().decode("ascii")
