from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone

from setdown.lib.fields import EncryptedTextField

DRIVER_KEYS = ("culture", "roles", "biology", "comparison", "beliefs", "repair")
HEAVINESS = [MinValueValidator(0), MaxValueValidator(10)]


class CheckInQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(user=user)


class CheckIn(models.Model):
    """'Name it': a guilty moment, how heavy it felt before and after, and which
    drivers were speaking."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    what = EncryptedTextField(blank=True)
    feelings = EncryptedTextField(blank=True)
    heavy_before = models.PositiveSmallIntegerField(validators=HEAVINESS)
    heavy_after = models.PositiveSmallIntegerField(null=True, blank=True, validators=HEAVINESS)
    # Driver keys, space-separated: what the parent confirmed, and what Setdown
    # suggested first. Kept so corrections can teach the suggester later.
    drivers = models.CharField(max_length=80, blank=True)
    suggested = models.CharField(max_length=80, blank=True)
    corrected = models.BooleanField(default=False)
    repaired = models.BooleanField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)
    completed_at = models.DateTimeField(null=True, blank=True)

    objects = CheckInQuerySet.as_manager()

    text_fields = ("what", "feelings")

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["user", "-created_at"], name="checkin_timeline")]

    def __str__(self) -> str:
        return f"check-in {self.created_at:%Y-%m-%d %H:%M}"

    @property
    def driver_list(self) -> list[str]:
        return [d for d in self.drivers.split() if d in DRIVER_KEYS]

    @property
    def primary_driver(self) -> str:
        drivers = self.driver_list
        return drivers[0] if drivers else ""

    @property
    def step_key(self) -> str:
        return self.primary_driver

    @property
    def lighter_by(self) -> int | None:
        if self.heavy_after is None:
            return None
        return self.heavy_before - self.heavy_after

    def texts(self) -> list[str]:
        return [t for t in (self.what, self.feelings) if t]
