from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from setdown.drafts.services import draft_discard
from setdown.practices.forms import default_planned_for, practice_form_class
from setdown.practices.kinds import kind_for_step
from setdown.practices.models import Origin
from setdown.practices.services import practice_save
from setdown.program import content, selectors


def _step_or_404(key: str) -> content.Step:
    try:
        return content.step(key)
    except KeyError:
        raise Http404 from None


@login_required
def index(request: HttpRequest) -> HttpResponse:
    states = selectors.program_states_for_user(user=request.user)
    return render(
        request,
        "program/index.html",
        {"states": states, "all_done": all(s.state == "done" for s in states)},
    )


@login_required
def step(request: HttpRequest, key: str) -> HttpResponse:
    step = _step_or_404(key)
    form_class = practice_form_class(key)
    initial = {"planned_for": default_planned_for()} if key == "roles" else None
    form = form_class(request.POST if request.method == "POST" else None, initial=initial)
    if request.method == "POST" and form.is_valid():
        practice_save(request=request, form=form, origin=Origin.STEP)
        draft_discard(request, key=selectors.draft_key(key))
        messages.success(request, "Saved. It's now part of your practices too.")
        return redirect("program:step", key=key)
    answers = selectors.step_answers_for_user(user=request.user, step_key=key)
    return render(
        request,
        "program/step.html",
        {
            "step": step,
            "form": form,
            "answers": answers,
            "draft_key": selectors.draft_key(key),
            "kind_slug": kind_for_step(key).slug,
            "total": len(content.steps()),
            "next_step": next((s for s in content.steps() if s.number == step.number + 1), None),
        },
    )


@login_required
def big_picture(request: HttpRequest) -> HttpResponse:
    gathered = selectors.big_picture_for_user(user=request.user)
    return render(
        request,
        "program/big_picture.html",
        {
            "gathered": gathered,
            "all_done": all(answers for _, answers in gathered),
            "big": content.big_picture(),
        },
    )
