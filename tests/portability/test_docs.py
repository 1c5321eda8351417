from __future__ import annotations

from pathlib import Path

from setdown.portability import schema

DOC = Path(__file__).resolve().parents[2] / "docs" / "export-schema.md"


def test_every_field_is_documented_in_its_section():
    text = DOC.read_text(encoding="utf-8")
    for section, specs in schema.spec_table().items():
        heading = f"### {section}" if "." not in section else f"#### {section}"
        assert heading in text, section
        body = text.split(heading, 1)[1].split("\n### ", 1)[0]
        for spec in specs:
            assert f"`{spec.name}`" in body, f"{section}.{spec.name}"
