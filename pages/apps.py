from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "pages"
    verbose_name = _("Pages")

    def ready(self):
        from pages.cache import connect_signals
        from pages.lookups import install as install_lookups

        connect_signals()
        install_lookups()
