"""Small project-wide middleware."""

from __future__ import annotations

import time

from django.conf import settings
from django.contrib.auth import logout


def security_headers(get_response):
    """Strict CSP (no inline scripts, nothing from other servers) on every answer."""

    def middleware(request):
        response = get_response(request)
        response.setdefault("Content-Security-Policy", settings.CONTENT_SECURITY_POLICY)
        response.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        response.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        return response

    return middleware


IDLE_KEY = "setdown_last_active"


def idle_logout(get_response):
    """Sign a parent out after SETDOWN_IDLE_MINUTES without a request.

    A journal left open on a shared phone should not stay open. Anything being
    typed survives in the browser's draft store and comes back after signing in.
    """

    def middleware(request):
        if request.user.is_authenticated:
            now = int(time.time())
            last = request.session.get(IDLE_KEY)
            if last is not None and now - int(last) > settings.SETDOWN_IDLE_MINUTES * 60:
                logout(request)
            elif last is None or now - int(last) >= 60:
                # A minute's precision is plenty, and spares a session write per page.
                request.session[IDLE_KEY] = now
        return get_response(request)

    return middleware
