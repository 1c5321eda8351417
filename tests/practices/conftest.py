from __future__ import annotations

from types import SimpleNamespace

import pytest

CRISIS_WORDS = "i might hurt myself"


def fake_screen(text: str):
    """A stand-in for the safety screen: the practices only need to know it is asked."""
    return SimpleNamespace(level="urgent" if CRISIS_WORDS in text.lower() else "none")


@pytest.fixture(autouse=True)
def _screen(monkeypatch):
    monkeypatch.setattr("setdown.safety.screen.screen", fake_screen)
