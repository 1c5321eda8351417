from __future__ import annotations

from django.conf import settings
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from setdown.accounts.services import user_note_visit
from setdown.front.selectors import today_for_user


def index(request: HttpRequest) -> HttpResponse:
    if not request.user.is_authenticated:
        return render(request, "front/landing.html")
    days_away = user_note_visit(user=request.user)
    context = today_for_user(user=request.user)
    context["welcome_back"] = days_away is not None and days_away >= 7
    return render(request, "front/home.html", context)


@require_POST
def leave(request: HttpRequest) -> HttpResponse:
    """Leave quickly: sign out and go to an ordinary page elsewhere."""
    logout(request)
    return redirect(settings.SETDOWN_QUICK_EXIT_URL)


def deleted(request: HttpRequest) -> HttpResponse:
    return render(request, "front/deleted.html")


def about(request: HttpRequest) -> HttpResponse:
    return render(request, "front/about.html")


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A form sent after the session ended. The words are kept in the browser."""
    back = request.META.get("HTTP_REFERER", "")
    if not back.startswith(settings.SITE_URL) and not back.startswith("/"):
        back = ""
    return render(request, "front/csrf_failure.html", {"back": back}, status=403)
