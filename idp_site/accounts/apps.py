from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    """Two-step sign-in, login throttling and ending a user's sessions for staff. Its one
    model is each user's session generation (`models.SessionGeneration`)."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "idp_site.accounts"
    label = "accounts"
    verbose_name = _("Staff accounts")

    def ready(self):
        # These need the user model (and the TOTP device's): after loading.
        from idp_site.accounts import group_audit, password_confirmation, sign_out_everywhere

        group_audit.connect()
        sign_out_everywhere.connect()
        password_confirmation.connect()
