from django.urls import path

from setdown.front import views

app_name = "front"
urlpatterns = [
    path("", views.index, name="home"),
    path("leave/", views.leave, name="leave"),
    path("goodbye/", views.deleted, name="deleted"),
    path("about/", views.about, name="about"),
]
