"""The encrypted records the two help forms create.

Privacy rules (shared/docs/intake-and-privacy.md): contact details and free text are
encrypted at rest; no IP address is stored; only members of the Intake group read the
records (pages/intake/views.py); records are hard-deleted after the periods in
settings.INTAKE_RETENTION_DAYS (purge_intake).

The models' app label is the room's ("intake"); their tables keep the names they were
created with under "pages" (db_table), and intake's first migration moved their content
types, so permissions, revisions and log entries followed them.
"""

import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from idp_site.submissions.form_protection import OneTimeSubmissionModel
from pages.intake.encryption import EncryptedTextField


class Status(models.TextChoices):
    NEW = "new", _("New")
    CONTACTED = "contacted", _("Contacted")
    REFERRED = "referred", _("Referred")
    CLOSED = "closed", _("Closed")
    SPAM = "spam", _("Suspected spam")


class Urgency(models.TextChoices):
    DETAINED = "detained", _("Someone is detained now")
    COURT_SOON = "court_soon", _("A court date within 14 days")
    OTHER = "other", _("Something else")


class WhoNeedsHelp(models.TextChoices):
    SELF = "self", _("Me")
    FAMILY_FRIEND = "family_friend", _("A family member or friend")
    ATTORNEY = "attorney", _("I am an attorney asking about a client")


class SafeToLeaveMessage(models.TextChoices):
    YES = "yes", _("Yes, a voicemail or text message is safe")
    NO = "no", _("No, do not leave a voicemail or send a text")


class Language(models.TextChoices):
    # Names in their own language, so a reader finds theirs whatever the page language.
    ENGLISH = "en", "English"
    SPANISH = "es", "Español"
    HAITIAN_CREOLE = "ht", "Kreyòl ayisyen"
    FRENCH = "fr", "Français"
    CHINESE = "zh", "中文"
    BENGALI = "bn", "বাংলা"
    ARABIC = "ar", "العربية"
    RUSSIAN = "ru", "Русский"
    OTHER = "other", _("Another language")


class HelpRecord(OneTimeSubmissionModel):
    """What every help request shares: an unguessable id, triage status, assignee and
    spam flags. No IP address, user agent or other client detail is ever stored."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False, db_index=True)
    status = models.CharField(
        max_length=20, choices=Status.choices, default=Status.NEW, db_index=True
    )
    status_changed_at = models.DateTimeField(
        default=timezone.now,
        help_text=_("When the status last changed; retention counts from here."),
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The Intake team member following this up."),
    )
    spam_reasons = models.CharField(
        max_length=100,
        blank=True,
        help_text=_("Why it was flagged as suspected spam (honeypot, too_fast)."),
    )

    #: Encrypted fields: loaded only where a record is shown in full.
    encrypted_fields = ()
    #: Name of the admin URL kind (pages/intake/views.py).
    admin_kind = ""

    class Meta:
        abstract = True
        ordering = ["-created_at"]

    def __str__(self):
        # Never personal data: this appears in logs and error reports.
        return f"{self._meta.verbose_name} {str(self.pk)[:8]}"

    def admin_path(self):
        return reverse("intake:detail", args=[self.admin_kind, self.pk])


class IntakeRequest(HelpRecord):
    """A person asking for a callback from the legal team (the legal-help form). Only
    the minimum needed to call back safely: no identity numbers, status, address,
    charges or names of others."""

    name = EncryptedTextField(
        blank=True, max_length=100, help_text=_("A name to use; a nickname is fine.")
    )
    phone = EncryptedTextField(blank=True, max_length=30)
    email = EncryptedTextField(blank=True, max_length=254)
    safe_to_leave_message = models.CharField(
        max_length=10, choices=SafeToLeaveMessage.choices, default=SafeToLeaveMessage.NO
    )
    best_times = EncryptedTextField(blank=True, max_length=200, help_text=_("Best times to call."))
    language = models.CharField(
        max_length=10, choices=Language.choices, default=Language.ENGLISH, db_index=True
    )
    language_other = EncryptedTextField(
        blank=True, max_length=60, help_text=_("When another language.")
    )
    who_needs_help = models.CharField(max_length=20, choices=WhoNeedsHelp.choices)
    urgency = models.CharField(max_length=20, choices=Urgency.choices, db_index=True)
    message = EncryptedTextField(blank=True, max_length=1000)
    acknowledged = models.BooleanField(
        default=False, help_text=_("The person ticked the notice about how the form is used.")
    )

    encrypted_fields = ("name", "phone", "email", "best_times", "language_other", "message")
    admin_kind = "requests"

    class Meta(HelpRecord.Meta):
        db_table = "pages_intakerequest"  # the table predates the room
        verbose_name = _("legal-help request")
        verbose_name_plural = _("legal-help requests")


class AttorneyQuestion(HelpRecord):
    """A defense attorney's question about the immigration consequences of a client's
    case (the attorney form). The client is never named."""

    name = EncryptedTextField(max_length=150)
    organization = EncryptedTextField(max_length=200, help_text=_("Office or organization."))
    phone = EncryptedTextField(blank=True, max_length=30)
    email = EncryptedTextField(blank=True, max_length=254)
    question = EncryptedTextField(max_length=2000)
    acknowledged = models.BooleanField(default=False)

    encrypted_fields = ("name", "organization", "phone", "email", "question")
    admin_kind = "attorney"

    class Meta(HelpRecord.Meta):
        db_table = "pages_attorneyquestion"  # the table predates the room
        verbose_name = _("attorney question")
        verbose_name_plural = _("attorney questions")
