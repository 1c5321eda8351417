from django.urls import path

from setdown.checkins import views

app_name = "checkins"
urlpatterns = [
    path("", views.index, name="index"),
    path("new/", views.new, name="new"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/drivers/", views.drivers, name="drivers"),
    path("<int:pk>/finish/", views.finish, name="finish"),
    path("<int:pk>/edit/", views.edit, name="edit"),
    path("<int:pk>/delete/", views.delete, name="delete"),
    path("<int:pk>/later/", views.skip_to_finish, name="later"),
]
