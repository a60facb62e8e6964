"""Encryption at rest for personal data (contact details, free text).

Keys come from `settings.INTAKE_ENCRYPTION_KEYS` (a list of Fernet keys, kept apart from
SECRET_KEY). They form a MultiFernet: the first key encrypts, every key decrypts, so a
new key is added in front, `manage.py rotate_intake_keys` re-encrypts, and the old key
is then dropped. A raw row or a database dump holds only Fernet tokens.
"""

from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models


class DecryptionError(Exception):
    """A stored value could not be decrypted with any configured key. The message never
    contains the value."""


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


def encrypt(value):
    return get_fernet().encrypt(value.encode("utf-8")).decode("ascii")


def decrypt(token):
    try:
        return get_fernet().decrypt(token.encode("ascii")).decode("utf-8")
    except (InvalidToken, UnicodeError):
        raise DecryptionError("A stored value could not be decrypted with the configured keys.")


def rotate(token):
    """Re-encrypt a stored token with the first key."""
    return get_fernet().rotate(token.encode("ascii")).decode("ascii")


class EncryptedTextField(models.TextField):
    """Text stored as a Fernet token. Empty values stay empty (nothing to protect, and
    it keeps "was this answered" cheap). Encrypted values cannot be searched, filtered
    or ordered on: only ever read them for display."""

    description = "Text encrypted at rest"

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        if value in (None, ""):
            return value
        return encrypt(value)

    def from_db_value(self, value, expression, connection):
        if value in (None, ""):
            return value
        return decrypt(value)

    def to_python(self, value):
        return value
