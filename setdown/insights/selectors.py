"""The numbers behind /insights/, read from per-day summaries (DayStat) so the
cost stays flat however long a parent has been writing."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db.models import Count, F, Sum
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

    # The database sums the days into a few dozen buckets; Python only sees those,
    # and the last 30 days (at most 30 rows) for what spoke up recently.
    sums = {
        "n": Sum("checkins"),
        "before": Sum("sum_before"),
        "finished": Sum("finished"),
        "before_finished": Sum("sum_before_finished"),
        "after": Sum("sum_after"),
        **{key: Sum(key) for key in DRIVER_KEYS},
    }
    all_time = Counter()
    finished = before_finished = after = 0
    rows = days.annotate(bucket=F(size)).values("bucket").annotate(**sums).order_by("bucket")
    for row in rows:
        result.heaviness.append(
            (
                datetime.combine(row["bucket"], datetime.min.time()),
                row["before"] / row["n"],
                (row["after"] / row["finished"]) if row["finished"] else None,
                row["n"],
            )
        )
        result.checkins += row["n"]
        finished += row["finished"]
        before_finished += row["before_finished"]
        after += row["after"]
        all_time.update({key: row[key] for key in DRIVER_KEYS})
    if finished:
        result.avg_before = before_finished / finished
        result.avg_after = after / finished

    recent_days = list(days.filter(day__gt=month_ago).values_list("day", *DRIVER_KEYS))
    for _day, *counts in recent_days:
        result.drivers_recent.update(dict(zip(DRIVER_KEYS, counts, strict=True)))
    result.drivers_recent = +result.drivers_recent
    result.drivers_earlier = +(all_time - result.drivers_recent)
    top = result.top_recent_driver
    if top:
        column = DRIVER_KEYS.index(top) + 1
        for row in recent_days:
            if row[0].weekday() >= 5:
                result.top_driver_weekend += row[column]
            else:
                result.top_driver_weekdays += row[column]

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
