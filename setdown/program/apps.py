from django.apps import AppConfig


class ProgramConfig(AppConfig):
    name = "setdown.program"
    label = "program"
