from django.apps import AppConfig


class InsightsConfig(AppConfig):
    name = "setdown.insights"
    label = "insights"
