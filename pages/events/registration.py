"""Registering for an event, cancelling, and the waitlist.

Capacity is decided with the event's row locked (SELECT ... FOR UPDATE), in the same
transaction that stores the registration and queues its email, so registrations sent at
the same moment are counted one after the other: never more confirmed than places, and
none lost. A second registration with the same address stores nothing and sends
nothing; the view answers every case alike, so nobody learns whether an address is
registered.

A cancel link carries a signed token (the registration's number and a random key),
nothing personal. Cancelling a confirmed place confirms the first person waiting, under
the same lock, and queues their email under a key of its own (`ref`): a repeated cancel
or a retried request never queues it twice, and the outbox's worker sends each row once
(with the same Message-ID on a resend after a crash, see notifications.py).

Registrant data never goes to a log: failures are logged by kind only.
"""

import secrets

from django.db import models, transaction
from django.utils import timezone, translation
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from idp_site.submissions import notifications
from idp_site.submissions.form_protection import OneTimeSubmissionModel, insert_unless_conflict
from idp_site.submissions.models import Notification
from pages.events.calendars import event_calendar
from pages.events.times import session_label

CANCEL_SALT = "events.cancel"
CONFIRMED_KIND = "events.confirmed"
PROMOTED_KIND = "events.promoted"
WAITLISTED_KIND = "events.waitlisted"
CANCELLED_KIND = "events.cancelled"


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    WAITLISTED = "waitlisted", _("Waitlisted")
    CANCELLED = "cancelled", _("Cancelled")
    SPAM = "spam", _("Suspected spam")


def normalize_email(value):
    """The form of an address used to refuse a second registration."""
    return (value or "").strip().lower()


def new_cancel_key():
    return secrets.token_urlsafe(18)


def new_submission_token():
    return "staff-" + secrets.token_urlsafe(24)


