from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AlertsConfig(AppConfig):
    name = "pages.alerts"
    label = "alerts"
    verbose_name = _("Alerts, statements and press")

    def ready(self):
        # Newsletter signups go out with the notification worker's rounds.
        from idp_site.submissions import notifications
        from pages.alerts import newsletter

        notifications.register_outbox(newsletter.deliver_pending)
