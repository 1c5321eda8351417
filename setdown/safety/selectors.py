from setdown.safety.models import SafetyPlan


def safety_plan_for_user(*, user) -> SafetyPlan:
    """The parent's plan; an unsaved empty one if they have not written it yet."""
    return SafetyPlan.objects.filter(user=user).first() or SafetyPlan(user=user)
