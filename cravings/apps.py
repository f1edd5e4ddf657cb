from django.apps import AppConfig


class CravingsConfig(AppConfig):
    name = "cravings"
