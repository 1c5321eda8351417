from django.apps import AppConfig


class SafetyConfig(AppConfig):
    name = "setdown.safety"
    label = "safety"
