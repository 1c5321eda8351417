from django.urls import path

from setdown.coaching import views

app_name = "coaching"
urlpatterns = [
    path("", views.index, name="index"),
    path("invite/", views.invite, name="invite"),
    path("invites/<int:pk>/withdraw/", views.withdraw, name="withdraw"),
    path("join/<str:token>/", views.join, name="join"),
    path("sharing/<int:pk>/", views.sharing, name="sharing"),
    path("sharing/<int:pk>/stop/", views.stop, name="stop"),
    path("parents/<int:pk>/", views.parent, name="parent"),
    path("parents/<int:pk>/chart/<slug:name>.svg", views.parent_chart, name="parent_chart"),
    path("parents/<int:pk>/end/", views.end, name="end"),
]
