from django.urls import path

from setdown.insights import views

app_name = "insights"
urlpatterns = [
    path("", views.index, name="index"),
    path("chart/<slug:name>.svg", views.chart, name="chart"),
]
