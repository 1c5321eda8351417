from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from setdown.practices import models as pm
from tests import factories


def weeks_of_history(user, weeks=10):
    now = timezone.now()
    for w in range(weeks):
        week = now - timezone.timedelta(weeks=w)
        monday = (week - timezone.timedelta(days=week.weekday())).replace(hour=10, minute=0)
        for d in (0, 1, 2):  # Monday to Wednesday
            when = monday + timezone.timedelta(days=d)
            if when > now:
                when -= timezone.timedelta(weeks=1)
            factories.make_checkin(
                user,
                what=f"late at work {w}",
                drivers="roles" if w < 4 else "comparison",
                heavy_before=8,
                heavy_after=4,
                created_at=when,
            )
    factories.make_moment(user, status="done", planned_for=now - timezone.timedelta(days=2))
    factories.make_repair_log(user)
    factories.make_boundary_check(user, held="yes")


@pytest.mark.django_db
def test_empty_insights_invite_without_nagging(parent_client):
    body = parent_client.get("/insights/").content.decode()
    assert "When you name a few moments" in body
    for word in ("missed", "streak", "%"):
        assert word not in body


@pytest.mark.django_db
def test_summaries_in_plain_words(parent_client, parent):
    weeks_of_history(parent)
    body = parent_client.get("/insights/?range=1y").content.decode()
    assert "“Everything at once” came up most in the last 30 days, mostly on weekdays." in body
    assert "from about 8 to 4" in body
    assert "1 moment of connection shared" in body and "1 repair made" in body
    assert 'alt="' in body and "<table>" in body


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["heaviness", "drivers", "practices"])
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_charts_are_svg_from_this_server_only(parent_client, parent, name, theme):
    weeks_of_history(parent, weeks=3)
    response = parent_client.get(f"/insights/chart/{name}.svg?range=all&theme={theme}")
    assert response["Content-Type"] == "image/svg+xml"
    svg = response.content.decode()
    ET.fromstring(svg)  # well formed
    assert "<script" not in svg and "kozea.github.io" not in svg


@pytest.mark.django_db
def test_unknown_chart_and_range(parent_client):
    assert parent_client.get("/insights/chart/nope.svg").status_code == 404
    assert parent_client.get("/insights/?range=forever").status_code == 200


@pytest.mark.django_db
def test_only_the_parents_own_data(parent_client, parent, stranger):
    weeks_of_history(stranger, weeks=2)
    body = parent_client.get("/insights/?range=all").content.decode()
    assert "When you name a few moments" in body


@pytest.mark.django_db
def test_query_count_does_not_grow_with_history(parent_client, parent):
    def count():
        with CaptureQueriesContext(connection) as ctx:
            parent_client.get("/insights/?range=all")
        return len(ctx.captured_queries)

    weeks_of_history(parent, weeks=2)
    parent_client.get("/")  # the first page of a visit also notes the time in the session
    small = count()
    weeks_of_history(parent, weeks=20)
    assert pm.ConnectionMoment.objects.count() == 2
    assert count() == small


@pytest.mark.django_db
def test_day_summaries_follow_every_change(parent_client, parent):
    from setdown.checkins.models import CheckIn
    from setdown.insights.models import DayStat
    from setdown.insights.services import daystat_rebuild

    parent_client.post("/checkin/new/", {"what": "Late again at pickup", "heavy_before": 9})
    checkin = CheckIn.objects.get(user=parent)
    parent_client.post(f"/checkin/{checkin.pk}/drivers/", {"drivers": ["roles"]})
    parent_client.post(f"/checkin/{checkin.pk}/finish/", {"heavy_after": 3})
    stat = DayStat.objects.get(user=parent)
    assert (stat.checkins, stat.sum_before, stat.sum_after, stat.roles) == (1, 9, 3, 1)
    assert daystat_rebuild(user=parent) == 1
    assert DayStat.objects.get(user=parent).sum_after == 3
    parent_client.post(f"/checkin/{checkin.pk}/delete/")
    assert not DayStat.objects.filter(user=parent).exists()
