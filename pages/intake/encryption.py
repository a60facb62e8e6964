"""Encryption at rest for personal data (contact details, free text).

Keys come from `settings.INTAKE_ENCRYPTION_KEYS` (a list of Fernet keys, kept apart from
SECRET_KEY), through idp_site/submissions/keys.py, which the outage spool shares. They
form a MultiFernet: the first key encrypts, every key decrypts, so a new key is added in
front, `manage.py rotate_intake_keys` re-encrypts, and the old key is then dropped. A
raw row or a database dump holds only Fernet tokens.
"""

from cryptography.fernet import InvalidToken
from django.db import models

from idp_site.submissions.keys import get_fernet

__all__ = ["DecryptionError", "EncryptedTextField", "decrypt", "encrypt", "get_fernet", "rotate"]


class DecryptionError(Exception):
    """A stored value could not be decrypted with any configured key. The message never
    contains the value."""


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
