"""What the home page shows a signed-in parent today."""

from __future__ import annotations

from setdown.practices.selectors import (
    current_repair_script_for_user,
    first_phrase_for_user,
    next_moment_for_user,
)
from setdown.program.selectors import next_step_for_user


def today_for_user(*, user) -> dict:
    return {
        "next_step": next_step_for_user(user=user),
        "next_moment": next_moment_for_user(user=user),
        "phrase": first_phrase_for_user(user=user),
        "repair_script": current_repair_script_for_user(user=user),
    }
