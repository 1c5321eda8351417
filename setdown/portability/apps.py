from django.apps import AppConfig


class PortabilityConfig(AppConfig):
    name = "setdown.portability"
    label = "portability"
