from django.conf import settings
from django.db import models


class DayStat(models.Model):
    """One parent's check-ins on one day, summed, so insights read a few hundred
    small rows however many check-ins there are. Rebuilt from the check-ins of that
    day whenever one of them changes (setdown.insights.services)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    day = models.DateField()
    # The Monday of the day's week and the first of its month, stored so the
    # database groups by plain columns.
    week = models.DateField()
    month = models.DateField()
    checkins = models.PositiveIntegerField(default=0)
    sum_before = models.PositiveIntegerField(default=0)
    # Heaviness before and after, over check-ins that have an "after".
    finished = models.PositiveIntegerField(default=0)
    sum_before_finished = models.PositiveIntegerField(default=0)
    sum_after = models.PositiveIntegerField(default=0)
    # Check-ins whose first confirmed driver is each key.
    culture = models.PositiveIntegerField(default=0)
    roles = models.PositiveIntegerField(default=0)
    biology = models.PositiveIntegerField(default=0)
    comparison = models.PositiveIntegerField(default=0)
    beliefs = models.PositiveIntegerField(default=0)
    repair = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "day"], name="one_stat_per_day")]

    def __str__(self) -> str:
        return f"{self.user_id} {self.day}"
