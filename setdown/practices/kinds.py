"""The six practices as they appear in URLs: /practices/<slug>/…

Each slug maps to the step whose answer the practice keeps. Other apps link to a
practice with `practice_url(item)` or `kind_for_step(step_key).slug`.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.http import Http404
from django.urls import reverse

from setdown.practices import models as m


@dataclass(frozen=True)
class Kind:
    slug: str
    step_key: str
    noun: str
    saved: str
    deleted: str

    @property
    def model(self) -> type[m.PracticeItem]:
        return m.STEP_MODELS[self.step_key]

    @property
    def list_url(self) -> str:
        return reverse(f"practices:{self.slug}")


KINDS: dict[str, Kind] = {
    k.slug: k
    for k in (
        Kind(
            "rules",
            "culture",
            "rule",
            "Your rule is kept, with your verdict.",
            "That rule is gone.",
        ),
        Kind("moments", "roles", "moment", "Your moment is planned.", "That moment is gone."),
        Kind("phrases", "biology", "phrase", "Your phrase is kept.", "That phrase is gone."),
        Kind(
            "boundaries",
            "comparison",
            "boundary",
            "Your boundary is kept.",
            "That boundary is gone.",
        ),
        Kind(
            "beliefs",
            "beliefs",
            "card",
            "Your card is kept, ready to reread.",
            "That card is gone.",
        ),
        Kind("repair", "repair", "script", "Your repair words are kept.", "That version is gone."),
    )
}
BY_STEP: dict[str, Kind] = {k.step_key: k for k in KINDS.values()}


def kind_or_404(slug: str) -> Kind:
    try:
        return KINDS[slug]
    except KeyError:
        raise Http404 from None


def kind_for_step(step_key: str) -> Kind:
    return BY_STEP[step_key]


def practice_url(item: m.PracticeItem, action: str = "edit") -> str:
    """The edit (or delete) page of any practice item."""
    slug = kind_for_step(item.step_key).slug
    return reverse(f"practices:{action}", kwargs={"kind": slug, "pk": item.pk})
