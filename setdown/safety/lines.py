"""Help lines, read from lines.toml for the country in SETDOWN_SUPPORT_COUNTRY."""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from django.conf import settings

LINES_FILE = Path(__file__).with_name("lines.toml")


@dataclass(frozen=True)
class Line:
    key: str
    name: str
    what: str
    display: str
    hours: str
    tel: str = ""
    sms: str = ""
    topic: str = ""  # "" for every kind of trouble, "home" for abuse at home


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    checked: date
    emergency: str
    lines: tuple[Line, ...]

    @property
    def general_lines(self) -> tuple[Line, ...]:
        return tuple(line for line in self.lines if not line.topic)

    @property
    def home_lines(self) -> tuple[Line, ...]:
        return tuple(line for line in self.lines if line.topic == "home")


@functools.cache
def all_countries() -> dict[str, Country]:
    data = tomllib.loads(LINES_FILE.read_text())
    return {
        code: Country(
            code=code,
            name=c["name"],
            checked=c["checked"],
            emergency=c["emergency"],
            lines=tuple(Line(**line) for line in c["lines"]),
        )
        for code, c in data["countries"].items()
    }


def for_country(code: str | None = None) -> Country:
    countries = all_countries()
    return countries.get(code or settings.SETDOWN_SUPPORT_COUNTRY, countries["US"])


def lines_for(
    country: Country, topics: tuple[str, ...] = (), crisis: bool = False
) -> tuple[Line, ...]:
    """Lines for a panel: those for the raised topics first, then the general ones.

    In a crisis the crisis lines stay first and the topic's lines follow them.
    """
    topical = tuple(line for line in country.lines if line.topic and line.topic in topics)
    if crisis:
        return country.general_lines + topical
    return topical + country.general_lines
