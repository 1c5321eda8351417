from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from setdown.safety import lines
from setdown.safety.forms import SafetyPlanForm
from setdown.safety.selectors import safety_plan_for_user


def support(request: HttpRequest) -> HttpResponse:
    plan = None
    if request.user.is_authenticated:
        plan = safety_plan_for_user(user=request.user)
    return render(request, "safety/support.html", {"country": lines.for_country(), "plan": plan})


@login_required
def plan(request: HttpRequest) -> HttpResponse:
    instance = safety_plan_for_user(user=request.user)
    form = SafetyPlanForm(request.POST if request.method == "POST" else None, instance=instance)
    if request.method == "POST" and form.is_valid():
        # The plan itself names hard moments on purpose, so it is not screened.
        form.save()
        messages.success(request, "Your plan is saved. Only you can see it.")
        return redirect("safety:plan")
    return render(request, "safety/plan.html", {"form": form, "plan": instance})


@login_required
def plan_print(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "safety/plan_print.html",
        {"plan": safety_plan_for_user(user=request.user), "country": lines.for_country()},
    )
