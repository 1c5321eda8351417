"""The practices a parent keeps using after the six steps, under /practices/.

Views that only change state on POST look their object up *before* checking the
method, so a stranger gets a 404 whatever the method and learns nothing.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from setdown.drafts.services import draft_discard
from setdown.lib.access import post_only
from setdown.practices import forms, ics, selectors, services
from setdown.practices.kinds import KINDS, kind_or_404
from setdown.practices.models import ConnectionMoment
from setdown.program import content


def _next_or(request: HttpRequest, default: str) -> str:
    """Where to go after saving: a safe ?next= (program pages link here) or `default`."""
    url = request.POST.get("next") or request.GET.get("next") or ""
    if url and url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return default


def _posted(request: HttpRequest):
    # An empty POST is still a submission: it must show "required", not a blank form.
    return request.POST if request.method == "POST" else None


def _item(request: HttpRequest, step_key: str, pk: int):
    return selectors.practice_get_for_user(user=request.user, step_key=step_key, pk=pk)


# The overview and one page per practice


@login_required
def overview(request: HttpRequest) -> HttpResponse:
    counts = selectors.practice_counts_for_user(user=request.user)
    practices = [(kind, content.step(kind.step_key)) for kind in KINDS.values()]
    return render(request, "practices/overview.html", {"practices": practices, "counts": counts})


def _practice_page(request: HttpRequest, slug: str, context: dict) -> HttpResponse:
    kind = KINDS[slug]
    context.update(kind=kind, step=content.step(kind.step_key))
    return render(request, f"practices/{slug}.html", context)


@login_required
def rules(request: HttpRequest) -> HttpResponse:
    items = selectors.practice_list_for_user(user=request.user, step_key="culture")
    return _practice_page(request, "rules", {"items": items})


@login_required
def moments(request: HttpRequest) -> HttpResponse:
    return _practice_page(
        request,
        "moments",
        {
            "planned": selectors.moments_planned_for_user(user=request.user),
            "closed": selectors.moments_closed_for_user(user=request.user),
            "now": timezone.now(),
        },
    )


@login_required
def phrases(request: HttpRequest) -> HttpResponse:
    items = list(selectors.phrases_for_user(user=request.user))
    mine = {p.text.strip() for p in items}
    examples = [(i, text) for i, text in enumerate(content.example_phrases()) if text not in mine]
    return _practice_page(request, "phrases", {"items": items, "examples": examples})


@login_required
def boundaries(request: HttpRequest) -> HttpResponse:
    items = selectors.boundaries_for_user(user=request.user)
    return _practice_page(request, "boundaries", {"items": items})


@login_required
def beliefs(request: HttpRequest) -> HttpResponse:
    items = selectors.practice_list_for_user(user=request.user, step_key="beliefs")
    return _practice_page(request, "beliefs", {"items": items})


@login_required
def repair(request: HttpRequest) -> HttpResponse:
    scripts = list(selectors.repair_scripts_for_user(user=request.user))
    return _practice_page(
        request,
        "repair",
        {
            "script": scripts[0] if scripts else None,
            "older": scripts[1:],
            "logs": selectors.repair_logs_for_user(user=request.user),
            "examples": list(enumerate(content.example_scripts())),
        },
    )


# Add, edit and delete any of the six kinds


def _initial(request: HttpRequest, kind) -> dict:
    """What a new item's form starts with: a sensible time, an example, the last version."""
    if kind.slug == "moments":
        initial = {"planned_for": forms.default_planned_for()}
        if again := request.GET.get("again"):
            moment = _item(request, "roles", again)
            initial.update(activity=moment.activity, with_whom=moment.with_whom)
        return initial
    if kind.slug == "repair":
        examples = content.example_scripts()
        choice = request.GET.get("example", "")
        if choice.isdigit() and int(choice) < len(examples):
            return {"script": examples[int(choice)]}
        current = selectors.current_repair_script_for_user(user=request.user)
        return {"script": current.script} if current else {}
    return {}


