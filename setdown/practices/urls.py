from django.urls import path

from setdown.practices import views

app_name = "practices"
urlpatterns = [
    path("", views.overview, name="overview"),
    path("rules/", views.rules, name="rules"),
    path("moments/", views.moments, name="moments"),
    path("phrases/", views.phrases, name="phrases"),
    path("boundaries/", views.boundaries, name="boundaries"),
    path("beliefs/", views.beliefs, name="beliefs"),
    path("repair/", views.repair, name="repair"),
    # Any of the six kinds: rules, moments, phrases, boundaries, beliefs, repair.
    path("<slug:kind>/new/", views.item_new, name="new"),
    path("<slug:kind>/<int:pk>/edit/", views.item_edit, name="edit"),
    path("<slug:kind>/<int:pk>/delete/", views.item_delete, name="delete"),
    path("moments/<int:pk>/how-it-went/", views.moment_close, name="moment_close"),
    path("moments/<int:pk>/event.ics", views.moment_ics, name="moment_ics"),
    path("phrases/adopt/", views.phrase_adopt, name="phrase_adopt"),
    path("phrases/<int:pk>/up/", views.phrase_move, {"direction": "up"}, name="phrase_up"),
    path("phrases/<int:pk>/down/", views.phrase_move, {"direction": "down"}, name="phrase_down"),
    path(
        "boundaries/<int:pk>/pause/",
        views.boundary_active,
        {"active": False},
        name="boundary_pause",
    ),
    path(
        "boundaries/<int:pk>/resume/",
        views.boundary_active,
        {"active": True},
        name="boundary_resume",
    ),
    path("boundaries/<int:pk>/check/", views.boundary_check_new, name="boundary_check_new"),
    path(
        "boundaries/checks/<int:pk>/edit/",
        views.boundary_check_edit,
        name="boundary_check_edit",
    ),
    path(
        "boundaries/checks/<int:pk>/delete/",
        views.boundary_check_delete,
        name="boundary_check_delete",
    ),
    path("repair/<int:pk>/practised/", views.repair_practised, name="repair_practised"),
    path("repair/log/new/", views.repair_log_new, name="repair_log_new"),
    path("repair/log/<int:pk>/edit/", views.repair_log_edit, name="repair_log_edit"),
    path("repair/log/<int:pk>/delete/", views.repair_log_delete, name="repair_log_delete"),
]
