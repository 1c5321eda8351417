from __future__ import annotations

import re

import pytest
from django.urls import reverse

from setdown.safety import lines


def test_every_line_number_is_well_formed():
    countries = lines.all_countries()
    assert "US" in countries
    for country in countries.values():
        assert re.fullmatch(r"\d{3}", country.emergency)
        assert country.lines, country.code
        for line in country.lines:
            assert line.tel or line.sms, line.key
            for number in (line.tel, line.sms):
                if number:
                    assert re.fullmatch(r"\+?\d{3,15}", number), (line.key, number)


def test_us_lines_from_the_brief():
    us = {line.key: line for line in lines.for_country("US").lines}
    assert us["988"].tel == "988" and us["988"].sms == "988"
    assert us["tlc-mama"].tel == "18338526262"
    assert us["psi"].tel == "18009444773" and us["psi"].sms == "8009444773"


@pytest.mark.django_db
def test_support_page_is_public_and_lists_lines(client):
    response = client.get("/support/")
    assert response.status_code == 200
    body = response.content.decode()
    assert 'href="tel:988"' in body and 'href="sms:988"' in body
    assert "not a diagnosis" in body


@pytest.mark.django_db
def test_country_setting_picks_lines(client, settings):
    settings.SETDOWN_SUPPORT_COUNTRY = "GB"
    body = client.get("/support/").content.decode()
    assert "Samaritans" in body and 'href="tel:999"' in body


@pytest.mark.django_db
def test_safety_plan_saves_privately_and_prints(parent_client, parent):
    response = parent_client.post(
        reverse("safety:plan"), {"people_to_ask": "My sister Ana, 555 0100"}, follow=True
    )
    assert response.status_code == 200
    assert parent.safety_plan.people_to_ask == "My sister Ana, 555 0100"
    printed = parent_client.get(reverse("safety:plan_print")).content.decode()
    assert "My sister Ana" in printed


@pytest.mark.django_db
def test_safety_plan_needs_sign_in(client):
    response = client.get(reverse("safety:plan"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("country", "line_name"),
    [("US", "National Domestic Violence Hotline"), ("GB", "National Domestic Abuse Helpline")],
)
def test_support_page_has_a_section_for_an_unsafe_home(client, settings, country, line_name):
    settings.SETDOWN_SUPPORT_COUNTRY = country
    body = client.get("/support/").content.decode()
    assert "If home doesn&#x27;t feel safe" in body or "If home doesn't feel safe" in body
    assert body.index(line_name) > body.index("feel safe")


def test_home_lines_come_first_only_for_the_home_topic():
    us = lines.for_country("US")
    assert lines.lines_for(us, ("home",))[0].key == "ndvh"
    assert [line.key for line in lines.lines_for(us)] == ["988", "tlc-mama", "psi"]
    in_crisis = [line.key for line in lines.lines_for(us, ("home",), crisis=True)]
    assert in_crisis == ["988", "tlc-mama", "psi", "ndvh"]


@pytest.mark.parametrize(
    ("level", "topics", "words"),
    [
        ("support", [], "might act on a thought of hurting yourself or your child"),
        ("support", ["home"], "If you are in danger right now"),
        ("urgent", [], "Emergency: call 911"),
    ],
)
def test_every_help_card_gives_the_emergency_number(parent_client, level, topics, words):
    from setdown.safety.services import SESSION_KEY, TOPICS_KEY

    session = parent_client.session
    session[SESSION_KEY], session[TOPICS_KEY] = level, topics
    session.save()
    page = parent_client.get(reverse("safety:plan")).content.decode()
    assert words in page and 'href="tel:911"' in page
    # shown once: the next page is calm again
    assert 'href="tel:911"' not in parent_client.get(reverse("safety:plan")).content.decode()
