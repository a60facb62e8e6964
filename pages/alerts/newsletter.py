"""Delivering newsletter signups to the list provider, Mailchimp (Marketing API 3.0),
from the notification worker, never from a reader's request.

Each waiting signup (`PendingSignup`) becomes one call:

    PUT {MAILCHIMP_API_URL}/lists/{MAILCHIMP_LIST_ID}/members/{md5(lowercased email)}
    {"email_address": ..., "status_if_new": "pending", "language": "en"|"es",
     "merge_fields": {"FNAME": ...}}

`status_if_new: "pending"` is Mailchimp's double opt-in: the provider emails the address
a confirmation link and subscribes it only once it is clicked. An address already on the
list keeps its status (nobody is resubscribed by someone else). PUT creates or updates
the same member, so a call repeated after a timeout (the provider may have acted on a
call whose answer never came) changes nothing: delivery is at least once, and its effect
once.

The row is deleted when the provider accepts the signup (2xx) or refuses it for good
(400: an address it will not take, e.g. fake or unsubscribed for good). Anything else
(the provider down, hung past NEWSLETTER_TIMEOUT, 429, 5xx, a missing key) leaves the
row for the next round; the round stops at the first unreachable provider, so a hung
one costs one timeout per round, not one per signup. Logs name the row and the kind of
error, never the address.

See docs/deploy.md (Newsletter) for the settings.
"""

import base64
import hashlib
import json
import logging
import urllib.error
import urllib.request

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.views.decorators.debug import sensitive_variables

from pages.alerts.models import PendingSignup

logger = logging.getLogger("idp.newsletter")


class NotConfigured(Exception):
    """No API key, list or address: the signups wait until the settings are given."""


def api_url():
    """MAILCHIMP_API_URL, or the one the key names (a key ends in its data centre)."""
    url = getattr(settings, "MAILCHIMP_API_URL", "")
    key = getattr(settings, "MAILCHIMP_API_KEY", "")
    if not url and "-" in key:
        url = f"https://{key.rsplit('-', 1)[1]}.api.mailchimp.com/3.0"
    return url.rstrip("/")


@sensitive_variables()
def member_call(signup):
    """(url, body, headers) of the one API call for `signup`."""
    key = getattr(settings, "MAILCHIMP_API_KEY", "")
    list_id = getattr(settings, "MAILCHIMP_LIST_ID", "")
    base = api_url()
    if not (key and list_id and base):
        raise NotConfigured
    email = signup["email"].strip()
    member = hashlib.md5(email.lower().encode(), usedforsecurity=False).hexdigest()
    body = {"email_address": email, "status_if_new": "pending", "language": signup["language"]}
    if signup.get("first_name"):
        body["merge_fields"] = {"FNAME": signup["first_name"]}
    token = base64.b64encode(f"idp:{key}".encode()).decode()
    headers = {"Authorization": f"Basic {token}", "Content-Type": "application/json"}
    return f"{base}/lists/{list_id}/members/{member}", json.dumps(body).encode(), headers


@sensitive_variables()
def call_provider(signup):
    """Make the call; the HTTP status, or raise for a network failure or timeout."""
    url, body, headers = member_call(signup)
    request = urllib.request.Request(url, data=body, headers=headers, method="PUT")  # noqa: S310
    timeout = getattr(settings, "NEWSLETTER_TIMEOUT", 10)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def deliver_pending(limit=100):
    """Hand waiting signups to the provider, oldest first; returns (sent, failed)."""
    sent = failed = 0
    ids = PendingSignup.objects.order_by("created_at").values_list("pk", flat=True)[:limit]
    for pk in list(ids):
        outcome = _deliver_one(pk)
        sent += outcome == "sent"
        failed += outcome in ("failed", "unreachable")
        if outcome == "unreachable":
            break
    return sent, failed


def _outcome(status):
    if 200 <= status < 300:
        return "sent"
    if status == 400:
        return "refused"
    return "unreachable" if status in (401, 403, 404, 429) or status >= 500 else "failed"


def _deliver_one(pk):
    """Deliver one row under its lock (another worker skips it): "sent", "refused",
    "failed", "unreachable" or "skipped"."""
    with transaction.atomic():
        row = PendingSignup.objects.select_for_update(skip_locked=True).filter(pk=pk).first()
        if row is None:
            return "skipped"
        try:
            status = call_provider(row.signup())
            outcome, error = _outcome(status), f"HTTP {status}"
        except Exception as exc:  # the network, a timeout, a key that cannot decrypt
            outcome, error = "unreachable", type(exc).__name__[:100]
        if outcome in ("sent", "refused"):
            row.delete()
            if outcome == "refused":
                logger.warning("Newsletter signup %s refused by the provider; dropped.", pk)
            return outcome
        row.attempts += 1
        row.last_attempt_at = timezone.now()
        row.last_error = error
        row.save(update_fields=["attempts", "last_attempt_at", "last_error"])
    logger.warning("Newsletter signup %s not delivered (%s); it stays queued.", pk, error)
    return outcome
