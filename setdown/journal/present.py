"""How each kind of writing shows up in the journal timeline."""

from __future__ import annotations

from dataclasses import dataclass

from django.urls import reverse

KIND_NAMES = {
    "checkins.checkin": "Check-in",
    "practices.examinedrule": "A rule, re-checked",
    "practices.connectionmoment": "Connection moment",
    "practices.phrase": "A phrase",
    "practices.boundary": "A boundary",
    "practices.boundarycheck": "Boundary check-in",
    "practices.rewrittenbelief": "A belief, rewritten",
    "practices.repairscript": "Repair words",
    "practices.repairlog": "A repair made",
    "journal.note": "Journal entry",
}

PRACTICE_SLUGS = {
    "practices.examinedrule": "rules",
    "practices.connectionmoment": "moments",
    "practices.phrase": "phrases",
    "practices.boundary": "boundaries",
    "practices.rewrittenbelief": "beliefs",
    "practices.repairscript": "repair",
}


@dataclass(frozen=True)
class Shown:
    title: str
    text: str
    url: str


def show(kind: str, obj) -> Shown:
    title = KIND_NAMES.get(kind, "Entry")
    text = " · ".join(t for t in obj.texts() if t)
    if kind == "checkins.checkin":
        return Shown(
            title,
            obj.what or f"Heavy {obj.heavy_before} of 10",
            reverse("checkins:detail", args=[obj.pk]),
        )
    if kind == "journal.note":
        return Shown(title, text, reverse("journal:note", args=[obj.pk]))
    if kind in PRACTICE_SLUGS:
        return Shown(title, text, reverse("practices:edit", args=[PRACTICE_SLUGS[kind], obj.pk]))
    if kind == "practices.boundarycheck":
        return Shown(title, text or obj.get_held_display(), reverse("practices:boundaries"))
    if kind == "practices.repairlog":
        return Shown(title, text, reverse("practices:repair_log_edit", args=[obj.pk]))
    return Shown(title, text, reverse("journal:index"))
