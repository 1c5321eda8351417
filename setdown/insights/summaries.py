"""Plain-words summaries of a parent's pattern. Evidence of "good enough", never a score."""

from __future__ import annotations

from setdown.insights.selectors import RANGES, Insights
from setdown.program import content


def _title(key: str) -> str:
    return content.step(key).title.lower()


def heaviness_summary(data: Insights) -> str:
    if not data.checkins:
        return "When you name a few moments, you'll see here how heavy they felt, before and after."
    span = RANGES[data.range_key][0]
    text = f"You named {data.checkins} moment{'s' if data.checkins != 1 else ''} in {span}."
    if data.avg_before is not None and data.avg_after is not None:
        before, after = round(data.avg_before), round(data.avg_after)
        if after < before:
            text += (
                f" On average, stopping to name it took the weight from about {before} to {after}."
            )
        else:
            text += " Some moments stay heavy for a while, and noticing them still counts."
    return text


def drivers_summary(data: Insights) -> str:
    top = data.top_recent_driver
    if not top:
        if data.drivers_earlier:
            key = data.drivers_earlier.most_common(1)[0][0]
            return f"Earlier on, “{_title(key)}” came up most. Nothing named in the last 30 days."
        return "As you name moments, you'll see which pressures speak up most."
    text = f"“{content.step(top).title}” came up most in the last 30 days"
    if data.top_driver_weekdays > data.top_driver_weekend * 2.5:
        text += ", mostly on weekdays"
    elif data.top_driver_weekend > data.top_driver_weekdays:
        text += ", mostly at weekends"
    text += "."
    if data.drivers_earlier:
        earlier = data.drivers_earlier.most_common(1)[0][0]
        if earlier != top:
            text += f" Before that it was “{_title(earlier)}”."
    return text


def practices_summary(data: Insights) -> str:
    parts = []
    done = data.moments.get("done", 0)
    if done:
        parts.append(f"{done} moment{'s' if done != 1 else ''} of connection shared")
    if data.repairs:
        parts.append(f"{data.repairs} repair{'s' if data.repairs != 1 else ''} made")
    held = data.boundaries.get("yes", 0)
    if held:
        parts.append(f"{held} week{'s' if held != 1 else ''} a boundary held")
    if not parts:
        return (
            "Moments shared, repairs made and boundaries kept will gather here, "
            "whenever they happen."
        )
    return (
        "In this time: " + ", ".join(parts) + ". Each one is good-enough parenting, in real life."
    )
