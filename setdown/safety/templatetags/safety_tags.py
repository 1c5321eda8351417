from django import template

from setdown.safety.forms import PLAN_TEXT

register = template.Library()


@register.filter
def plan_sections(plan) -> list[tuple[str, str]]:
    return [(name, text[0]) for name, text in PLAN_TEXT.items()]


@register.filter
def attr(obj, name: str):
    return getattr(obj, name, "")
