from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IntakeConfig(AppConfig):
    name = "pages.intake"
    label = "intake"
    verbose_name = _("Legal-help intake")

    def ready(self):
        from pages.intake import checks  # noqa: F401  (registers the system check)
        from pages.intake.membership import connect

        connect()
