from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from setdown.insights import charts, summaries
from setdown.insights.selectors import RANGES, insights_for_user, range_key_or_default
from setdown.program import content

# The chart images carry pygal's own <style>; as images they can never run script.
SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'"


@login_required
def index(request: HttpRequest) -> HttpResponse:
    range_key = range_key_or_default(request.GET.get("range"))
    data = insights_for_user(user=request.user, range_key=range_key)
    steps = content.steps()
    return render(
        request,
        "insights/index.html",
        {
            "data": data,
            "range_key": range_key,
            "ranges": [(k, v[0]) for k, v in RANGES.items()],
            "heaviness_summary": summaries.heaviness_summary(data),
            "drivers_summary": summaries.drivers_summary(data),
            "practices_summary": summaries.practices_summary(data),
            "heaviness_rows": [
                (
                    when.strftime("%-d %b %Y"),
                    f"{before:.1f}",
                    "—" if after is None else f"{after:.1f}",
                    n,
                )
                for when, before, after, n in data.heaviness
            ],
            "driver_rows": [
                (s.title, data.drivers_recent.get(s.key, 0), data.drivers_earlier.get(s.key, 0))
                for s in steps
            ],
        },
    )


def chart_response(request: HttpRequest, name: str, *, user) -> HttpResponse:
    """One of `user`'s insight charts as an SVG image (?range= and ?theme= from the request)."""
    draw = charts.CHARTS.get(name)
    if draw is None:
        raise Http404
    range_key = range_key_or_default(request.GET.get("range"))
    data = insights_for_user(user=user, range_key=range_key)
    response = HttpResponse(
        draw(data, request.GET.get("theme", "light")), content_type="image/svg+xml"
    )
    response["Content-Security-Policy"] = SVG_POLICY
    return response


@never_cache
@login_required
def chart(request: HttpRequest, name: str) -> HttpResponse:
    return chart_response(request, name, user=request.user)
