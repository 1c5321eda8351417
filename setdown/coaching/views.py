"""Coaching: a coach invites, a parent chooses exactly what to share, the coach sees only that."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from setdown.coaching import selectors, services
from setdown.coaching.forms import InviteForm, SharingForm
from setdown.insights.selectors import DEFAULT_RANGE, insights_for_user
from setdown.insights.views import chart_response
from setdown.journal import present
from setdown.lib.access import post_only
from setdown.program import content

NEW_INVITE = "coaching_new_invite"


def _index_page(request: HttpRequest, form: InviteForm, new_invite: str | None = None):
    return render(
        request,
        "coaching/index.html",
        {
            "overview": selectors.overview_for_user(user=request.user),
            "form": form,
            "new_invite": new_invite,
            "invite_days": selectors.INVITE_DAYS,
        },
    )


@login_required
def index(request: HttpRequest) -> HttpResponse:
    return _index_page(request, InviteForm(), request.session.pop(NEW_INVITE, None))


@login_required
@require_POST
def invite(request: HttpRequest) -> HttpResponse:
    form = InviteForm(request.POST)
    if not form.is_valid():
        return _index_page(request, form)
    _link, token = services.invite_create(coach=request.user, **form.cleaned_data)
    # the secret is shown once, on the next page, and never stored in clear
    request.session[NEW_INVITE] = request.build_absolute_uri(
        reverse("coaching:join", kwargs={"token": token})
    )
    return redirect("coaching:index")


def _end(request: HttpRequest, link, message: str) -> HttpResponse:
    if refused := post_only(request):
        return refused
    services.link_end(link=link)
    messages.success(request, message)
    return redirect("coaching:index")


@login_required
def withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    link = selectors.invite_for_coach(user=request.user, pk=pk)
    return _end(request, link, "That invitation no longer works.")


@never_cache
@login_required
def join(request: HttpRequest, token: str) -> HttpResponse:
    link = selectors.invite_by_token(token)
    if link is None:
        return render(request, "coaching/join_gone.html", status=404)
    if link.coach_id == request.user.pk:
        return render(request, "coaching/join_own.html", {"link": link})
    form = SharingForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        link = services.invite_accept(link=link, parent=request.user, **form.choices_made())
        if link.shares_anything:
            messages.success(request, f"Done. {link.coach_name} can now see what you chose.")
        else:
            messages.success(
                request, f"Done. {link.coach_name} is linked but sees nothing until you choose."
            )
        return redirect("coaching:index")
    return render(request, "coaching/join.html", {"link": link, "form": form})


@login_required
def sharing(request: HttpRequest, pk: int) -> HttpResponse:
    link = selectors.link_for_parent(user=request.user, pk=pk)
    form = SharingForm.for_link(link, request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        services.sharing_update(link=link, **form.choices_made())
        messages.success(request, "Saved. Your coach sees only what is ticked.")
        return redirect("coaching:index")
    return render(request, "coaching/sharing.html", {"link": link, "form": form})


@login_required
def stop(request: HttpRequest, pk: int) -> HttpResponse:
    link = selectors.link_for_parent(user=request.user, pk=pk)
    if request.method == "POST":
        services.link_end(link=link)
        messages.success(
            request, f"Stopped. {link.coach_name} can no longer see anything of yours."
        )
        return redirect("coaching:index")
    return render(request, "coaching/stop.html", {"link": link})


@login_required
def parent(request: HttpRequest, pk: int) -> HttpResponse:
    link = selectors.link_for_coach(user=request.user, pk=pk)
    try:
        page = max(1, min(int(request.GET.get("page", 1)), 10_000))
    except ValueError:
        page = 1
    entries, has_older = selectors.shared_entries(link=link, page=page)
    data = (
        insights_for_user(user=link.parent, range_key=DEFAULT_RANGE)
        if link.share_insights
        else None
    )
    steps = content.steps()
    return render(
        request,
        "coaching/parent.html",
        {
            "link": link,
            "data": data,
            "driver_rows": [
                (s.title, data.drivers_recent.get(s.key, 0), data.drivers_earlier.get(s.key, 0))
                for s in steps
            ]
            if data
            else [],
            "rows": [(entry, present.show(entry.kind, obj)) for entry, obj in entries],
            "page": page,
            "has_older": has_older,
        },
    )


@never_cache
@login_required
def parent_chart(request: HttpRequest, pk: int, name: str) -> HttpResponse:
    link = selectors.link_for_coach(user=request.user, pk=pk)
    if not link.share_insights:
        raise Http404
    return chart_response(request, name, user=link.parent)


@login_required
def end(request: HttpRequest, pk: int) -> HttpResponse:
    link = selectors.link_for_coach(user=request.user, pk=pk)
    return _end(request, link, "Ended. You no longer see anything from that parent.")
