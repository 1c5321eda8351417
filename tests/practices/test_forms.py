from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from setdown.practices import forms

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("day", "monday"),
    [(dt.date(2025, 6, 9), dt.date(2025, 6, 9)), (dt.date(2025, 6, 15), dt.date(2025, 6, 9))],
)
def test_monday_of(day, monday):
    assert forms.monday_of(day) == monday


def test_boundary_check_refuses_a_week_still_to_come():
    later = timezone.localdate() + dt.timedelta(days=30)
    form = forms.BoundaryCheckForm({"week_of": later.isoformat(), "held": "yes"})
    assert not form.is_valid() and "hasn't come yet" in form.errors["week_of"][0]


def test_boundary_check_unknown_answer():
    form = forms.BoundaryCheckForm({"week_of": "2025-06-10", "held": "maybe"})
    assert not form.is_valid() and "held" in form.errors


def test_repair_log_may_be_wordless():
    form = forms.RepairLogForm({"happened_on": "2025-06-10"})
    assert form.is_valid(), form.errors


def test_repair_log_needs_a_real_day():
    form = forms.RepairLogForm({"happened_on": "2025-02-30"})
    assert not form.is_valid() and form.errors["happened_on"] == [forms.BAD_DATE]


def test_moment_outcome_choices():
    assert forms.MomentOutcomeForm({"status": "done"}).is_valid()
    assert not forms.MomentOutcomeForm({"status": "planned"}).is_valid()
