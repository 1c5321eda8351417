"""One timeline of everything a parent wrote, and a blind index to search it."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from setdown.lib.fields import EncryptedTextField


class Entry(models.Model):
    """Points at one thing the parent wrote (a check-in, a practice item, a note)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)

    class Group(models.TextChoices):
        CHECKIN = "checkin", "Check-ins"
        REFLECTION = "reflection", "Step reflections"
        PRACTICE = "practice", "Practices"
        NOTE = "note", "Journal notes"

    kind = models.CharField(max_length=40)
    group = models.CharField(max_length=12, choices=Group.choices, default=Group.PRACTICE)
    object_id = models.BigIntegerField()
    driver = models.CharField(max_length=20, blank=True)
    created_at = models.DateTimeField(db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id"], name="one_entry_per_object")
        ]
        indexes = [
            models.Index(fields=["user", "-created_at"], name="entry_timeline"),
            models.Index(fields=["user", "driver", "-created_at"], name="entry_by_driver"),
        ]
        verbose_name_plural = "entries"

    def __str__(self) -> str:
        return f"{self.kind}:{self.object_id}"


class SearchToken(models.Model):
    """One keyed hash of one word form in one entry. `created_at` copies the entry's
    date so a search walks the index newest first and stops after one page."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="tokens")
    token = models.CharField(max_length=32)
    created_at = models.DateTimeField()

    class Meta:
        indexes = [
            models.Index(fields=["user", "token", "-created_at"], name="token_newest"),
            models.Index(fields=["entry", "token"], name="token_in_entry"),
        ]

    def __str__(self) -> str:
        return self.token


class Note(models.Model):
    """A free journal entry, usually imported from another journal app."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    text = EncryptedTextField()
    source = models.CharField(max_length=40, blank=True)
    written_at = models.DateTimeField(default=timezone.now, db_index=True)
    created_at = models.DateTimeField(default=timezone.now)

    step_key = ""
    text_fields = ("text",)

    class Meta:
        ordering = ["-written_at"]

    def __str__(self) -> str:
        return f"note {self.written_at:%Y-%m-%d}"

    def texts(self) -> list[str]:
        return [self.text] if self.text else []
