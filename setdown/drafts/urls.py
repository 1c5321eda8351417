from django.urls import path

from setdown.drafts import views

app_name = "drafts"
urlpatterns = [path("<path:key>", views.draft, name="draft")]
