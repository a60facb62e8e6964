from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "pages"
    verbose_name = _("Pages")

    def ready(self):
        from idp_site.caching import signals as cache_signals
        from pages import checks  # noqa: F401  (registers the system checks)

        cache_signals.connect(self)
