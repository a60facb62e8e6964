from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SubmissionsConfig(AppConfig):
    """Public-form protection and the notification outbox. The outbox model keeps its
    "pages" label and table (see models.py), so this app has no migrations."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "idp_site.submissions"
    label = "submissions"
    verbose_name = _("Submissions")
