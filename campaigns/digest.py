"""Signature notifications as a daily digest: one email per statement per day.

A viral statement can gather hundreds of signatures a day; one email each, to every
member of Communications, buried their inboxes. By default (`SIGNATURE_NOTIFICATIONS =
"daily"`) a signature queues nothing; `manage.py send_signature_digest`, run once a day,
queues through the outbox one email per statement that got signatures since its last
digest: how many are new, how many wait for review, and the link to review them.
`"immediate"` keeps one email per signature.

The outbox rows are the digest's memory: each digest's ref names its statement and day,
so a second run on the same day sends nothing, and "new" counts what came after the
statement's previous digest. Like every notification, it holds counts and a link,
never what a signer wrote."""

from django.conf import settings
from django.db import transaction
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext, ngettext, override

from campaigns.models import Signatory, SignatoryStatus, StatementOfSupportPage
from idp_site.submissions import notifications
from idp_site.submissions.models import Notification
from pages.roles import COMMUNICATIONS

KIND = "campaigns.signature_digest"


def digest_ref(statement_id, day):
    return f"campaigns.statementofsupportpage:{statement_id}:digest:{day.isoformat()}"


def last_digest_at(statement_id):
    prefix = f"campaigns.statementofsupportpage:{statement_id}:digest:"
    row = (
        Notification.objects.filter(kind=KIND, ref__startswith=prefix)
        .order_by("-created_at")
        .values_list("created_at", flat=True)
        .first()
    )
    return row


def _text(title, new, pending):
    with override(settings.LANGUAGE_CODE):  # staff read the admin in English
        subject = gettext("Signatures on “%(title)s”: %(new)d new") % {"title": title, "new": new}
        received = ngettext(
            "“%(title)s” received %(new)d new signature since the last summary.",
            "“%(title)s” received %(new)d new signatures since the last summary.",
            new,
        ) % {"title": title, "new": new}
        waiting = ngettext(
            "%(pending)d signature waits for review.",
            "%(pending)d signatures wait for review.",
            pending,
        ) % {"pending": pending}
        body = f"{received} {waiting} " + gettext(
            "Approve or reject them in the admin (sign-in needed):\n\n{link}\n\n"
            "This email never contains what was written."
        )
    return subject, body


def queue_digests(now=None):
    """Queue today's digest for every statement with new signatures; returns how many
    were queued. Suspected spam is neither counted nor announced."""
    now = now or timezone.now()
    day = timezone.localdate(now)
    queued = 0
    statements = StatementOfSupportPage.objects.filter(signatories__isnull=False).distinct()
    for statement in statements:
        ref = digest_ref(statement.pk, day)
        if Notification.objects.filter(kind=KIND, ref=ref).exists():
            continue
        since = last_digest_at(statement.pk)
        counts = Signatory.objects.filter(statement=statement).aggregate(
            new=Count(
                "pk",
                filter=~Q(status=SignatoryStatus.SPAM)
                & (Q(created_at__gt=since) if since else Q()),
            ),
            pending=Count("pk", filter=Q(status=SignatoryStatus.PENDING)),
        )
        if not counts["new"]:
            continue
        subject, body = _text(statement.title, counts["new"], counts["pending"])
        link = (
            reverse("wagtailsnippets_campaigns_signatory:list")
            + f"?statement={statement.pk}&status={SignatoryStatus.PENDING}"
        )
        with transaction.atomic():
            notifications.queue(
                KIND, subject=subject, body=body, link=link, ref=ref, group=COMMUNICATIONS
            )
        queued += 1
    return queued
