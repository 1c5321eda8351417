"""The practices a parent keeps. Each step's reflection answer *is* a practice item
(origin "step"); the same items can also be made on their own (origin "own") or
from a check-in (origin "checkin")."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from setdown.lib.fields import EncryptedTextField


class Origin(models.TextChoices):
    STEP = "step", "From the six steps"
    OWN = "own", "Added on its own"
    CHECKIN = "checkin", "From a check-in"


class PracticeItem(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    origin = models.CharField(max_length=10, choices=Origin.choices, default=Origin.OWN)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    step_key: str = ""
    text_fields: tuple[str, ...] = ()

    class Meta:
        abstract = True
        ordering = ["-created_at"]

    def texts(self) -> list[str]:
        """Everything the parent wrote in this item (for screening, search, export)."""
        return [getattr(self, name) for name in self.text_fields if getattr(self, name)]


class ExaminedRule(PracticeItem):
    class Source(models.TextChoices):
        CULTURE = "culture", "Culture and media"
        FAMILY = "family", "Family"
        SOCIAL_MEDIA = "social_media", "Social media"
        OTHER = "other", "Somewhere else"

    class Verdict(models.TextChoices):
        TRUE = "true", "True for me"
        TRADITION = "tradition", "Just tradition"
        UNSURE = "unsure", "Not sure yet"

    rule = EncryptedTextField()
    source = models.CharField(max_length=20, choices=Source.choices)
    verdict = models.CharField(max_length=20, choices=Verdict.choices)
    keep = EncryptedTextField(blank=True)
    drop = EncryptedTextField(blank=True)

    step_key = "culture"
    text_fields = ("rule", "keep", "drop")

    class Meta(PracticeItem.Meta):
        pass

    def __str__(self) -> str:
        return self.rule


class ConnectionMoment(PracticeItem):
    class Status(models.TextChoices):
        PLANNED = "planned", "Planned"
        DONE = "done", "Done"
        LET_GO = "let_go", "Let go"

    activity = EncryptedTextField()
    with_whom = EncryptedTextField(blank=True)
    planned_for = models.DateTimeField(db_index=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PLANNED)
    felt = EncryptedTextField(blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)

    step_key = "roles"
    text_fields = ("activity", "with_whom", "felt")

    class Meta(PracticeItem.Meta):
        ordering = ["planned_for"]

    def __str__(self) -> str:
        return self.activity


class Phrase(PracticeItem):
    text = EncryptedTextField()
    position = models.PositiveIntegerField(default=0)

    step_key = "biology"
    text_fields = ("text",)

    class Meta(PracticeItem.Meta):
        ordering = ["position", "created_at"]

    def __str__(self) -> str:
        return self.text


class Boundary(PracticeItem):
    class Kind(models.TextChoices):
        MUTE = "mute", "Mute"
        UNFOLLOW = "unfollow", "Unfollow"
        LIMIT = "limit", "Limit my time"
        OTHER = "other", "Something else"

    source = EncryptedTextField()
    kind = models.CharField(max_length=10, choices=Kind.choices)
    detail = EncryptedTextField(blank=True)
    active = models.BooleanField(default=True)

    step_key = "comparison"
    text_fields = ("source", "detail")

    class Meta(PracticeItem.Meta):
        verbose_name_plural = "boundaries"

    def __str__(self) -> str:
        return self.source


class BoundaryCheck(models.Model):
    """A weekly look back: did the boundary hold, and how did it feel?"""

    class Held(models.TextChoices):
        YES = "yes", "It held"
        PARTLY = "partly", "Partly"
        NO = "no", "Not this week"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    boundary = models.ForeignKey(Boundary, on_delete=models.CASCADE, related_name="checks")
    week_of = models.DateField()
    held = models.CharField(max_length=10, choices=Held.choices)
    felt = EncryptedTextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    step_key = "comparison"
    text_fields = ("felt",)

    class Meta:
        ordering = ["-week_of", "-created_at"]

    def __str__(self) -> str:
        return f"{self.boundary_id} {self.week_of}"

    def texts(self) -> list[str]:
        return [self.felt] if self.felt else []


class RewrittenBelief(PracticeItem):
    old_belief = EncryptedTextField()
    trigger = EncryptedTextField(blank=True)
    emotion = EncryptedTextField(blank=True)
    new_truth = EncryptedTextField()

    step_key = "beliefs"
    text_fields = ("old_belief", "trigger", "emotion", "new_truth")

    class Meta(PracticeItem.Meta):
        pass

    def __str__(self) -> str:
        return self.new_truth


class RepairScript(PracticeItem):
    """The words a parent will say after losing their cool; the newest is the current one."""

    script = EncryptedTextField()
    practice_count = models.PositiveIntegerField(default=0)
    last_practised_at = models.DateTimeField(null=True, blank=True)

    step_key = "repair"
    text_fields = ("script",)

    class Meta(PracticeItem.Meta):
        pass

    def __str__(self) -> str:
        return self.script


class RepairLog(models.Model):
    """A repair actually made: what happened and how coming back went."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    happened_on = models.DateField(default=timezone.localdate)
    what_happened = EncryptedTextField(blank=True)
    how_it_went = EncryptedTextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    step_key = "repair"
    text_fields = ("what_happened", "how_it_went")

    class Meta:
        ordering = ["-happened_on", "-created_at"]

    def __str__(self) -> str:
        return f"repair {self.happened_on}"

    def texts(self) -> list[str]:
        return [getattr(self, name) for name in self.text_fields if getattr(self, name)]


# Which practice each of the six steps' answers becomes.
STEP_MODELS: dict[str, type[PracticeItem]] = {
    model.step_key: model
    for model in (ExaminedRule, ConnectionMoment, Phrase, Boundary, RewrittenBelief, RepairScript)
}
