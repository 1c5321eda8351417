from django.urls import include, path

urlpatterns = [
    path("", include("setdown.front.urls")),
    path("", include("setdown.accounts.urls")),
    path("accounts/", include("allauth.urls")),
    path("support/", include("setdown.safety.urls")),
    path("drafts/", include("setdown.drafts.urls")),
    path("practices/", include("setdown.practices.urls")),
    path("program/", include("setdown.program.urls")),
    path("checkin/", include("setdown.checkins.urls")),
    path("journal/", include("setdown.journal.urls")),
    path("insights/", include("setdown.insights.urls")),
    path("export/", include("setdown.portability.urls")),
    path("coach/", include("setdown.coaching.urls")),
]
