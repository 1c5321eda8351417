from django.apps import AppConfig


class DriversConfig(AppConfig):
    name = "setdown.drivers"
    label = "drivers"
