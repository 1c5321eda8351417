from django.apps import AppConfig


class DraftsConfig(AppConfig):
    name = "setdown.drafts"
    label = "drafts"
