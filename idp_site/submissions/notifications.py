"""Staff notifications that are never lost: a transactional outbox. Reusable by any app.

    from idp_site.submissions import notifications
    with transaction.atomic():
        record = MyModel.objects.create(...)
        notifications.queue(
            "campaigns.statement",
            subject=gettext("A new statement of support"),
            body=gettext("Review it in the admin: {link}"),
            link=reverse("my_admin_view", args=[record.pk]),
            ref=notifications.ref_for(record),
            group="Campaigns",
        )

`queue` writes an outbox row in the caller's transaction, so the row exists exactly
when the record does. Nothing is sent inside the reader's request: a slow or hung mail
server must not hold someone asking for help. The worker (`manage.py
send_notifications --loop`, one process) sends new rows within seconds; a failing mail
server leaves them unsent and the worker tries again on its next round, so a row is
sent once the server answers. `/health/` answers "degraded" once a row has waited
longer than `NOTIFICATION_OVERDUE_MINUTES`, or when no worker has written its heartbeat
for a minute.

Delivery is at least once. A row is marked sent after the mail server took the mail: a
worker killed in between sends it again on its next start. Every email carries a
Message-ID made from its row (`message_id`), the same on a resend, so a mail client
and a person can tell the repeat. A database that goes away in between costs nothing:
the worker remembers what it sent and records it once the database answers.

Text is fixed and links point to the admin: never put what a person wrote into a
notification.

An app may attach files that it builds when the row is sent (an event's calendar file
for its registrant): `register_attachments(kind, build)`, where `build(notification)`
returns (filename, content, mimetype) triples read from what the row's `ref` names.
"""

import contextlib
import logging
from datetime import UTC, timedelta

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.utils import timezone

from idp_site.submissions.models import Notification

logger = logging.getLogger("idp.notifications")

# Rows this process sent but could not mark sent (the database went away between the
# two): recorded at the start of the next round, never sent again by this process.
_sent_unrecorded = set()

#: kind -> build(notification) -> [(filename, content, mimetype)], see the docstring.
_attachment_builders = {}


def register_attachments(kind, build):
    """Attach what `build(notification)` returns to every email of `kind`."""
    _attachment_builders[kind] = build


def attachments_for(notification):
    build = _attachment_builders.get(notification.kind)
    return list(build(notification)) if build is not None else []


def ref_for(instance):
    return f"{instance._meta.label_lower}:{instance.pk}"


def absolute_admin_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def queue(kind, *, subject, body, link="", ref="", emails=(), group=""):
    """Add a notification to the outbox, inside the caller's transaction; the worker
    sends it. `body` may contain "{link}", replaced by the absolute link."""
    return Notification.objects.create(
        kind=kind,
        ref=ref,
        subject=str(subject)[:200],
        body=str(body).replace("{link}", absolute_admin_url(link) if link else ""),
        recipient_emails=",".join(emails),
        recipient_group=group or "",
    )


def message_id(notification):
    """<outbox-{row}.{created}@{domain}>: stable for a row, so a resend has the same
    Message-ID; the creation time keeps it unique should row numbers ever restart."""
    created = notification.created_at.astimezone(UTC).strftime("%Y%m%dT%H%M%S%f")
    return f"<outbox-{notification.pk}.{created}@{settings.NOTIFICATION_MESSAGE_ID_DOMAIN}>"


def record_sent_before_outage():
    """Mark sent the rows this process sent while the database was away."""
    if _sent_unrecorded:
        Notification.objects.filter(pk__in=_sent_unrecorded, sent_at__isnull=True).update(
            sent_at=timezone.now(), last_error=""
        )
        _sent_unrecorded.clear()


def send_pending(ids=None, limit=200):
    """Try to send unsent notifications (all, or those in `ids`), oldest first; returns
    (sent, failed). One mail connection serves the round; the round stops at the first
    failure to reach the mail server (the next round tries again), so a hung server
    costs one EMAIL_TIMEOUT per round, not one per row.

    Each row is locked while it is sent (PostgreSQL skips rows another worker holds),
    so two workers never send the same email twice."""
    record_sent_before_outage()
    pending = Notification.objects.filter(sent_at__isnull=True)
    if ids is not None:
        pending = pending.filter(pk__in=ids)
    sent = failed = 0
    connection = get_connection()
    try:
        for pk in list(pending.order_by("created_at").values_list("pk", flat=True)[:limit]):
            outcome = _send_one(pk, connection)
            sent += outcome == "sent"
            failed += outcome in ("failed", "unreachable")
            if outcome == "unreachable":
                break
    finally:
        with contextlib.suppress(Exception):  # closing what may never have opened
            connection.close()
    return sent, failed


def _send_one(pk, connection):
    """Send one row under its lock: "sent", "failed" (this row), "unreachable" (the
    mail server) or "skipped" (sent or held by another worker)."""
    with transaction.atomic():
        notification = (
            Notification.objects.select_for_update(skip_locked=True)
            .filter(pk=pk, sent_at__isnull=True)
            .first()
        )
        if notification is None:
            return "skipped"
        now = timezone.now()
        notification.attempts += 1
        notification.last_attempt_at = now
        recipients = notification.recipients()
        try:
            if not recipients:
                raise LookupError("no recipients")
            EmailMessage(
                notification.subject,
                notification.body,
                to=recipients,
                connection=connection,
                headers={"Message-ID": message_id(notification)},
                attachments=attachments_for(notification),
            ).send()
        except Exception as exc:
            # The exception's text may quote addresses or server replies: keep its kind.
            notification.last_error = type(exc).__name__[:100]
            notification.save(update_fields=["attempts", "last_attempt_at", "last_error"])
            logger.warning(
                "Notification %s not sent (%s); it stays queued.", pk, type(exc).__name__
            )
            return "failed" if isinstance(exc, LookupError) else "unreachable"
        _sent_unrecorded.add(pk)  # until the row says so (the database may go first)
        notification.sent_at = now
        notification.last_error = ""
        notification.save(update_fields=["attempts", "last_attempt_at", "last_error", "sent_at"])
    _sent_unrecorded.discard(pk)
    return "sent"


# Other outboxes the worker drains each round (an app's deliveries that are not staff
# emails, e.g. newsletter signups for the list provider): each a function returning
# (sent, failed), registered by its app (in AppConfig.ready()), run after the emails.
_other_outboxes = []


def register_outbox(send):
    """Have the notification worker call `send()` every round, after the emails."""
    if send not in _other_outboxes:
        _other_outboxes.append(send)


def send_other_outboxes():
    """Run every registered outbox; returns the (sent, failed) totals."""
    sent = failed = 0
    for send in _other_outboxes:
        done, missed = send()
        sent += done
        failed += missed
    return sent, failed


def unsent():
    return Notification.objects.filter(sent_at__isnull=True)


def overdue(minutes=None):
    """Unsent notifications older than NOTIFICATION_OVERDUE_MINUTES."""
    minutes = settings.NOTIFICATION_OVERDUE_MINUTES if minutes is None else minutes
    return unsent().filter(created_at__lt=timezone.now() - timedelta(minutes=minutes))


def unsent_refs(refs):
    """Which of these record refs still wait for their notification (one query)."""
    return set(unsent().filter(ref__in=list(refs)).values_list("ref", flat=True))
