from django.apps import AppConfig


class CoachingConfig(AppConfig):
    name = "setdown.coaching"
    label = "coaching"
