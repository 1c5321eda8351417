"""The numbers behind /insights/, aggregated in the database so the cost stays
flat however long a parent has been writing."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db.models import Avg, Count, Q
from django.db.models.functions import ExtractWeekDay, TruncDay, TruncMonth, TruncWeek
from django.utils import timezone

from setdown.checkins.models import CheckIn
from setdown.practices.models import BoundaryCheck, ConnectionMoment, RepairLog

RANGES = {
    "4w": ("4 weeks", timedelta(weeks=4), TruncDay),
    "3m": ("3 months", timedelta(days=91), TruncWeek),
    "1y": ("a year", timedelta(days=365), TruncWeek),
    "all": ("all time", None, TruncMonth),
}
DEFAULT_RANGE = "3m"


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
    _, span, trunc = RANGES[range_key]
    now = timezone.now()
    since = now - span if span else None
    result = Insights(range_key=range_key, since=since)

    checkins = CheckIn.objects.filter(user=user)
    if since:
        checkins = checkins.filter(created_at__gte=since)

    buckets = (
        checkins.annotate(bucket=trunc("created_at"))
        .values("bucket")
        .annotate(before=Avg("heavy_before"), after=Avg("heavy_after"), n=Count("id"))
        .order_by("bucket")
    )
    result.heaviness = [(b["bucket"], b["before"], b["after"], b["n"]) for b in buckets]
    totals = checkins.aggregate(
        n=Count("id"),
        before=Avg("heavy_before", filter=Q(heavy_after__isnull=False)),
        after=Avg("heavy_after"),
    )
    result.checkins, result.avg_before, result.avg_after = (
        totals["n"],
        totals["before"],
        totals["after"],
    )

    # The first driver a parent confirmed is the one that spoke loudest.
    month_ago = now - timedelta(days=30)
    by_driver = (
        checkins.exclude(drivers="")
        .annotate(recent=Q(created_at__gte=month_ago))
        .values("drivers", "recent")
        .annotate(n=Count("id"))
    )
    for row in by_driver:
        first = row["drivers"].split()[0]
        (result.drivers_recent if row["recent"] else result.drivers_earlier)[first] += row["n"]

    top = result.top_recent_driver
    if top:
        days = (
            checkins.filter(created_at__gte=month_ago, drivers__startswith=top)
            .annotate(day=ExtractWeekDay("created_at"))
            .values("day")
            .annotate(n=Count("id"))
        )
        for row in days:  # 1 = Sunday, 7 = Saturday
            if row["day"] in (1, 7):
                result.top_driver_weekend += row["n"]
            else:
                result.top_driver_weekdays += row["n"]

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
