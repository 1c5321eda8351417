"""The export document as a readable outline: parts, items, labelled lines.

Markdown and PDF are both drawn from this outline, so they always say the
same things in the same order: the six practices, then check-ins, notes and
the safety plan.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, tzinfo
from typing import Any

from setdown.checkins.models import DRIVER_KEYS
from setdown.portability.schema import parse_datetime
from setdown.practices import models as pm
from setdown.program import content
from setdown.safety.forms import PLAN_TEXT

TITLE = "Your Setdown journal"
CLOSING = "Everything here is yours. Keep it, print it, or put it away for another day."


@dataclass
class Item:
    heading: str
    meta: str = ""
    lines: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Part:
    title: str
    subtitle: str = ""
    items: list[Item] = field(default_factory=list)
    empty: str = "Nothing here yet."


@dataclass
class Outline:
    title: str
    dedication: str
    downloaded: str
    parts: list[Part]


def _labels(choices) -> dict[str, str]:
    return {str(value): str(label) for value, label in choices}


SOURCE = _labels(pm.ExaminedRule.Source.choices)
VERDICT = _labels(pm.ExaminedRule.Verdict.choices)
STATUS = _labels(pm.ConnectionMoment.Status.choices)
KIND = _labels(pm.Boundary.Kind.choices)
HELD = _labels(pm.BoundaryCheck.Held.choices)


def _long(when: date) -> str:
    return f"{when:%A} {when.day} {when:%B %Y}"


def day(value: str | None, tz: tzinfo) -> str:
    return _long(parse_datetime(value).astimezone(tz)) if value else ""


def day_and_time(value: str | None, tz: tzinfo) -> str:
    if not value:
        return ""
    when = parse_datetime(value).astimezone(tz)
    return f"{_long(when)}, {when:%H:%M}"


def plain_day(value: str) -> str:
    return _long(date.fromisoformat(value))


def _meta(*bits: str) -> str:
    return " · ".join(b for b in bits if b)


def _lines(*pairs: tuple[str, str]) -> list[tuple[str, str]]:
    return [(label, text) for label, text in pairs if text and text.strip()]


def _driver_names(keys: str) -> str:
    names = {s.key: s.driver for s in content.steps()}
    return ", ".join(names[k] for k in keys.split() if k in DRIVER_KEYS)


def _rule(r: dict, tz: tzinfo) -> Item:
    return Item(
        heading=r["rule"],
        meta=_meta(
            day(r["created_at"], tz), SOURCE.get(r["source"], ""), VERDICT.get(r["verdict"], "")
        ),
        lines=_lines(("What I'll keep", r["keep"]), ("What I'll let go of", r["drop"])),
    )


def _moment(m: dict, tz: tzinfo) -> Item:
    return Item(
        heading=m["activity"],
        meta=_meta(day_and_time(m["planned_for"], tz), STATUS.get(m["status"], "")),
        lines=_lines(("With", m["with_whom"]), ("How it felt", m["felt"])),
    )


def _phrase(p: dict, tz: tzinfo) -> Item:
    return Item(heading=p["text"], meta=day(p["created_at"], tz))


def _boundary(b: dict, tz: tzinfo) -> Item:
    checks = [
        (f"Week of {plain_day(c['week_of'])}", _meta(HELD.get(c["held"], ""), c["felt"]))
        for c in b.get("checks", [])
    ]
    return Item(
        heading=b["source"],
        meta=_meta(
            KIND.get(b["kind"], ""), day(b["created_at"], tz), "" if b["active"] else "Paused"
        ),
        lines=_lines(("What I'm doing", b["detail"])) + checks,
    )


def _belief(b: dict, tz: tzinfo) -> Item:
    return Item(
        heading=b["new_truth"],
        meta=day(b["created_at"], tz),
        lines=_lines(
            ("The old belief", b["old_belief"]),
            ("What sets it off", b["trigger"]),
            ("What I feel then", b["emotion"]),
        ),
    )


def _script(s: dict, tz: tzinfo) -> Item:
    count = s["practice_count"]
    practised = f"Practised {count} time{'s' if count != 1 else ''}" if count else ""
    return Item(heading=s["script"], meta=_meta(day(s["created_at"], tz), practised))


def _repair(r: dict, tz: tzinfo) -> Item:
    return Item(
        heading=plain_day(r["happened_on"]),
        lines=_lines(
            ("What happened", r["what_happened"]), ("How coming back went", r["how_it_went"])
        ),
    )


def _checkin(c: dict, tz: tzinfo) -> Item:
    heavy = f"How heavy: {c['heavy_before']}"
    if c["heavy_after"] is not None:
        heavy += f", then {c['heavy_after']}"
    return Item(
        heading=day_and_time(c["created_at"], tz),
        meta=_meta(heavy, _driver_names(c["drivers"])),
        lines=_lines(("What happened", c["what"]), ("Feelings", c["feelings"])),
    )


def _note(n: dict, tz: tzinfo) -> Item:
    return Item(
        heading=day_and_time(n["written_at"], tz),
        meta=f"From {n['source']}" if n["source"] else "",
        lines=_lines(("", n["text"])),
    )


# Step key -> (section of the document, how one record reads).
PRACTICES = (
    ("culture", "rules", _rule),
    ("roles", "moments", _moment),
    ("biology", "phrases", _phrase),
    ("comparison", "boundaries", _boundary),
    ("beliefs", "beliefs", _belief),
    ("repair", "repair_scripts", _script),
)


def outline(document: dict[str, Any], *, tz: tzinfo) -> Outline:
    parts = []
    for key, section, item in PRACTICES:
        step = content.step(key)
        records = document[section]
        if section == "repair_scripts":
            records = list(reversed(records))  # newest first: the newest is the one in use
        parts.append(
            Part(
                title=step.practice,
                subtitle=f"Step {step.number} · {step.title}",
                items=[item(r, tz) for r in records],
            )
        )
    parts += [
        Part(title="Repairs made", items=[_repair(r, tz) for r in document["repair_logs"]]),
        Part(
            title="Check-ins",
            subtitle="Moments you named",
            items=[_checkin(c, tz) for c in document["checkins"]],
        ),
        Part(title="Journal notes", items=[_note(n, tz) for n in document["notes"]]),
    ]
    plan = document.get("safety_plan")
    if plan and any(plan[name].strip() for name in PLAN_TEXT):
        lines = _lines(*((PLAN_TEXT[name][0], plan[name]) for name in PLAN_TEXT))
        parts.append(Part(title="My safety plan", items=[Item(heading="", lines=lines)]))

    profile = document.get("profile") or {}
    name = profile.get("name", "") if profile.get("address_as") == "name" else ""
    return Outline(
        title=TITLE,
        dedication=f"Kept by {name}" if name else "",
        downloaded=f"Downloaded {day(document['exported_at'], tz)}",
        parts=parts,
    )
