from django.apps import AppConfig


class CheckinsConfig(AppConfig):
    name = "setdown.checkins"
    label = "checkins"
