"""The keys that protect what people send through public forms: one MultiFernet.

Keys come from `settings.INTAKE_ENCRYPTION_KEYS` (Fernet keys, kept apart from
SECRET_KEY); the first encrypts, every key decrypts, so keys rotate (`manage.py
rotate_intake_keys`). Intake records (pages/intake/encryption.py) and submissions kept
outside the database during an outage (spool.py) use the same keys.
"""

from functools import lru_cache

from cryptography.fernet import Fernet, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


@lru_cache(maxsize=4)
def _fernet_for(keys):
    if not keys:
        raise ImproperlyConfigured("INTAKE_ENCRYPTION_KEYS is empty: personal data cannot be kept.")
    try:
        return MultiFernet([Fernet(k) for k in keys])
    except ValueError:
        raise ImproperlyConfigured("INTAKE_ENCRYPTION_KEYS holds a malformed Fernet key.")


def get_fernet():
    """The MultiFernet for the keys configured now (cached per key list, so tests and
    rotations that change the setting take effect at once)."""
    return _fernet_for(tuple(settings.INTAKE_ENCRYPTION_KEYS))
