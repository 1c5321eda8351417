"""Keep the per-day summaries behind /insights/ in step with the check-ins."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from django.db import transaction
from django.utils import timezone

from setdown.checkins.models import DRIVER_KEYS, CheckIn
from setdown.insights.models import DayStat


def _day_bounds(day: date) -> tuple[datetime, datetime]:
    start = timezone.make_aware(datetime.combine(day, time.min))
    return start, start + timedelta(days=1)


def _local_day(when: datetime) -> date:
    return timezone.localtime(when).date()


@transaction.atomic
def daystat_refresh(*, user_id: int, day: date) -> DayStat | None:
    start, end = _day_bounds(day)
    rows = CheckIn.objects.filter(
        user_id=user_id, created_at__gte=start, created_at__lt=end
    ).values_list("heavy_before", "heavy_after", "drivers")
    stat = _summarise(user_id, day, rows)
    DayStat.objects.filter(user_id=user_id, day=day).delete()
    if stat.checkins:
        stat.save()
        return stat
    return None


def _summarise(user_id: int, day: date, rows) -> DayStat:
    stat = DayStat(
        user_id=user_id,
        day=day,
        week=day - timedelta(days=day.weekday()),
        month=day.replace(day=1),
    )
    for before, after, drivers in rows:
        stat.checkins += 1
        stat.sum_before += before
        if after is not None:
            stat.finished += 1
            stat.sum_before_finished += before
            stat.sum_after += after
        first = drivers.split()[0] if drivers.split() else ""
        if first in DRIVER_KEYS:
            setattr(stat, first, getattr(stat, first) + 1)
    return stat


def daystat_after_change(checkin: CheckIn, *, previous_day: date | None = None) -> None:
    daystat_refresh(user_id=checkin.user_id, day=_local_day(checkin.created_at))
    if previous_day and previous_day != _local_day(checkin.created_at):
        daystat_refresh(user_id=checkin.user_id, day=previous_day)


@transaction.atomic
def daystat_rebuild(*, user) -> int:
    """Recompute every day for one parent (after an import)."""
    DayStat.objects.filter(user=user).delete()
    by_day: dict[date, list] = {}
    for created, before, after, drivers in CheckIn.objects.filter(user=user).values_list(
        "created_at", "heavy_before", "heavy_after", "drivers"
    ):
        by_day.setdefault(_local_day(created), []).append((before, after, drivers))
    stats = [_summarise(user.pk, day, rows) for day, rows in by_day.items()]
    DayStat.objects.bulk_create(stats, batch_size=500)
    return len(stats)
