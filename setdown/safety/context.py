from setdown.safety import lines
from setdown.safety.selectors import safety_plan_for_user
from setdown.safety.services import safety_pop_level, safety_pop_topics


def safety_panel(request) -> dict:
    """Help to show once, right after a parent saved words that asked for it."""
    level = safety_pop_level(request)
    topics = safety_pop_topics(request)
    if level == "none":
        return {"safety_level": "none"}
    plan = None
    if request.user.is_authenticated:
        plan = safety_plan_for_user(user=request.user)
    country = lines.for_country()
    return {
        "safety_level": level,
        "safety_country": country,
        "safety_plan": plan,
        # when home sounded unsafe, its lines come first (after the crisis lines if urgent)
        "safety_lines": lines.lines_for(country, topics, crisis=level == "urgent"),
        "safety_home": "home" in topics,
    }
