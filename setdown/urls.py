from django.urls import include, path

urlpatterns = [
    path("", include("setdown.front.urls")),
    path("", include("setdown.accounts.urls")),
    path("accounts/", include("allauth.urls")),
    path("support/", include("setdown.safety.urls")),
    path("drafts/", include("setdown.drafts.urls")),
]
