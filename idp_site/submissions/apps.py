from django.apps import AppConfig
from django.core.signals import request_finished
from django.utils.translation import gettext_lazy as _


class SubmissionsConfig(AppConfig):
    """Public-form protection and the notification outbox. The outbox model keeps its
    "pages" label and table (see models.py), so this app has no migrations."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "idp_site.submissions"
    label = "submissions"
    verbose_name = _("Submissions")

    def ready(self):
        # Each app process writes submissions kept through a database outage once the
        # database answers again, after a response (outage.py).
        from idp_site.submissions.outage import replay_after_request

        request_finished.connect(replay_after_request, dispatch_uid="submission-spool-replay")
