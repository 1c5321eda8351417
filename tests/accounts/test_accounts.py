from __future__ import annotations

import pytest
from django.apps import apps
from django.db import models

from setdown.accounts.models import User
from tests.conftest import PASSWORD


@pytest.mark.django_db
def test_signup_then_onboarding(client):
    response = client.post(
        "/accounts/signup/",
        {"email": "lee@example.org", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert response.status_code == 302 and response["Location"] == "/welcome/"
    response = client.post("/welcome/", {"address_as": "name", "name": "Lee", "children_ages": "2"})
    assert response["Location"] == "/"
    user = User.objects.get(email="lee@example.org")
    assert user.greeting_name == "Lee" and user.children_ages == "2"
    assert "Hello, Lee" in client.get("/").content.decode()


@pytest.mark.django_db
def test_onboarding_name_needed_when_chosen_keeps_input(client):
    user = User.objects.create_user(email="a@example.org", password=PASSWORD)
    client.force_login(user)
    response = client.post("/welcome/", {"address_as": "name", "name": "", "children_ages": "3, 5"})
    assert response.status_code == 200
    body = response.content.decode()
    assert "Tell us the name you’d like" in body
    assert 'value="3, 5"' in body


@pytest.mark.django_db
def test_login_is_throttled_after_repeated_failures(client, parent):
    for _ in range(5):
        client.post("/accounts/login/", {"login": parent.email, "password": "wrong"})
    response = client.post("/accounts/login/", {"login": parent.email, "password": PASSWORD})
    assert response.status_code in (200, 429)
    assert "_auth_user_id" not in client.session


def _totp_now(secret: str) -> str:
    import time

    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


@pytest.mark.django_db
def test_two_factor_sign_in_with_an_authenticator_app_and_recovery_codes(client, parent):
    client.force_login(parent)
    response = client.get("/accounts/2fa/totp/activate/")
    assert "/accounts/reauthenticate/" in response["Location"]
    response = client.post("/accounts/reauthenticate/", {"password": PASSWORD})
    assert response.status_code == 302, response.content.decode()[-3000:]
    assert client.get("/accounts/2fa/totp/activate/").status_code == 200
    secret = client.session["mfa.totp.secret"]
    response = client.post("/accounts/2fa/totp/activate/", {"code": _totp_now(secret)})
    assert response.status_code == 302
    assert parent.authenticator_set.filter(type="totp").exists()
    codes_page = client.get("/accounts/2fa/recovery-codes/")
    assert codes_page.status_code == 200

    client.logout()
    response = client.post("/accounts/login/", {"login": parent.email, "password": PASSWORD})
    assert response["Location"] == "/accounts/2fa/authenticate/"
    assert "_auth_user_id" not in client.session
    response = client.post("/accounts/2fa/authenticate/", {"code": "000000"})
    assert response.status_code == 200 and "_auth_user_id" not in client.session
    response = client.post("/accounts/2fa/authenticate/", {"code": _totp_now(secret)})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(parent.pk)


def owned_models():
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if isinstance(field, models.ForeignKey | models.OneToOneField) and (
                field.related_model is User
            ):
                yield model, field.name


@pytest.mark.django_db
def test_deleting_the_account_removes_every_row_the_parent_owns(parent_client, parent, stranger):
    from tests.factories import fill_everything

    fill_everything(parent)
    fill_everything(stranger)
    owned = list(owned_models())
    before = {m: m._default_manager.filter(**{f: parent}).count() for m, f in owned}
    missing = [
        m.__name__ for m, n in before.items() if n == 0 and m.__module__.startswith("setdown")
    ]
    assert not missing, f"tests.factories.fill_everything makes no {missing}"

    response = parent_client.post("/settings/delete/", {"confirm": "delete"})
    assert response["Location"] == "/goodbye/"
    assert not User.objects.filter(pk=parent.pk).exists()
    for model, field in owned:
        assert not model._default_manager.filter(**{field + "_id": parent.pk}).exists(), model
    assert (
        sum(m._default_manager.filter(**{f: stranger}).count() for m, f in owned) >= len(before) - 2
    )


@pytest.mark.django_db
def test_delete_needs_the_word(parent_client, parent):
    response = parent_client.post("/settings/delete/", {"confirm": "yes"})
    assert response.status_code == 200
    assert "Type the word DELETE" in response.content.decode()
    assert User.objects.filter(pk=parent.pk).exists()
