from __future__ import annotations

import pytest
from django.db import connection
from django.test import override_settings

from setdown.lib import crypto
from setdown.safety.models import SafetyPlan

SENTENCE = "I snapped at Milo over the shoes and I keep replaying it"


def test_round_trip_and_not_plain():
    token = crypto.encrypt(SENTENCE)
    assert SENTENCE not in token
    assert crypto.decrypt(token) == SENTENCE


def test_old_keys_still_decrypt_and_new_writes_use_the_newest():
    old, new = crypto.new_key(), crypto.new_key()
    with override_settings(SETDOWN_ENCRYPTION_KEYS=[old]):
        token = crypto.encrypt(SENTENCE)
    with override_settings(SETDOWN_ENCRYPTION_KEYS=[new, old]):
        assert crypto.decrypt(token) == SENTENCE
        rotated = crypto.rotate(token)
        fresh = crypto.encrypt(SENTENCE)
    with override_settings(SETDOWN_ENCRYPTION_KEYS=[new]):
        assert crypto.decrypt(rotated) == SENTENCE
        assert crypto.decrypt(fresh) == SENTENCE
        with pytest.raises(ValueError):
            crypto.decrypt(token)


@pytest.mark.django_db
def test_stored_column_holds_no_plain_text(parent):
    SafetyPlan.objects.create(user=parent, warning_signs=SENTENCE)
    with connection.cursor() as cursor:
        cursor.execute("SELECT warning_signs FROM safety_safetyplan")
        (raw,) = cursor.fetchone()
    assert SENTENCE not in raw
    assert SafetyPlan.objects.get(user=parent).warning_signs == SENTENCE


@pytest.mark.django_db
def test_rotate_keys_command_re_encrypts(parent):
    from django.core.management import call_command

    old, new = crypto.new_key(), crypto.new_key()
    with override_settings(SETDOWN_ENCRYPTION_KEYS=[old]):
        SafetyPlan.objects.create(user=parent, warning_signs=SENTENCE)
    with override_settings(SETDOWN_ENCRYPTION_KEYS=[new, old]):
        call_command("rotate_keys", verbosity=0)
    with override_settings(SETDOWN_ENCRYPTION_KEYS=[new]):
        assert SafetyPlan.objects.get(user=parent).warning_signs == SENTENCE
