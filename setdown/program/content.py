"""The six steps, read from the versioned TOML files in content/."""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from pathlib import Path

CONTENT_DIR = Path(__file__).with_name("content")
KEYS = ("culture", "roles", "biology", "comparison", "beliefs", "repair")


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    help: str


@dataclass(frozen=True)
class Step:
    key: str
    number: int
    version: int
    title: str
    driver: str
    summary: str
    teaching: tuple[str, ...]
    picture: str
    why: tuple[str, ...]
    research: str
    prompt: str
    practice: str
    practice_intro: str
    minutes: int
    fields: tuple[Field, ...]
    examples: tuple[dict, ...]
    extras: dict

    def field(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)


@dataclass(frozen=True)
class BigPicture:
    title: str
    intro: str
    closing: str


def _paragraphs(text: str) -> tuple[str, ...]:
    return tuple(" ".join(p.split()) for p in text.strip().split("\n\n") if p.strip())


def _load_step(path: Path) -> Step:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    known = {
        "key",
        "number",
        "version",
        "title",
        "driver",
        "summary",
        "teaching",
        "picture",
        "why",
        "research",
        "prompt",
        "practice",
        "practice_intro",
        "minutes",
        "fields",
        "examples",
    }
    return Step(
        key=data["key"],
        number=data["number"],
        version=data["version"],
        title=data["title"],
        driver=data["driver"],
        summary=data["summary"],
        teaching=_paragraphs(data["teaching"]),
        picture=" ".join(data["picture"].split()),
        why=_paragraphs(data["why"]),
        research=data["research"].strip(),
        prompt=data["prompt"].strip(),
        practice=data["practice"],
        practice_intro=data["practice_intro"].strip(),
        minutes=data["minutes"],
        fields=tuple(Field(f["name"], f["label"], f["help"]) for f in data["fields"]),
        examples=tuple(data.get("examples", ())),
        extras={k: v for k, v in data.items() if k not in known},
    )


@functools.cache
def steps() -> tuple[Step, ...]:
    loaded = tuple(_load_step(CONTENT_DIR / f"{key}.toml") for key in KEYS)
    return tuple(sorted(loaded, key=lambda s: s.number))


def step(key: str) -> Step:
    for s in steps():
        if s.key == key:
            return s
    raise KeyError(key)


@functools.cache
def big_picture() -> BigPicture:
    data = tomllib.loads((CONTENT_DIR / "big_picture.toml").read_text(encoding="utf-8"))
    return BigPicture(
        title=data["title"],
        intro=" ".join(data["intro"].split()),
        closing=" ".join(data["closing"].split()),
    )


def example_phrases() -> list[str]:
    return list(step("biology").extras.get("example_phrases", []))


def example_scripts() -> list[str]:
    return list(step("repair").extras.get("example_scripts", []))
