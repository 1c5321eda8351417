"""The numbers behind /insights/, read from per-day summaries (DayStat) so the
cost stays flat however long a parent has been writing."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.db.models import Count
from django.utils import timezone

from setdown.insights.models import DayStat
from setdown.practices.models import BoundaryCheck, ConnectionMoment, RepairLog

RANGES = {
    "4w": ("4 weeks", timedelta(weeks=4), "day"),
    "3m": ("3 months", timedelta(days=91), "week"),
    "1y": ("a year", timedelta(days=365), "week"),
    "all": ("all time", None, "month"),
}
DEFAULT_RANGE = "3m"
DRIVER_KEYS = ("culture", "roles", "biology", "comparison", "beliefs", "repair")


def _bucket(day: date, size: str) -> date:
    if size == "week":
        return day - timedelta(days=day.weekday())
    if size == "month":
        return day.replace(day=1)
    return day


@dataclass
class Insights:
    range_key: str
    since: datetime | None
    heaviness: list[tuple[datetime, float, float | None, int]] = field(default_factory=list)
    checkins: int = 0
    avg_before: float | None = None
    avg_after: float | None = None
    drivers_recent: Counter = field(default_factory=Counter)
    drivers_earlier: Counter = field(default_factory=Counter)
    top_driver_weekdays: int = 0
    top_driver_weekend: int = 0
    moments: dict[str, int] = field(default_factory=dict)
    repairs: int = 0
    boundaries: dict[str, int] = field(default_factory=dict)
    driver_days: list[tuple[str, int, int]] = field(default_factory=list)

    @property
    def top_recent_driver(self) -> str | None:
        return self.drivers_recent.most_common(1)[0][0] if self.drivers_recent else None


def range_key_or_default(key: str | None) -> str:
    return key if key in RANGES else DEFAULT_RANGE


def insights_for_user(*, user, range_key: str) -> Insights:
    _, span, size = RANGES[range_key]
    now = timezone.now()
    today = timezone.localdate()
    since = now - span if span else None
    result = Insights(range_key=range_key, since=since)

    days = DayStat.objects.filter(user=user)
    if since:
        days = days.filter(day__gte=timezone.localtime(since).date())
    month_ago = today - timedelta(days=30)
    buckets: dict[date, list[int]] = {}
    totals = [0, 0, 0, 0]  # check-ins, finished, sum before (finished), sum after
    rows = days.order_by("day").values_list(
        "day",
        "checkins",
        "sum_before",
        "finished",
        "sum_before_finished",
        "sum_after",
        *DRIVER_KEYS,
    )
    for day, n, s_before, finished, s_before_fin, s_after, *per_driver in rows:
        b = buckets.setdefault(_bucket(day, size), [0, 0, 0, 0])
        b[0] += n
        b[1] += s_before
        b[2] += finished
        b[3] += s_after
        totals[0] += n
        totals[1] += finished
        totals[2] += s_before_fin
        totals[3] += s_after
        recent = day > month_ago
        counter = result.drivers_recent if recent else result.drivers_earlier
        for key, count in zip(DRIVER_KEYS, per_driver, strict=True):
            if count:
                counter[key] += count
                if recent:
                    result.driver_days.append((key, day.weekday(), count))
    result.heaviness = [
        (
            datetime.combine(day, datetime.min.time()),
            n_before / n,
            (n_after / finished) if finished else None,
            n,
        )
        for day, (n, n_before, finished, n_after) in sorted(buckets.items())
    ]
    result.checkins = totals[0]
    if totals[1]:
        result.avg_before = totals[2] / totals[1]
        result.avg_after = totals[3] / totals[1]

    top = result.top_recent_driver
    for key, weekday, n in result.driver_days:
        if key == top:
            if weekday >= 5:
                result.top_driver_weekend += n
            else:
                result.top_driver_weekdays += n

    moments = ConnectionMoment.objects.filter(user=user)
    logs = RepairLog.objects.filter(user=user)
    checks = BoundaryCheck.objects.filter(user=user)
    if since:
        moments = moments.filter(planned_for__gte=since)
        logs = logs.filter(created_at__gte=since)
        checks = checks.filter(created_at__gte=since)
    result.moments = dict(moments.values_list("status").annotate(n=Count("id")))
    result.repairs = logs.count()
    result.boundaries = dict(checks.values_list("held").annotate(n=Count("id")))
    return result
