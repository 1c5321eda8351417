from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "setdown.accounts"
    label = "accounts"
