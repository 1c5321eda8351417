from django.apps import AppConfig


class FrontConfig(AppConfig):
    name = "setdown.front"
    label = "front"
