"""Protection for public forms that store what people send: reusable by any app.

A form that mixes in `ProtectedFormMixin` carries two extra fields:

- `form_token`: a signed one-time token made when the form is rendered. It holds a
  random nonce, the time it was issued and the form's scope. The nonce is stored with
  the record in a unique column (`OneTimeSubmissionModel.submission_token`), so posting
  the same rendered form twice, even at the same moment, stores one record
  (`save_once`). The issue time gives the minimum fill time.
- a honeypot text field hidden from people (and labelled "leave empty" for screen
  readers).

After `is_valid()`, `form.spam_reasons` lists why the submission looks automated
("honeypot", "too_fast"). Callers keep such submissions, flagged, and do not notify
anyone: autofill can fill a hidden field, so dropping them would lose people.

`RateLimit(scope).exceeded(request)` counts submissions per client in the cache under
an HMAC of the client address (never the address itself) that expires after the
period. Nothing about the client is written to the database.

Settings: `FORM_PROTECTION` (see idp_site/settings/base.py).
"""

import hashlib
import hmac
import secrets
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.db import IntegrityError, models, transaction
from django.utils.translation import gettext_lazy as _

from idp_site.security import client_ip

TOKEN_FIELD = "form_token"  # noqa: S105 (a field name, not a secret)
HONEYPOT_FIELD = "homepage_url"
_SALT = "pages.form_protection"


def _config(name):
    return settings.FORM_PROTECTION[name]


def issue_token(scope, issued_at=None):
    """A signed token for one rendering of a form of `scope`."""
    payload = {
        "n": secrets.token_urlsafe(24),
        "t": int(time.time() if issued_at is None else issued_at),
        "s": scope,
    }
    return signing.dumps(payload, salt=_SALT, compress=False)


def read_token(token, scope):
    """The token's (nonce, issued_at), or None when it is forged, for another form, or
    older than TOKEN_MAX_AGE_SECONDS."""
    try:
        payload = signing.loads(token, salt=_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(payload, dict) or payload.get("s") != scope:
        return None
    nonce, issued_at = payload.get("n"), payload.get("t")
    if not isinstance(nonce, str) or not isinstance(issued_at, int):
        return None
    if time.time() - issued_at > _config("TOKEN_MAX_AGE_SECONDS"):
        return None
    return nonce, issued_at


class ProtectedFormMixin(forms.Form):
    """Adds the one-time token and the honeypot. Subclasses set `protection_scope`."""

    protection_scope = None

    token_error = _(
        "This form was open for a long time or could not be checked. Nothing you typed "
        "is lost: check your answers and send the form again."
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.protection_scope:
            raise TypeError(f"{type(self).__name__} must set protection_scope")
        self.fields[TOKEN_FIELD] = forms.CharField(widget=forms.HiddenInput, required=False)
        self.fields[HONEYPOT_FIELD] = forms.CharField(
            required=False,
            max_length=200,
            label=_("Leave this field empty"),
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )
        if not self.is_bound:
            self.initial[TOKEN_FIELD] = issue_token(self.protection_scope)
        self.submission_token = None
        self.spam_reasons = []

    def clean(self):
        cleaned = super().clean()
        token = read_token(cleaned.get(TOKEN_FIELD) or "", self.protection_scope)
        if token is None:
            # Hand out a fresh token with the re-rendered form so the next try works.
            self.data = self.data.copy()
            self.data[self.add_prefix(TOKEN_FIELD)] = issue_token(self.protection_scope)
            raise forms.ValidationError(self.token_error, code="token")
        nonce, issued_at = token
        self.submission_token = nonce
        if cleaned.get(HONEYPOT_FIELD):
            self.spam_reasons.append("honeypot")
        if time.time() - issued_at < _config("MIN_FILL_SECONDS"):
            self.spam_reasons.append("too_fast")
        return cleaned

    @property
    def honeypot(self):
        return self[HONEYPOT_FIELD]

    @property
    def token(self):
        return self[TOKEN_FIELD]

    def visible_fields(self):
        return [f for f in super().visible_fields() if f.name != HONEYPOT_FIELD]


class OneTimeSubmissionModel(models.Model):
    """Abstract: a record made from a protected form, unique per rendered form."""

    submission_token = models.CharField(max_length=64, unique=True, editable=False)

    # Readers create these fastest exactly when traffic peaks, and they change no cached
    # page: saving one must not empty the cache (idp_site/caching/signals.py).
    invalidates_page_cache = False

    class Meta:
        abstract = True


def save_once(model, token, fields, on_create=None):
    """Store `model(**fields)` unless a record with this form token exists; returns
    (record, created). `on_create(record)` runs in the same transaction (e.g. to queue
    a notification), so either both are committed or neither. Two requests with the
    same token at once: the database's unique index lets one in; the other gets the
    existing record."""
    existing = model._default_manager.filter(submission_token=token).first()
    if existing is not None:
        return existing, False
    try:
        with transaction.atomic():
            record = model._default_manager.create(submission_token=token, **fields)
            if on_create is not None:
                on_create(record)
    except IntegrityError:
        existing = model._default_manager.filter(submission_token=token).first()
        if existing is None:
            raise
        return existing, False
    return record, True


class RateLimit:
    """At most FORM_PROTECTION["RATE_LIMIT"] submissions per client and period."""

    def __init__(self, scope, limit=None, period=None):
        self.scope = scope
        self.limit = limit or _config("RATE_LIMIT")
        self.period = period or _config("RATE_PERIOD_SECONDS")

    def _key(self, request):
        # The same address the login throttle uses: behind TRUSTED_PROXY_COUNT proxies,
        # the one the outermost of them saw (never a part the client could write).
        address = client_ip(request)
        # The window starts with the client's first submission and the key expires
        # with it, so nothing about the client outlives the period.
        digest = hmac.new(
            settings.SECRET_KEY.encode(),
            f"{_SALT}|{self.scope}|{address}".encode(),
            hashlib.sha256,
        ).hexdigest()[:32]
        return f"formrate:{digest}"

    def exceeded(self, request):
        """Count this submission; True when the client is over the limit."""
        key = self._key(request)
        if cache.add(key, 1, timeout=self.period):
            return False
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.add(key, 1, timeout=self.period)
            return False
        return count > self.limit
