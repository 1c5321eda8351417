"""A connection moment as a calendar event (.ics), for any calendar app."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone
from icalendar import Alarm, Calendar, Event

from setdown.practices.models import ConnectionMoment

LENGTH = dt.timedelta(minutes=15)
# Words that may show on a lock screen: warm, and nothing about guilt.
DESCRIPTION = (
    "A few minutes together, phone out of reach. "
    "Nothing to get right. Being there is the whole thing."
)
REMINDER = "In ten minutes: a little time together."


def moment_summary(moment: ConnectionMoment) -> str:
    if moment.with_whom:
        return f"{moment.activity} (with {moment.with_whom})"
    return moment.activity


def moment_calendar(moment: ConnectionMoment) -> bytes:
    event = Event()
    # Stable per moment, so downloading it again updates the event instead of doubling it.
    event.add("uid", f"moment-{moment.pk}@setdown")
    event.add("dtstamp", timezone.now().astimezone(dt.UTC))
    event.add("dtstart", moment.planned_for.astimezone(dt.UTC))
    event.add("duration", LENGTH)
    event.add("summary", moment_summary(moment))
    event.add("description", DESCRIPTION)

    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", REMINDER)
    alarm.add("trigger", -dt.timedelta(minutes=10))
    event.add_component(alarm)

    calendar = Calendar()
    calendar.add("prodid", "-//Setdown//Connection moments//EN")
    calendar.add("version", "2.0")
    calendar.add_component(event)
    return calendar.to_ical()
