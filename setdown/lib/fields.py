"""Model fields whose contents are encrypted at rest."""

from __future__ import annotations

import json
from typing import Any

from django.db import models

from setdown.lib import crypto


class EncryptedTextField(models.TextField):
    """A TextField stored as a Fernet token; reads give back the plain text.

    It cannot be filtered or ordered on: the stored value is random-looking by
    design. Search goes through setdown.journal's blind index instead.
    """

    def from_db_value(self, value: str | None, expression, connection) -> str | None:
        if value is None or value == "":
            return value
        return crypto.decrypt(value)

    def get_prep_value(self, value: Any) -> str | None:
        value = super().get_prep_value(value)
        if value is None or value == "":
            return value
        return crypto.encrypt(str(value))


class EncryptedJSONField(models.TextField):
    """A small JSON document (a dict of answers) kept encrypted."""

    def from_db_value(self, value: str | None, expression, connection) -> Any:
        if value is None or value == "":
            return {}
        return json.loads(crypto.decrypt(value))

    def to_python(self, value: Any) -> Any:
        if isinstance(value, str):
            return json.loads(value) if value else {}
        return value

    def get_prep_value(self, value: Any) -> str:
        return crypto.encrypt(json.dumps(value or {}, ensure_ascii=False, sort_keys=True))

    def value_to_string(self, obj) -> str:
        return json.dumps(self.value_from_object(obj))
