"""The notification outbox: staff emails queued in the same transaction as the record
they announce, and sent by the worker (see notifications.py)."""

from django.contrib.auth import get_user_model
from django.db import models
from django.utils.translation import gettext_lazy as _


class Notification(models.Model):
    """One staff email waiting to be sent, or sent. It holds fixed text and an admin
    link only, never what a person wrote, so the table is safe to read and keep."""

    kind = models.CharField(max_length=60, help_text=_('What it announces, e.g. "intake.request".'))
    ref = models.CharField(
        max_length=100,
        blank=True,
        db_index=True,
        help_text=_("The record it announces, as app.model:id (no personal data)."),
    )
    subject = models.CharField(max_length=200)
    body = models.TextField()
    recipient_emails = models.TextField(
        blank=True, help_text=_("Staff addresses, comma-separated.")
    )
    recipient_group = models.CharField(
        max_length=150,
        blank=True,
        help_text=_("A staff group whose active members are also emailed."),
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    sent_at = models.DateTimeField(null=True, blank=True, db_index=True)
    attempts = models.PositiveIntegerField(default=0)
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField(
        max_length=100, blank=True, help_text=_("The kind of the last failure, never its text.")
    )

    class Meta:
        # Moved from the pages app: its label, table, content type and permissions stay.
        app_label = "pages"
        ordering = ["created_at"]
        verbose_name = _("staff notification")

    def __str__(self):
        return f"{self.kind} #{self.pk}"

    def recipients(self):
        emails = [e.strip() for e in self.recipient_emails.split(",") if e.strip()]
        if self.recipient_group:
            members = (
                get_user_model()
                .objects.filter(groups__name=self.recipient_group, is_active=True)
                .exclude(email="")
                .values_list("email", flat=True)
            )
            emails.extend(members)
        return list(dict.fromkeys(emails))
