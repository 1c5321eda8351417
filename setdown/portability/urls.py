from django.urls import path

from setdown.portability import views

app_name = "portability"
urlpatterns = [
    path("", views.index, name="index"),
    path("download/<str:fmt>/", views.download, name="download"),
]
