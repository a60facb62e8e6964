from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LegislationConfig(AppConfig):
    """Jurisdictions, sessions, legislators, bills and their stages, the importers and the
    live sync: their models, migrations, permissions, commands and admin."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "campaigns.legislation"
    label = "legislation"
    verbose_name = _("Legislation")
