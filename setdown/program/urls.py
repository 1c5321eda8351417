from django.urls import path

from setdown.program import views

app_name = "program"
urlpatterns = [
    path("", views.index, name="index"),
    path("big-picture/", views.big_picture, name="big_picture"),
    path("<slug:key>/", views.step, name="step"),
]
