from django.urls import path

from setdown.journal import views

app_name = "journal"
urlpatterns = [
    path("", views.index, name="index"),
    path("new/", views.note_new, name="note_new"),
    path("notes/<int:pk>/", views.note, name="note"),
    path("notes/<int:pk>/delete/", views.note_delete, name="note_delete"),
]
