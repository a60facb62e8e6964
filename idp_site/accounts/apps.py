from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    """Two-step sign-in and login throttling for staff. No models of its own."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "idp_site.accounts"
    label = "accounts"
    verbose_name = _("Staff accounts")

    def ready(self):
        from idp_site.accounts import group_audit  # needs the user model: after loading

        group_audit.connect()
