from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from setdown.lib.fields import EncryptedTextField

# What a parent can choose to show a coach, besides the numbers: the groups of the journal
# (setdown.journal.models.Entry.Group values). Nothing is shared until the parent ticks it.
SHAREABLE_GROUPS = ("checkin", "reflection", "practice", "note")
# how each shared part is named in lists, for the parent and for the coach alike
SHARED_NAMES = {
    "insights": "How heavy things felt, which pressures came up, practices kept (numbers only)",
    "checkin": "Check-ins, with the words written",
    "reflection": "Answers to the six steps",
    "practice": "Practices: phrases, rules, moments, boundaries, beliefs, repair script",
    "note": "Journal notes",
}


class Link(models.Model):
    """A coach's invitation, and once a parent accepts it, what that parent shares.

    Until a parent accepts, ``parent`` is empty and only the hash of the invitation's
    secret is kept. The parent alone decides what is shared and can change it or end the
    link at any time; the coach can end it too. Nothing else about the parent is visible
    to the coach.
    """

    coach = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="coaching_as_coach"
    )
    parent = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="coaching_as_parent",
    )
    token_hash = models.CharField(max_length=64, unique=True, null=True, blank=True)
    # how the coach introduces themself to the parent ("Dana Reyes, parent coach")
    coach_name = EncryptedTextField()
    # the coach's own note for this invitation ("Sam from the Tuesday group")
    label = EncryptedTextField(blank=True)
    share_insights = models.BooleanField(default=False)
    share_groups = models.CharField(max_length=60, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    accepted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["coach", "parent"],
                condition=models.Q(parent__isnull=False),
                name="one_link_per_coach_and_parent",
            )
        ]

    def __str__(self) -> str:
        return f"link {self.pk}"

    @property
    def groups(self) -> list[str]:
        return [g for g in self.share_groups.split() if g in SHAREABLE_GROUPS]

    @property
    def parent_display(self) -> str:
        """How the coach sees this parent named: their own note, else the parent's name or email."""
        if self.label:
            return self.label
        if self.parent is None:
            return "An invitation"
        return self.parent.name or self.parent.email

    @property
    def shared_names(self) -> list[str]:
        keys = (["insights"] if self.share_insights else []) + self.groups
        return [SHARED_NAMES[k] for k in keys]

    @property
    def shares_anything(self) -> bool:
        return self.share_insights or bool(self.groups)
