from django.apps import AppConfig


class PracticesConfig(AppConfig):
    name = "setdown.practices"
    label = "practices"
