from django.shortcuts import redirect
from django.urls import reverse

OPEN_PREFIXES = ("/accounts/", "/welcome/", "/support/", "/static/", "/leave/")


def onboarding_required(get_response):
    """Send a signed-in parent who has not said how to address them to /welcome/."""

    def middleware(request):
        user = request.user
        if (
            user.is_authenticated
            and user.onboarded_at is None
            and not request.path.startswith(OPEN_PREFIXES)
        ):
            return redirect(reverse("accounts:welcome"))
        return get_response(request)

    return middleware
