from __future__ import annotations

import datetime as dt

import pytest
from icalendar import Calendar

from setdown.practices.ics import moment_calendar
from tests import factories as f

pytestmark = pytest.mark.django_db


def test_calendar_file_parses_back(parent):
    when = dt.datetime(2031, 5, 2, 16, 30, tzinfo=dt.UTC)
    moment = f.make_moment(parent, activity="Puddle walk", with_whom="Leo", planned_for=when)

    calendar = Calendar.from_ical(moment_calendar(moment))

    [event] = calendar.walk("VEVENT")
    assert event.decoded("dtstart") == when
    assert event.decoded("dtstart").utcoffset() == dt.timedelta(0)
    assert event.decoded("duration") == dt.timedelta(minutes=15)
    assert str(event["summary"]) == "Puddle walk (with Leo)"
    assert str(event["uid"]) == f"moment-{moment.pk}@setdown"
    assert "dtstamp" in event
    assert "guilt" not in str(event["description"]).lower()
    [alarm] = event.walk("VALARM")
    assert str(alarm["action"]) == "DISPLAY"
    assert alarm.decoded("trigger") == -dt.timedelta(minutes=10)


def test_summary_without_anyone_named(parent):
    moment = f.make_moment(parent, activity="Sing together")
    [event] = Calendar.from_ical(moment_calendar(moment)).walk("VEVENT")
    assert str(event["summary"]) == "Sing together"