@login_required
def item_new(request: HttpRequest, kind: str) -> HttpResponse:
    kind = kind_or_404(kind)
    form_class = forms.practice_form_class(kind.step_key)
    form = form_class(_posted(request), initial=_initial(request, kind))
    draft_key = f"practices/{kind.slug}/new"
    if request.method == "POST" and form.is_valid():
        services.practice_save(request=request, form=form)
        draft_discard(request, key=draft_key)
        messages.success(request, kind.saved)
        return redirect(_next_or(request, kind.list_url))
    context = {
        "form": form,
        "kind": kind,
        "draft_key": draft_key,
        "step": content.step(kind.step_key),
        "next": _next_or(request, ""),
    }
    return render(request, f"practices/{kind.slug}_form.html", context)


@login_required
def item_edit(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    kind = kind_or_404(kind)
    item = _item(request, kind.step_key, pk)
    form = forms.practice_form_class(kind.step_key)(_posted(request), instance=item)
    draft_key = f"practices/{kind.slug}/{item.pk}/edit"
    if request.method == "POST" and form.is_valid():
        services.practice_save(request=request, form=form)
        draft_discard(request, key=draft_key)
        messages.success(request, "Saved.")
        return redirect(_next_or(request, kind.list_url))
    context = {
        "form": form,
        "kind": kind,
        "item": item,
        "draft_key": draft_key,
        "step": content.step(kind.step_key),
        "next": _next_or(request, ""),
    }
    return render(request, f"practices/{kind.slug}_form.html", context)


@login_required
def item_delete(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    kind = kind_or_404(kind)
    item = _item(request, kind.step_key, pk)
    if request.method == "POST":
        services.practice_delete(item=item)
        messages.success(request, kind.deleted)
        return redirect(_next_or(request, kind.list_url))
    context = {
        "item": item,
        "kind": kind,
        "noun": kind.noun,
        "back_url": _next_or(request, kind.list_url),
        "next": _next_or(request, ""),
    }
    return render(request, "practices/delete.html", context)


# Connection moments


@login_required
def moment_close(request: HttpRequest, pk: int) -> HttpResponse:
    moment = _item(request, "roles", pk)
    initial = {"felt": moment.felt}
    if moment.status != ConnectionMoment.Status.PLANNED:
        initial["status"] = moment.status
    form = forms.MomentOutcomeForm(_posted(request), initial=initial)
    draft_key = f"practices/moments/{moment.pk}/how-it-went"
    if request.method == "POST" and form.is_valid():
        services.moment_close(request=request, moment=moment, **form.cleaned_data)
        draft_discard(request, key=draft_key)
        done = form.cleaned_data["status"] == ConnectionMoment.Status.DONE
        messages.success(
            request,
            "A moment together. Thank you for noting it."
            if done
            else "Letting it go is fine. There will be another moment.",
        )
        return redirect(_next_or(request, reverse("practices:moments")))
    context = {
        "form": form,
        "moment": moment,
        "draft_key": draft_key,
        "next": _next_or(request, ""),
    }
    return render(request, "practices/moment_close.html", context)


@login_required
def moment_ics(request: HttpRequest, pk: int) -> HttpResponse:
    moment = _item(request, "roles", pk)
    response = HttpResponse(
        ics.moment_calendar(moment), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="setdown-moment.ics"'
    return response


# Phrases


@login_required
@require_POST
def phrase_adopt(request: HttpRequest) -> HttpResponse:
    examples = content.example_phrases()
    choice = request.POST.get("example", "")
    if not choice.isdigit() or int(choice) >= len(examples):
        raise Http404
    services.phrase_create(request=request, text=examples[int(choice)])
    messages.success(request, "That phrase is yours now.")
    return redirect("practices:phrases")


@login_required
def phrase_move(request: HttpRequest, pk: int, direction: str) -> HttpResponse:
    phrase = _item(request, "biology", pk)
    if refused := post_only(request):
        return refused
    services.phrase_move(phrase=phrase, direction=direction)
    if request.headers.get("HX-Request"):
        items = selectors.phrases_for_user(user=request.user)
        return render(request, "practices/_phrase_list.html", {"items": items, "moved": phrase.pk})
    return redirect(reverse("practices:phrases") + f"#phrase-{phrase.pk}")


# Boundaries


@login_required
def boundary_active(request: HttpRequest, pk: int, active: bool) -> HttpResponse:
    boundary = _item(request, "comparison", pk)
    if refused := post_only(request):
        return refused
    services.boundary_set_active(boundary=boundary, active=active)
    messages.success(request, "Back on." if active else "Paused. It's here whenever you want it.")
    return redirect(reverse("practices:boundaries") + f"#boundary-{boundary.pk}")


@login_required
def boundary_check_new(request: HttpRequest, pk: int) -> HttpResponse:
    boundary = _item(request, "comparison", pk)
    form = forms.BoundaryCheckForm(_posted(request))
    draft_key = f"practices/boundaries/{boundary.pk}/check"
    if request.method == "POST" and form.is_valid():
        services.boundary_check_save(request=request, form=form, boundary=boundary)
        draft_discard(request, key=draft_key)
        messages.success(request, "Checked in. Whatever the answer, now you know a little more.")
        return redirect(reverse("practices:boundaries") + f"#boundary-{boundary.pk}")
    context = {"form": form, "boundary": boundary, "draft_key": draft_key}
    return render(request, "practices/boundary_check_form.html", context)


@login_required
def boundary_check_edit(request: HttpRequest, pk: int) -> HttpResponse:
    check = selectors.boundary_check_get_for_user(user=request.user, pk=pk)
    form = forms.BoundaryCheckForm(_posted(request), instance=check)
    draft_key = f"practices/boundary-checks/{check.pk}/edit"
    back = reverse("practices:boundaries") + f"#boundary-{check.boundary_id}"
    if request.method == "POST" and form.is_valid():
        services.boundary_check_save(request=request, form=form)
        draft_discard(request, key=draft_key)
        messages.success(request, "Saved.")
        return redirect(_next_or(request, back))
    context = {
        "form": form,
        "boundary": check.boundary,
        "check": check,
        "draft_key": draft_key,
        "next": _next_or(request, ""),
    }
    return render(request, "practices/boundary_check_form.html", context)


@login_required
def boundary_check_delete(request: HttpRequest, pk: int) -> HttpResponse:
    check = selectors.boundary_check_get_for_user(user=request.user, pk=pk)
    back = reverse("practices:boundaries") + f"#boundary-{check.boundary_id}"
    if request.method == "POST":
        services.boundary_check_delete(check=check)
        messages.success(request, "That check-in is gone.")
        return redirect(_next_or(request, back))
    context = {
        "item": check,
        "noun": "check-in",
        "back_url": _next_or(request, back),
        "next": _next_or(request, ""),
    }
    return render(request, "practices/delete.html", context)


# Repair


@login_required
def repair_practised(request: HttpRequest, pk: int) -> HttpResponse:
    script = _item(request, "repair", pk)
    if refused := post_only(request):
        return refused
    services.repair_script_practised(script=script)
    messages.success(request, "Nicely done. Saying it out loud is how the words become yours.")
    return redirect("practices:repair")


@login_required
def repair_log_new(request: HttpRequest) -> HttpResponse:
    form = forms.RepairLogForm(_posted(request))
    draft_key = "practices/repair-log/new"
    if request.method == "POST" and form.is_valid():
        services.repair_log_save(request=request, form=form)
        draft_discard(request, key=draft_key)
        messages.success(request, "Noted. Coming back is what matters, and you came back.")
        return redirect(_next_or(request, reverse("practices:repair")))
    return render(request, "practices/repair_log_form.html", {"form": form, "draft_key": draft_key})


@login_required
def repair_log_edit(request: HttpRequest, pk: int) -> HttpResponse:
    log = selectors.repair_log_get_for_user(user=request.user, pk=pk)
    form = forms.RepairLogForm(_posted(request), instance=log)
    draft_key = f"practices/repair-log/{log.pk}/edit"
    if request.method == "POST" and form.is_valid():
        services.repair_log_save(request=request, form=form)
        draft_discard(request, key=draft_key)
        messages.success(request, "Saved.")
        return redirect(_next_or(request, reverse("practices:repair")))
    context = {"form": form, "log": log, "draft_key": draft_key, "next": _next_or(request, "")}
    return render(request, "practices/repair_log_form.html", context)


@login_required
def repair_log_delete(request: HttpRequest, pk: int) -> HttpResponse:
    log = selectors.repair_log_get_for_user(user=request.user, pk=pk)
    back = reverse("practices:repair")
    if request.method == "POST":
        services.repair_log_delete(log=log)
        messages.success(request, "That note is gone.")
        return redirect(_next_or(request, back))
    context = {
        "item": log,
        "noun": "note",
        "back_url": _next_or(request, back),
        "next": _next_or(request, ""),
    }
    return render(request, "practices/delete.html", context)
