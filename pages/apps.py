from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "pages"
    verbose_name = _("Pages")

    def ready(self):
        from idp_site.caching import signals as cache_signals
        from pages.search_index import connect_signals as connect_search_signals

        cache_signals.connect(self)
        connect_search_signals()
