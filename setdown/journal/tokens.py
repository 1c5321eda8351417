"""Search over encrypted text: keyed hashes of words (a blind index).

The words themselves are never stored; only HMAC-SHA256(search key, word form),
truncated. A search hashes the query's words the same way and looks them up.
"""

from __future__ import annotations

import hashlib
import hmac
import re

from django.conf import settings

WORD_RE = re.compile(r"[^\W_]+(?:'[^\W_]+)?", re.UNICODE)
SUFFIXES = ("ing", "ed", "es", "s", "ly")
MIN_LEN = 2


def word_forms(word: str) -> set[str]:
    """A word and its light stem, so "yelled" finds "yell" and "yelling"."""
    word = word.lower().replace("’", "'").removesuffix("'s")
    forms = {word}
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            forms.add(word[: -len(suffix)])
            break
    return {f for f in forms if len(f) >= MIN_LEN}


def words(text: str) -> list[str]:
    return WORD_RE.findall(text or "")


def hash_form(form: str) -> str:
    key = settings.SETDOWN_SEARCH_KEY.encode()
    return hmac.new(key, form.encode("utf-8"), hashlib.sha256).hexdigest()[:32]


def tokens_for_text(text: str) -> set[str]:
    forms: set[str] = set()
    for word in words(text):
        forms |= word_forms(word)
    return {hash_form(f) for f in forms}


def query_tokens(query: str) -> list[str]:
    """One token per query word: its stem when it has one (the stem is indexed for
    every form of the word), else the word itself."""
    result = []
    for word in words(query):
        forms = sorted(word_forms(word), key=len)
        if forms:
            result.append(hash_form(forms[0]))
    return list(dict.fromkeys(result))
