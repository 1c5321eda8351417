from __future__ import annotations

import pytest

from setdown.checkins.models import CheckIn


@pytest.mark.django_db
def test_words_are_kept_even_if_the_suggester_and_screen_fail(parent_client, parent, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("model file missing")

    monkeypatch.setattr("setdown.checkins.services.suggest", broken)
    monkeypatch.setattr("setdown.safety.screen.screen", broken)
    response = parent_client.post(
        "/checkin/new/", {"what": "Forgot the school trip form", "heavy_before": 6}
    )
    checkin = CheckIn.objects.get(user=parent)
    assert checkin.what == "Forgot the school trip form"
    page = parent_client.get(response["Location"]).content.decode()
    assert response.status_code == 302 and "feels closest" in page
