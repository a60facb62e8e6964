"""System checks: refuse to run without working encryption keys for personal data."""

from django.core.checks import Error, register
from django.core.exceptions import ImproperlyConfigured

from pages.intake.encryption import get_fernet


@register()
def intake_encryption_keys(app_configs, **kwargs):
    try:
        get_fernet()
    except ImproperlyConfigured as exc:
        return [
            Error(
                str(exc),
                hint="Set INTAKE_ENCRYPTION_KEYS to one or more Fernet keys, comma-separated.",
                id="pages.E001",
            )
        ]
    return []
