from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "pages"
    verbose_name = _("Pages")

    def ready(self):
        from pages.cache import connect_signals
        from pages.lookups import install as install_lookups
        from pages.search_index import connect_signals as connect_search_signals
        from pages.versioned_cache import connect_signals as connect_version_signals

        connect_signals()
        connect_search_signals()
        connect_version_signals()
        install_lookups()
