from django.apps import AppConfig


class JournalConfig(AppConfig):
    name = "setdown.journal"
    label = "journal"
