from django.conf import settings


def site(request) -> dict:
    return {
        "quick_exit_url": settings.SETDOWN_QUICK_EXIT_URL,
        "idle_minutes": settings.SETDOWN_IDLE_MINUTES,
    }
