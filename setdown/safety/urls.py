from django.urls import path

from setdown.safety import views

app_name = "safety"
urlpatterns = [
    path("", views.support, name="support"),
    path("plan/", views.plan, name="plan"),
    path("plan/print/", views.plan_print, name="plan_print"),
]
