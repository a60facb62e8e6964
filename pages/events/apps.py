from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "pages.events"
    label = "events"
    verbose_name = _("Trainings and events")

    def ready(self):
        from idp_site.submissions import notifications
        from pages.events import registration

        for kind in (registration.CONFIRMED_KIND, registration.PROMOTED_KIND):
            notifications.register_attachments(kind, registration.calendar_attachment)
