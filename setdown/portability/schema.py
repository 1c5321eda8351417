"""Setdown's export format, version 1: one table of fields that both writes and
reads the file, so the two cannot drift apart. docs/export-schema.md describes
the same table for people.

Nothing here touches the database: dumping reads attributes from whatever
object it is given, and parsing turns a decoded JSON document into plain dicts
of Python values (a `Bundle`) or raises `ImportProblem`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from setdown.accounts.models import User
from setdown.checkins.models import DRIVER_KEYS
from setdown.practices import models as pm

FORMAT = "setdown-export"
VERSION = 1


class ImportProblem(ValueError):
    """A file that cannot be imported. The message is shown to the parent as is."""


@dataclass(frozen=True)
class Spec:
    """One field of one kind of record.

    `optional` fields may be left out of a file (the default is used); exports
    always write every field. `nullable` fields may be null.
    """

    name: str
    kind: str  # text | choice | drivers | int | bool | datetime | date
    optional: bool = False
    nullable: bool = False
    default: Any = ""
    choices: tuple[str, ...] = ()
    low: int | None = None
    high: int | None = None
    max_length: int | None = None
    # When left out, copy this other field's value (e.g. updated_at <- created_at).
    default_from: str = ""


def _text(name: str, *, optional: bool = True) -> Spec:
    return Spec(name, "text", optional=optional)


def _choice(name: str, values, *, optional: bool = False, default: str = "") -> Spec:
    return Spec(name, "choice", optional=optional, default=default, choices=tuple(values))


def _when(name: str, *, optional: bool = False, nullable: bool = False, default_from="") -> Spec:
    return Spec(
        name,
        "datetime",
        optional=optional,
        nullable=nullable,
        default=None,
        default_from=default_from,
    )


CREATED = _when("created_at")
UPDATED = _when("updated_at", optional=True, default_from="created_at")
ORIGIN = _choice("origin", pm.Origin.values, optional=True, default=pm.Origin.OWN)

PROFILE: tuple[Spec, ...] = (
    _choice("address_as", ["", *User.AddressAs.values], optional=True),
    _text("name"),
    _text("children_ages"),
)

CHECKIN: tuple[Spec, ...] = (
    _text("what"),
    _text("feelings"),
    Spec("heavy_before", "int", low=0, high=10),
    Spec("heavy_after", "int", optional=True, nullable=True, default=None, low=0, high=10),
    Spec("drivers", "drivers", optional=True, max_length=80),
    Spec("suggested", "drivers", optional=True, max_length=80),
    Spec("corrected", "bool", optional=True, default=False),
    Spec("repaired", "bool", optional=True, nullable=True, default=None),
    CREATED,
    UPDATED,
    _when("completed_at", optional=True, nullable=True),
)

RULE: tuple[Spec, ...] = (
    _text("rule", optional=False),
    _choice("source", pm.ExaminedRule.Source.values),
    _choice("verdict", pm.ExaminedRule.Verdict.values),
    _text("keep"),
    _text("drop"),
    ORIGIN,
    CREATED,
    UPDATED,
)

MOMENT: tuple[Spec, ...] = (
    _text("activity", optional=False),
    _text("with_whom"),
    _when("planned_for"),
    _choice(
        "status",
        pm.ConnectionMoment.Status.values,
        optional=True,
        default=pm.ConnectionMoment.Status.PLANNED,
    ),
    _text("felt"),
    _when("closed_at", optional=True, nullable=True),
    ORIGIN,
    CREATED,
    UPDATED,
)

PHRASE: tuple[Spec, ...] = (
    _text("text", optional=False),
    Spec("position", "int", optional=True, default=0, low=0),
    ORIGIN,
    CREATED,
    UPDATED,
)

BOUNDARY_CHECK: tuple[Spec, ...] = (
    Spec("week_of", "date"),
    _choice("held", pm.BoundaryCheck.Held.values),
    _text("felt"),
    CREATED,
)

BOUNDARY: tuple[Spec, ...] = (
    _text("source", optional=False),
    _choice("kind", pm.Boundary.Kind.values),
    _text("detail"),
    Spec("active", "bool", optional=True, default=True),
    ORIGIN,
    CREATED,
    UPDATED,
)

BELIEF: tuple[Spec, ...] = (
    _text("old_belief", optional=False),
    _text("trigger"),
    _text("emotion"),
    _text("new_truth", optional=False),
    ORIGIN,
    CREATED,
    UPDATED,
)

REPAIR_SCRIPT: tuple[Spec, ...] = (
    _text("script", optional=False),
    Spec("practice_count", "int", optional=True, default=0, low=0),
    _when("last_practised_at", optional=True, nullable=True),
    ORIGIN,
    CREATED,
    UPDATED,
)

REPAIR_LOG: tuple[Spec, ...] = (
    Spec("happened_on", "date"),
    _text("what_happened"),
    _text("how_it_went"),
    CREATED,
)

NOTE: tuple[Spec, ...] = (
    _text("text", optional=False),
    Spec("source", "text", optional=True, max_length=40),
    _when("written_at"),
    _when("created_at", optional=True, default_from="written_at"),
)

SAFETY_PLAN: tuple[Spec, ...] = (
    _text("warning_signs"),
    _text("things_that_help"),
    _text("distractions"),
    _text("people_to_ask"),
    _text("professionals"),
    _text("safer_home"),
    _when("updated_at", optional=True, nullable=True),
)

# Section key -> fields of each record, in the order the file lists them.
SECTIONS: dict[str, tuple[Spec, ...]] = {
    "checkins": CHECKIN,
    "rules": RULE,
    "moments": MOMENT,
    "phrases": PHRASE,
    "boundaries": BOUNDARY,
    "beliefs": BELIEF,
    "repair_scripts": REPAIR_SCRIPT,
    "repair_logs": REPAIR_LOG,
    "notes": NOTE,
}


@dataclass
class Bundle:
    """Everything read from one file, validated, ready to write.

    `sections` maps a SECTIONS key to records (dicts of Python values); each
    boundary record also has "checks", a list of BOUNDARY_CHECK records.
    """

    source: str
    profile: dict[str, Any] = field(default_factory=dict)
    sections: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    safety_plan: dict[str, Any] | None = None
    skipped: int = 0

    def count(self) -> int:
        """How many things this file holds (a boundary's checks count too)."""
        total = sum(len(rows) for rows in self.sections.values())
        total += sum(len(b.get("checks", [])) for b in self.sections.get("boundaries", []))
        return total + (1 if self.safety_plan else 0)


# ---- writing ---------------------------------------------------------------


def dump_value(spec: Spec, value: Any) -> Any:
    if value is None:
        return None
    if spec.kind == "datetime":
        return value.astimezone(UTC).isoformat()
    if spec.kind == "date":
        return value.isoformat()
    if spec.kind == "choice":
        return str(value)
    return value


def dump(specs: tuple[Spec, ...], obj: Any) -> dict[str, Any]:
    """One record of the file, from any object with these attributes."""
    return {spec.name: dump_value(spec, getattr(obj, spec.name)) for spec in specs}


def to_json(document: dict[str, Any]) -> str:
    """The export file's text: UTF-8 JSON, indented so it can be read by eye."""
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


# ---- reading ---------------------------------------------------------------


def parse_datetime(value: Any) -> datetime:
    """An ISO 8601 date and time with its offset ("Z" is fine). Raises ValueError."""
    if not isinstance(value, str):
        raise ValueError
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        raise ValueError
    return parsed.astimezone(UTC)


def _check_value(spec: Spec, value: Any) -> Any:
    """The Python value for `value`, or raise ValueError with what was expected."""
    if value is None:
        if spec.nullable:
            return None
        raise ValueError("can't be empty (null)")
    kind = spec.kind
    if kind == "text":
        if not isinstance(value, str):
            raise ValueError("should be text")
        if spec.max_length and len(value) > spec.max_length:
            raise ValueError(f"should be at most {spec.max_length} characters")
        return value
    if kind == "choice":
        if value not in spec.choices:
            allowed = ", ".join(f"“{c}”" for c in spec.choices if c)
            raise ValueError(f"should be one of {allowed}")
        return value
    if kind == "drivers":
        if not isinstance(value, str) or len(value) > (spec.max_length or 80):
            raise ValueError("should be driver keys separated by spaces")
        unknown = [word for word in value.split() if word not in DRIVER_KEYS]
        if unknown:
            raise ValueError(f"has an unknown driver “{unknown[0]}”")
        return value
    if kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError("should be a whole number")
        if (spec.low is not None and value < spec.low) or (
            spec.high is not None and value > spec.high
        ):
            span = f"from {spec.low} to {spec.high}" if spec.high is not None else "0 or more"
            raise ValueError(f"should be a whole number {span}")
        return value
    if kind == "bool":
        if not isinstance(value, bool):
            raise ValueError("should be true or false")
        return value
    if kind == "datetime":
        try:
            return parse_datetime(value)
        except ValueError:
            raise ValueError(
                "should be a date and time with its time zone, like 2026-01-31T08:00:00+00:00"
            ) from None
    if kind == "date":
        try:
            if not isinstance(value, str):
                raise ValueError
            return date.fromisoformat(value)
        except ValueError:
            raise ValueError("should be a date like 2026-01-31") from None
    raise AssertionError(kind)


def parse_record(specs: tuple[Spec, ...], raw: Any, where: str) -> dict[str, Any]:
    """Check one record against its fields. Unknown keys are ignored."""
    if not isinstance(raw, dict):
        raise ImportProblem(f"{where} should be an object with named fields.")
    record: dict[str, Any] = {}
    for spec in specs:
        if spec.name not in raw:
            if not spec.optional:
                raise ImportProblem(f"{where} is missing “{spec.name}”.")
            continue
        try:
            record[spec.name] = _check_value(spec, raw[spec.name])
        except ValueError as problem:
            raise ImportProblem(f"{where}: “{spec.name}” {problem}.") from None
    for spec in specs:
        if spec.name not in record:
            record[spec.name] = record[spec.default_from] if spec.default_from else spec.default
    return record


def _records(data: dict, key: str) -> list:
    rows = data.get(key, [])
    if not isinstance(rows, list):
        raise ImportProblem(f"“{key}” should be a list.")
    return rows


def parse_setdown(data: Any) -> Bundle:
    """Read a decoded Setdown export (any version-1 file), or raise ImportProblem."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ImportProblem("This isn't a Setdown export file.")
    version = data.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise ImportProblem(
            f"This file comes from a newer Setdown (format version {version}). "
            f"This one reads version {VERSION}."
        )
    if version != VERSION:
        raise ImportProblem(
            f"This file has an unknown format version. Setdown reads version {VERSION}."
        )

    profile = data.get("profile") or {}
    bundle = Bundle(source="setdown", profile=parse_record(PROFILE, profile, "The profile"))
    for key, specs in SECTIONS.items():
        rows = []
        for number, raw in enumerate(_records(data, key), start=1):
            where = f"Item {number} in “{key}”"
            record = parse_record(specs, raw, where)
            if key == "boundaries":
                checks = raw.get("checks", [])
                if not isinstance(checks, list):
                    raise ImportProblem(f"{where}: “checks” should be a list.")
                record["checks"] = [
                    parse_record(BOUNDARY_CHECK, check, f"Check {n} of {where.lower()}")
                    for n, check in enumerate(checks, start=1)
                ]
            rows.append(record)
        bundle.sections[key] = rows
    plan = data.get("safety_plan")
    if plan is not None:
        bundle.safety_plan = parse_record(SAFETY_PLAN, plan, "The safety plan")
    return bundle


def notes_bundle(source: str, notes: list[dict[str, Any]], skipped: int = 0) -> Bundle:
    """A bundle of journal notes only (what other journal apps give us)."""
    return Bundle(source=source, sections={"notes": notes}, skipped=skipped)


def spec_table() -> dict[str, tuple[Spec, ...]]:
    """Every record kind with its fields, for documentation and tests."""
    return {
        "profile": PROFILE,
        **SECTIONS,
        "boundaries[].checks": BOUNDARY_CHECK,
        "safety_plan": SAFETY_PLAN,
    }
