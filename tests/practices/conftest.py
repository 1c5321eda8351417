from __future__ import annotations

import pytest

from setdown.safety.screen import ScreenResult

CRISIS_WORDS = "i might hurt myself"


def fake_screen(text: str):
    """A stand-in for the safety screen: the practices only need to know it is asked."""
    level = "urgent" if CRISIS_WORDS in text.lower() else "none"
    return ScreenResult(level, f"{level}: test stand-in")


@pytest.fixture(autouse=True)
def _screen(monkeypatch):
    monkeypatch.setattr("setdown.safety.screen.screen", fake_screen)
