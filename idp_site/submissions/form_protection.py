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

A form refused for its token (open longer than TOKEN_MAX_AGE_SECONDS, or signed before
a SECRET_KEY change) comes back with a fresh token that remembers when the reader
first opened the form, so sending it again is judged by that time, not taken for a bot
that filled it "too fast". An old key's token cannot be verified: the opening time it
claims is used for the fill-time check only, which a bot could as easily pass by
waiting.

`RateLimit(scope).exceeded(request)` counts submissions per client in the cache under
an HMAC of the client address (never the address itself) that expires after the
period. Nothing about the client is written to the database. The forms never depend on
the cache: when it fails or hangs (up to its client timeout), the submission goes
through, still checked by the honeypot and the fill time, and the cache is left alone
for CACHE_RETRY_SECONDS.

Settings: `FORM_PROTECTION` (see idp_site/settings/base.py).
"""

import hashlib
import hmac
import json
import logging
import secrets
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import caches
from django.db import connections, models, router, transaction
from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _

from idp_site.accounts.client_address import client_ip

TOKEN_FIELD = "form_token"  # noqa: S105 (a field name, not a secret)
HONEYPOT_FIELD = "homepage_url"
_SALT = "pages.form_protection"  # unchanged by the move: tokens in flight stay valid

logger = logging.getLogger("idp.forms")


def _config(name):
    return settings.FORM_PROTECTION[name]


def issue_token(scope, issued_at=None, first_opened_at=None, target=None):
    """A signed token for one rendering of a form of `scope`. `first_opened_at`: when
    the reader first opened this form, if a refused token said so. `target`: the id of
    the page serving the form, so that a submission kept through a database outage
    knows where it belongs without reading the database (outage.py)."""
    payload = {
        "n": secrets.token_urlsafe(24),
        "t": int(time.time() if issued_at is None else issued_at),
        "s": scope,
    }
    if first_opened_at is not None:
        payload["f"] = int(first_opened_at)
    if target is not None:
        payload["p"] = int(target)
    return signing.dumps(payload, salt=_SALT, compress=False)


def _opened_at(payload):
    issued_at, first = payload.get("t"), payload.get("f")
    if isinstance(first, int) and first <= issued_at:
        return first
    return issued_at


def read_token(token, scope):
    """The token's (nonce, opened_at), or None when it is forged, for another form, or
    older than TOKEN_MAX_AGE_SECONDS. `opened_at` is when the reader first opened the
    form (for the fill-time check)."""
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
    return nonce, _opened_at(payload)


def token_target(token, scope):
    """The page id a valid token of `scope` was issued for, or None (none recorded)."""
    if read_token(token, scope) is None:
        return None
    target = signing.loads(token, salt=_SALT).get("p")
    return target if isinstance(target, int) else None


def _unverified_payload(token):
    """The payload of a token whose signature cannot be checked (signed with a key we
    no longer have), or None. `signing.dumps` writes "payload:timestamp:signature"."""
    try:
        encoded = token.rsplit(":", 2)[0]
        return json.loads(signing.b64_decode(encoded.encode("ascii")))
    except (ValueError, TypeError, UnicodeError):  # bad base64, JSON or characters
        return None


def claimed_opening(token, scope):
    """When the reader first opened the form a refused `token` came from: its signed
    time if it only expired, the time it claims if it was signed with an old key;
    None for anything that is not one of this form's tokens."""
    try:
        payload = signing.loads(token, salt=_SALT)
    except signing.BadSignature:
        payload = _unverified_payload(token)
    if not isinstance(payload, dict) or payload.get("s") != scope:
        return None
    if not isinstance(payload.get("t"), int):
        return None
    opened = _opened_at(payload)
    return opened if opened <= time.time() else None


class ProtectedFormMixin(forms.Form):
    """Adds the one-time token and the honeypot. Subclasses set `protection_scope`."""

    protection_scope = None

    token_error = _(
        "This form was open for a long time or could not be checked. Nothing you typed "
        "is lost: check your answers and send the form again."
    )

    def __init__(self, *args, target=None, **kwargs):
        super().__init__(*args, **kwargs)
        #: The id of the page serving the form, carried in its token (`issue_token`).
        self.protection_target = target
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
            self.initial[TOKEN_FIELD] = issue_token(self.protection_scope, target=target)
        self.submission_token = None
        self.spam_reasons = []

    def clean(self):
        cleaned = super().clean()
        raw_token = cleaned.get(TOKEN_FIELD) or ""
        token = read_token(raw_token, self.protection_scope)
        if token is None:
            # Hand out a fresh token with the re-rendered form so the next try works,
            # dated from when the reader first opened the form.
            self.data = self.data.copy()
            self.data[self.add_prefix(TOKEN_FIELD)] = issue_token(
                self.protection_scope,
                first_opened_at=claimed_opening(raw_token, self.protection_scope),
                target=self.protection_target,
            )
            raise forms.ValidationError(self.token_error, code="token")
        nonce, opened_at = token
        self.submission_token = nonce
        if cleaned.get(HONEYPOT_FIELD):
            self.spam_reasons.append("honeypot")
        if time.time() - opened_at < _config("MIN_FILL_SECONDS"):
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


