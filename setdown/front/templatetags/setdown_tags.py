from django import template

register = template.Library()


@register.filter
def get_item(mapping, key):
    try:
        return mapping.get(key)
    except AttributeError:
        return None


@register.filter
def split(value: str, sep: str = " ") -> list[str]:
    return [part for part in (value or "").split(sep) if part]
