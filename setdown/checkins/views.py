from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from setdown.checkins import selectors, services
from setdown.checkins.forms import DriversForm, EditForm, FinishForm, StartForm
from setdown.drafts.services import draft_discard
from setdown.program import content

DRAFT_KEY = "checkin/new"


@login_required
def index(request: HttpRequest) -> HttpResponse:
    checkins = selectors.checkin_list_for_user(user=request.user)[:100]
    return render(request, "checkins/index.html", {"checkins": checkins})


@login_required
def new(request: HttpRequest) -> HttpResponse:
    form = StartForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        checkin = services.checkin_start(request=request, **form.cleaned_data)
        draft_discard(request, key=DRAFT_KEY)
        return redirect("checkins:drivers", pk=checkin.pk)
    return render(request, "checkins/new.html", {"form": form, "draft_key": DRAFT_KEY})


@login_required
def drivers(request: HttpRequest, pk: int) -> HttpResponse:
    checkin = selectors.checkin_get_for_user(user=request.user, pk=pk)
    initial = checkin.driver_list or checkin.suggested.split()
    suggestions = services.checkin_suggestions(checkin)
    form = DriversForm(
        request.POST if request.method == "POST" else None,
        initial={"drivers": initial},
        order=[s.driver for s in suggestions],
    )
    if request.method == "POST" and form.is_valid():
        services.checkin_set_drivers(checkin=checkin, drivers=form.cleaned_data["drivers"])
        return redirect("checkins:finish", pk=checkin.pk)
    reasons = {s.driver: s for s in suggestions}
    return render(
        request,
        "checkins/drivers.html",
        {
            "checkin": checkin,
            "form": form,
            "reasons": reasons,
            "suggested": checkin.suggested.split(),
            "steps": {s.key: s for s in content.steps()},
        },
    )


@login_required
def finish(request: HttpRequest, pk: int) -> HttpResponse:
    checkin = selectors.checkin_get_for_user(user=request.user, pk=pk)
    if not checkin.driver_list:
        return redirect("checkins:drivers", pk=checkin.pk)
    initial = {"heavy_after": checkin.heavy_after}
    form = FinishForm(request.POST if request.method == "POST" else None, initial=initial)
    if request.method == "POST" and form.is_valid():
        services.checkin_finish(checkin=checkin, **form.cleaned_data)
        messages.success(request, "Saved. Thank you for stopping to notice.")
        return redirect("checkins:detail", pk=checkin.pk)
    panels = selectors.practice_panels_for_user(user=request.user, drivers=checkin.driver_list)
    return render(
        request,
        "checkins/finish.html",
        {
            "checkin": checkin,
            "form": form,
            "panels": panels,
            "steps": {s.key: s for s in content.steps()},
        },
    )


@login_required
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    checkin = selectors.checkin_get_for_user(user=request.user, pk=pk)
    steps = {s.key: s for s in content.steps()}
    return render(
        request,
        "checkins/detail.html",
        {"checkin": checkin, "chosen": [steps[d] for d in checkin.driver_list]},
    )


@login_required
def edit(request: HttpRequest, pk: int) -> HttpResponse:
    checkin = selectors.checkin_get_for_user(user=request.user, pk=pk)
    form = EditForm(request.POST if request.method == "POST" else None, instance=checkin)
    draft_key = f"checkin/{checkin.pk}/edit"
    if request.method == "POST" and form.is_valid():
        services.checkin_update(request=request, form=form)
        draft_discard(request, key=draft_key)
        messages.success(request, "Changes saved.")
        return redirect("checkins:detail", pk=checkin.pk)
    return render(
        request, "checkins/edit.html", {"checkin": checkin, "form": form, "draft_key": draft_key}
    )


@login_required
def delete(request: HttpRequest, pk: int) -> HttpResponse:
    checkin = selectors.checkin_get_for_user(user=request.user, pk=pk)
    if request.method == "POST":
        services.checkin_delete(checkin=checkin)
        messages.success(request, "That check-in is deleted.")
        return redirect("checkins:index")
    return render(request, "checkins/delete.html", {"checkin": checkin})


@login_required
def skip_to_finish(request: HttpRequest, pk: int) -> HttpResponse:
    """Leave the driver question for now: keep the check-in as it is."""
    checkin = selectors.checkin_get_for_user(user=request.user, pk=pk)
    if request.method == "POST":
        messages.success(request, "Saved as it is. You can come back to it any time.")
    return redirect("checkins:detail", pk=checkin.pk)