def store_submission(model, form, fields, *, notify, spam_status="spam"):
    """Store what a valid protected `form` sent, once per rendered form; returns
    (record, created). Suspected spam is kept, flagged with `spam_status` and its
    reasons, and never notified (autofill can trip the honeypot: dropping it could lose
    a person); anything else gets `notify(record)` in the same transaction."""
    return store_sent(
        model, form.submission_token, form.spam_reasons, fields, notify=notify,
        spam_status=spam_status,
    )  # fmt: skip


def store_sent(model, token, spam_reasons, fields, *, notify, spam_status="spam"):
    """`store_submission` for what a form sent earlier: its token's nonce, its spam
    reasons and its record's fields (a submission kept through a database outage)."""
    if spam_reasons:
        fields = {**fields, "status": spam_status, "spam_reasons": ",".join(spam_reasons)}
        notify = None
    return save_once(model, token, fields, notify)


def save_once(model, token, fields, on_create=None):
    """Store `model(**fields)` unless a record with this form token exists; returns
    (record, created). `on_create(record)` runs in the same transaction (e.g. to queue
    a notification), so either both are committed or neither. Two requests with the
    same token at once: the database's unique index lets one in; the other gets the
    existing record. A record that would break another unique constraint (one
    signature per address) is not stored either: (None, False)."""
    existing = model._default_manager.filter(submission_token=token).first()
    if existing is not None:
        return existing, False
    with transaction.atomic():
        record = model(submission_token=token, **fields)
        if insert_unless_conflict(record):
            if on_create is not None:
                on_create(record)
            return record, True
    # Someone committed first: the same rendered form, or the same unique values.
    return model._default_manager.filter(submission_token=token).first(), False


def insert_unless_conflict(instance):
    """INSERT the unsaved `instance` unless that would break a unique constraint
    (`ON CONFLICT DO NOTHING`); True when it was inserted. A duplicate never reaches
    the database as an error, so its log never quotes what a person typed. Sends
    `post_save` as `save()` would (the model's own `save()` is not called)."""
    model = type(instance)
    meta = model._meta
    connection = connections[router.db_for_write(model)]
    quote = connection.ops.quote_name
    # The database fills the id and any generated column (e.g. a signer's list key).
    columns = [
        f for f in meta.concrete_fields if not isinstance(f, models.AutoField) and not f.generated
    ]
    values = [f.get_db_prep_save(f.pre_save(instance, add=True), connection) for f in columns]
    # Only quoted names from the model's own definition; every value is a parameter.
    sql = "INSERT INTO {} ({}) VALUES ({}) ON CONFLICT DO NOTHING RETURNING {}".format(  # noqa: S608
        quote(meta.db_table),
        ", ".join(quote(f.column) for f in columns),
        ", ".join(["%s"] * len(columns)),
        quote(meta.pk.column),
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, values)
        row = cursor.fetchone()
    if row is None:
        return False
    setattr(instance, meta.pk.attname, meta.pk.to_python(row[0]))
    instance._state.adding = False
    instance._state.db = connection.alias
    post_save.send(
        sender=model,
        instance=instance,
        created=True,
        update_fields=None,
        raw=False,
        using=connection.alias,
    )
    return True


class _CacheBreaker:
    """After a cache failure, the rate limit leaves the cache alone for a while, so a
    hung cache costs one client timeout per process and period, not one per POST."""

    open_until = 0.0

    @classmethod
    def is_open(cls):
        return time.monotonic() < cls.open_until

    @classmethod
    def trip(cls):
        cls.open_until = time.monotonic() + _config("CACHE_RETRY_SECONDS")

    @classmethod
    def reset(cls):
        cls.open_until = 0.0


def reset_cache_breaker():
    """Forget a cache failure (for tests)."""
    _CacheBreaker.reset()


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
        """Count this submission; True when the client is over the limit. False when
        the cache cannot count (down, full, hung past its timeout): a person asking
        for help is never refused for the cache's sake."""
        if _CacheBreaker.is_open():
            return False
        try:
            return self._count(self._key(request))
        except Exception as exc:  # any cache backend's connection or timeout error
            _CacheBreaker.trip()
            logger.warning("Form rate limit skipped: cache unavailable (%s).", type(exc).__name__)
            return False

    def _count(self, key):
        cache = caches[_config("CACHE_ALIAS")]
        if cache.add(key, 1, timeout=self.period):
            return False
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.add(key, 1, timeout=self.period)
            return False
        return count > self.limit
