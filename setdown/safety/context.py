from setdown.safety import lines
from setdown.safety.selectors import safety_plan_for_user
from setdown.safety.services import safety_pop_level


def safety_panel(request) -> dict:
    """Help to show once, right after a parent saved words that asked for it."""
    level = safety_pop_level(request)
    if level == "none":
        return {"safety_level": "none"}
    plan = None
    if request.user.is_authenticated:
        plan = safety_plan_for_user(user=request.user)
    return {"safety_level": level, "safety_country": lines.for_country(), "safety_plan": plan}