class Registration(OneTimeSubmissionModel):
    """One person's registration for an event: confirmed, on the waitlist (in the
    order people registered) or cancelled. Personal data, deleted a set number of days
    after the event (`purge_registrations`)."""

    submission_token = models.CharField(
        max_length=64, unique=True, editable=False, default=new_submission_token
    )
    event = models.ForeignKey(
        "events.EventPage", on_delete=models.CASCADE, related_name="registrations"
    )
    name = models.CharField(max_length=150)
    email = models.EmailField(max_length=254)
    email_normalized = models.CharField(max_length=254, editable=False)
    organization = models.CharField(max_length=200, blank=True)
    access_needs = models.TextField(
        blank=True,
        verbose_name=_("access or interpretation needs"),
        help_text=_("What the registrant asked for, e.g. interpretation or captions."),
    )
    status = models.CharField(
        max_length=12,
        choices=RegistrationStatus.choices,
        default=RegistrationStatus.CONFIRMED,
        db_index=True,
    )
    spam_reasons = models.CharField(max_length=100, blank=True)
    #: The random part of the private cancel link (signed, see registration.py).
    cancel_key = models.CharField(max_length=32, default=new_cancel_key, editable=False)
    language = models.CharField(max_length=5, default="en", editable=False)
    created_at = models.DateTimeField(default=timezone.now, db_index=True, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    invalidates_page_cache = False

    panels = [
        FieldPanel("status"),
        FieldPanel("name"),
        FieldPanel("email"),
        FieldPanel("organization"),
        FieldPanel("access_needs"),
    ]

    class Meta:
        ordering = ["event", "created_at", "pk"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        constraints = [
            models.UniqueConstraint(
                fields=["event", "email_normalized"], name="one_registration_per_email"
            )
        ]
        indexes = [models.Index(fields=["event", "status", "created_at"])]

    def __str__(self):
        # Not the name: Wagtail's history of changes records this label.
        return f"#{self.pk}"

    def save(self, *args, **kwargs):
        self.email_normalized = normalize_email(self.email)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "email" in update_fields:
            kwargs["update_fields"] = {*update_fields, "email_normalized"}
        super().save(*args, **kwargs)


class RegistrationClosed(Exception):
    """Registration closed between showing the form and sending it."""


def _cancel_mac(pk, key):
    return salted_hmac(CANCEL_SALT, f"{pk}:{key}", algorithm="sha256").hexdigest()[:40]


def cancel_token(registration):
    """ "<number>-<mac>": the registration's number and a keyed hash of its random key,
    nothing personal, and only characters a page address can carry."""
    return f"{registration.pk}-{_cancel_mac(registration.pk, registration.cancel_key)}"


def registration_for_token(token):
    """The registration a cancel token names, or None (forged, or deleted since)."""
    number, _sep, mac = (token or "").partition("-")
    if not number.isdigit() or not mac:
        return None
    registration = Registration.objects.filter(pk=int(number)).first()
    if registration is None:
        return None
    if not constant_time_compare(mac, _cancel_mac(registration.pk, registration.cancel_key)):
        return None
    return registration


def _locked(event_id):
    """The event, its row locked until the transaction ends (only the event's own
    table: publishing the page elsewhere is not held up)."""
    event_model = Registration._meta.get_field("event").related_model
    return event_model.objects.select_for_update(of=("self",)).get(pk=event_id)


def confirmed_count(event_id):
    return Registration.objects.filter(
        event_id=event_id, status=RegistrationStatus.CONFIRMED
    ).count()


def _status_for(event):
    if event.capacity is None or confirmed_count(event.pk) < event.capacity:
        return RegistrationStatus.CONFIRMED
    return RegistrationStatus.WAITLISTED


def register(event, form, language="en"):
    """Store a registration for `event` (the registration event, see
    `EventPage.registration_event`) from a valid form; returns the registration or None
    when nothing new was stored (the same form again, an address already registered).
    Raises RegistrationClosed when registration has closed."""
    fields = form.record_fields()
    fields.update(
        event_id=event.pk,
        email_normalized=normalize_email(fields["email"]),
        language=language,
    )
    if form.spam_reasons:
        fields.update(status=RegistrationStatus.SPAM, spam_reasons=",".join(form.spam_reasons))
    with transaction.atomic():
        locked = _locked(event.pk)
        if not locked.registration_is_open():
            raise RegistrationClosed
        if fields.get("status") != RegistrationStatus.SPAM:
            fields["status"] = _status_for(locked)
        record = Registration(submission_token=form.submission_token, **fields)
        if not insert_unless_conflict(record):
            return None
        if record.status == RegistrationStatus.CONFIRMED:
            queue_email(record, CONFIRMED_KIND, locked)
        elif record.status == RegistrationStatus.WAITLISTED:
            queue_email(record, WAITLISTED_KIND, locked)
    return record


def cancel(registration):
    """Cancel `registration`; a confirmed place goes to the first person waiting.
    Returns False when it was cancelled already."""
    with transaction.atomic():
        event = _locked(registration.event_id)
        current = Registration.objects.select_for_update().get(pk=registration.pk)
        if current.status == RegistrationStatus.CANCELLED:
            return False
        freed = current.status == RegistrationStatus.CONFIRMED
        current.status = RegistrationStatus.CANCELLED
        current.save(update_fields=["status", "updated_at"])
        queue_email(current, CANCELLED_KIND, event)
        if freed:
            promote_waiting(event)
    return True


def waitlist(event_id):
    return Registration.objects.filter(
        event_id=event_id, status=RegistrationStatus.WAITLISTED
    ).order_by("created_at", "pk")


def promote_waiting(event):
    """Confirm people waiting, first come first served, while places are free. Call
    with the event locked (`_locked`)."""
    promoted = []
    free = None if event.capacity is None else event.capacity - confirmed_count(event.pk)
    for waiting in waitlist(event.pk).select_for_update():
        if free is not None and free <= 0:
            break
        waiting.status = RegistrationStatus.CONFIRMED
        waiting.save(update_fields=["status", "updated_at"])
        queue_email(waiting, PROMOTED_KIND, event)
        promoted.append(waiting)
        free = None if free is None else free - 1
    return promoted


def email_ref(registration, kind):
    return f"{notifications.ref_for(registration)}:{kind}"


def queue_email(registration, kind, event):
    """Queue the registrant's email of `kind` once: a row with its ref already queued
    (or sent) is not queued again."""
    ref = email_ref(registration, kind)
    if Notification.objects.filter(ref=ref).exists():
        return None
    with translation.override(registration.language or "en"):
        subject, body = _message(registration, kind, event)
    return notifications.queue(
        kind, subject=subject, body=body, ref=ref, emails=[registration.email]
    )


SUBJECTS = {
    CONFIRMED_KIND: lambda: gettext("You are registered: %(title)s"),
    PROMOTED_KIND: lambda: gettext("A place opened up: you are registered for %(title)s"),
    WAITLISTED_KIND: lambda: gettext("You are on the waitlist: %(title)s"),
    CANCELLED_KIND: lambda: gettext("Registration cancelled: %(title)s"),
}

OPENINGS = {
    CONFIRMED_KIND: lambda: gettext(
        "Thank you for registering. Your place is confirmed. The calendar file attached "
        "adds the event to your calendar."
    ),
    PROMOTED_KIND: lambda: gettext(
        "A place opened up and it is yours: your registration is confirmed. The calendar "
        "file attached adds the event to your calendar."
    ),
    WAITLISTED_KIND: lambda: gettext(
        "Thank you for registering. The event is full, so you are on the waitlist. If a "
        "place opens up, it goes to the first person waiting and we email you."
    ),
    CANCELLED_KIND: lambda: gettext(
        "Your registration is cancelled. Thank you for letting us know."
    ),
}


def _message(registration, kind, event):
    url = event.get_full_url()
    lines = [OPENINGS[kind](), "", event.title]
    lines += [session_label(s.start, s.end) for s in event.session_list]
    lines.append(url)
    if kind in (CONFIRMED_KIND, PROMOTED_KIND) and event.online and event.join_link:
        lines += ["", gettext("Join online (this link is for you only):"), event.join_link]
    if kind != CANCELLED_KIND:
        cancel_url = url + event.reverse_subpage("cancel", args=[cancel_token(registration)])
        lines += ["", gettext("Cannot come? Cancel here so someone else can take your place:")]
        lines.append(cancel_url)
    subject = SUBJECTS[kind]() % {"title": event.title}
    return subject, "\n".join(str(line) for line in lines)


def calendar_attachment(notification):
    """The registrant's calendar file (with the join link) for a confirmation."""
    try:
        pk = int(notification.ref.split(":")[1])
    except (IndexError, ValueError):
        return []
    registration = Registration.objects.select_related("event").filter(pk=pk).first()
    if registration is None or registration.status != RegistrationStatus.CONFIRMED:
        return []
    event = registration.event
    content = event_calendar(event, event.get_full_url(), join_link=True)
    return [("event.ics", content, "text/calendar; charset=utf-8")]
