from django.urls import path

from setdown.accounts import views

app_name = "accounts"
urlpatterns = [
    path("welcome/", views.welcome, name="welcome"),
    path("settings/", views.settings_page, name="settings"),
    path("settings/delete/", views.delete_account, name="delete"),
]
