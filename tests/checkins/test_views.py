from __future__ import annotations

import pytest

from setdown.checkins.models import CheckIn
from setdown.practices.models import RepairLog


def start(client, what="I yelled at my son over his shoes this morning and he cried", heavy=8):
    return client.post(
        "/checkin/new/", {"what": what, "heavy_before": heavy, "feelings": ["guilty"]}
    )


@pytest.mark.django_db
def test_three_screens_save_one_checkin(parent_client, parent):
    response = start(parent_client)
    checkin = CheckIn.objects.get(user=parent)
    assert response["Location"] == f"/checkin/{checkin.pk}/drivers/"
    assert checkin.what.startswith("I yelled") and checkin.heavy_before == 8

    page = parent_client.get(f"/checkin/{checkin.pk}/drivers/").content.decode()
    assert "Suggested" in page and "yelled" in page  # a reason quoting their words

    response = parent_client.post(f"/checkin/{checkin.pk}/drivers/", {"drivers": ["repair"]})
    assert response["Location"] == f"/checkin/{checkin.pk}/finish/"
    page = parent_client.get(response["Location"]).content.decode()
    assert "repair" in page.lower()

    response = parent_client.post(
        f"/checkin/{checkin.pk}/finish/", {"heavy_after": 5, "repaired": "yes"}
    )
    checkin.refresh_from_db()
    assert checkin.heavy_after == 5 and checkin.driver_list == ["repair"]
    assert checkin.repaired is True and checkin.completed_at
    assert RepairLog.objects.filter(user=parent).count() == 1
    assert "3 points lighter" in parent_client.get(response["Location"]).content.decode()
    assert "I yelled" in parent_client.get("/checkin/").content.decode()


@pytest.mark.django_db
def test_correction_is_kept_for_learning(parent_client, parent):
    start(parent_client)
    checkin = CheckIn.objects.get(user=parent)
    assert checkin.suggested.split()[0] == "repair"
    parent_client.post(f"/checkin/{checkin.pk}/drivers/", {"drivers": ["biology"]})
    checkin.refresh_from_db()
    assert checkin.corrected and checkin.suggested.startswith("repair")


@pytest.mark.django_db
def test_no_words_is_fine_and_asks_to_pick(parent_client, parent):
    parent_client.post("/checkin/new/", {"what": "", "heavy_before": 4})
    checkin = CheckIn.objects.get(user=parent)
    page = parent_client.get(f"/checkin/{checkin.pk}/drivers/").content.decode()
    assert "feels closest" in page


@pytest.mark.django_db
def test_bad_input_keeps_words_and_explains(parent_client, parent):
    response = parent_client.post(
        "/checkin/new/", {"what": "so tired of it all", "heavy_before": "11"}
    )
    body = response.content.decode()
    assert response.status_code == 200 and "Tap a number from 0" in body
    assert "so tired of it all" in body
    assert not CheckIn.objects.exists()
    start(parent_client)
    checkin = CheckIn.objects.get(user=parent)
    response = parent_client.post(f"/checkin/{checkin.pk}/drivers/", {"drivers": []})
    assert "Pick at least one" in response.content.decode()
    response = parent_client.post(f"/checkin/{checkin.pk}/drivers/", {"drivers": ["nope"]})
    assert response.status_code == 200


@pytest.mark.django_db
def test_edit_and_delete(parent_client, parent):
    start(parent_client)
    checkin = CheckIn.objects.get(user=parent)
    response = parent_client.post(
        f"/checkin/{checkin.pk}/edit/",
        {
            "what": "Shouted at breakfast",
            "heavy_before": 6,
            "drivers": ["repair", "biology"],
            "heavy_after": 2,
        },
    )
    assert response.status_code == 302
    checkin.refresh_from_db()
    assert checkin.what == "Shouted at breakfast" and checkin.driver_list == ["repair", "biology"]
    parent_client.post(f"/checkin/{checkin.pk}/delete/")
    assert not CheckIn.objects.exists()


@pytest.mark.django_db
def test_urgent_words_show_help_right_after_saving(parent_client):
    response = start(parent_client, what="honestly they would be better off without me", heavy=9)
    page = parent_client.get(response["Location"]).content.decode()
    assert 'href="tel:988"' in page and "sounds really heavy" in page
    # Shown once; it comes back when it applies again.
    again = parent_client.get(response["Location"]).content.decode()
    assert "sounds really heavy" not in again


@pytest.mark.django_db
def test_figurative_words_show_no_panel(parent_client):
    response = start(
        parent_client, what="this toddler is killing me, I could kill for a nap", heavy=5
    )
    page = parent_client.get(response["Location"]).content.decode()
    assert "sounds really heavy" not in page and "a lot to carry" not in page


@pytest.mark.django_db
def test_words_about_an_unsafe_home_put_the_abuse_line_first(parent_client):
    words = "my husband grabbed my neck again last night, I'm scared of him"
    response = start(parent_client, what=words, heavy=8)
    page = parent_client.get(response["Location"]).content.decode()
    assert "a lot to carry" in page and "not your fault" in page
    assert page.index("National Domestic Violence Hotline") < page.index("988 Suicide")
    assert 'href="tel:18007997233"' in page
    # A sad day without any word about home keeps the usual lines.
    response = start(parent_client, what="I feel numb and cry every day since the baby", heavy=7)
    page = parent_client.get(response["Location"]).content.decode()
    assert "a lot to carry" in page and "Domestic Violence" not in page
