from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResourcesConfig(AppConfig):
    name = "pages.resources"
    label = "resources"
    verbose_name = _("Resource library")

    def ready(self):
        from pages.resources import entries

        entries.connect()
