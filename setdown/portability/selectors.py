"""Reading everything a parent owns, as the export document (schema version 1)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from django.db.models import Prefetch
from django.utils import timezone

from setdown.checkins.models import CheckIn
from setdown.journal.models import Note
from setdown.portability import schema
from setdown.practices import models as pm
from setdown.safety.models import SafetyPlan

# Section key -> model. Every list is oldest first, with the id last so that ties
# keep the order they were written in (an import writes them back in that order).
SECTION_MODELS: dict[str, type] = {
    "checkins": CheckIn,
    "rules": pm.ExaminedRule,
    "moments": pm.ConnectionMoment,
    "phrases": pm.Phrase,
    "boundaries": pm.Boundary,
    "beliefs": pm.RewrittenBelief,
    "repair_scripts": pm.RepairScript,
    "repair_logs": pm.RepairLog,
    "notes": Note,
}
SECTION_ORDER: dict[str, tuple[str, ...]] = {
    "moments": ("planned_for", "created_at", "id"),
    "phrases": ("position", "created_at", "id"),
    "repair_logs": ("happened_on", "created_at", "id"),
    "notes": ("written_at", "created_at", "id"),
}
CHECK_ORDER = ("week_of", "created_at", "id")


def export_for_user(*, user, now: datetime | None = None) -> dict[str, Any]:
    """The whole export document for `user`: plain JSON-ready values only."""
    document: dict[str, Any] = {
        "format": schema.FORMAT,
        "version": schema.VERSION,
        "exported_at": (now or timezone.now()).astimezone(UTC).isoformat(),
        "profile": schema.dump(schema.PROFILE, user),
    }
    for key, model in SECTION_MODELS.items():
        qs = model.objects.filter(user=user).order_by(*SECTION_ORDER.get(key, ("created_at", "id")))
        if key == "boundaries":
            checks = pm.BoundaryCheck.objects.filter(user=user).order_by(*CHECK_ORDER)
            qs = qs.prefetch_related(Prefetch("checks", queryset=checks))
        rows = []
        for obj in qs:
            row = schema.dump(schema.SECTIONS[key], obj)
            if key == "boundaries":
                row["checks"] = [schema.dump(schema.BOUNDARY_CHECK, c) for c in obj.checks.all()]
            rows.append(row)
        document[key] = rows
    plan = SafetyPlan.objects.filter(user=user).first()
    document["safety_plan"] = schema.dump(schema.SAFETY_PLAN, plan) if plan else None
    return document


def export_filename(extension: str, *, today=None) -> str:
    """A name that says nothing personal: setdown-export-2026-11-25.json."""
    return f"setdown-export-{(today or timezone.localdate()).isoformat()}.{extension}"


def user_for_email(email: str):
    """The account with this email address (any case), or None."""
    from django.contrib.auth import get_user_model

    return get_user_model().objects.filter(email__iexact=email.strip()).first()
