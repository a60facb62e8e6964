from django.apps import AppConfig


class BackgroundConfig(AppConfig):
    name = "idp_site.background"
    label = "idp_background"
    verbose_name = "Background tasks"
