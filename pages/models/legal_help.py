"""Legal help: the pages where people ask for a callback and attorneys ask a question,
the encrypted records those forms create, and the audit trail of who read them.

Privacy rules (shared/docs/intake-and-privacy.md): contact details and free text are
encrypted at rest; no IP address is stored; only members of the Intake group read the
records (pages/intake_admin.py); every access is audited without field values;
records are hard-deleted after the periods in settings.INTAKE_RETENTION_DAYS.
"""

import uuid

from django.conf import settings
from django.db import models
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language, gettext, override
from django.utils.translation import gettext_lazy as _
from django.views.decorators.debug import sensitive_variables
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from pages.encryption import EncryptedTextField
from pages.form_protection import OneTimeSubmissionModel, RateLimit, save_once
from pages.roles import INTAKE as INTAKE_GROUP

from .base import BasePage

SIMPLE_RICH_TEXT = ["bold", "italic", "link", "ol", "ul"]


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


# ---------------------------------------------------------------------------- records


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
    #: Name of the admin URL kind (pages/intake_admin.py).
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

    name = EncryptedTextField(blank=True, help_text=_("A name to use; a nickname is fine."))
    phone = EncryptedTextField(blank=True)
    email = EncryptedTextField(blank=True)
    safe_to_leave_message = models.CharField(
        max_length=10, choices=SafeToLeaveMessage.choices, default=SafeToLeaveMessage.NO
    )
    best_times = EncryptedTextField(blank=True, help_text=_("Best times to call."))
    language = models.CharField(
        max_length=10, choices=Language.choices, default=Language.ENGLISH, db_index=True
    )
    language_other = EncryptedTextField(blank=True, help_text=_("When another language."))
    who_needs_help = models.CharField(max_length=20, choices=WhoNeedsHelp.choices)
    urgency = models.CharField(max_length=20, choices=Urgency.choices, db_index=True)
    message = EncryptedTextField(blank=True)
    acknowledged = models.BooleanField(
        default=False, help_text=_("The person ticked the notice about how the form is used.")
    )

    encrypted_fields = ("name", "phone", "email", "best_times", "language_other", "message")
    admin_kind = "requests"

    class Meta(HelpRecord.Meta):
        verbose_name = _("legal-help request")
        verbose_name_plural = _("legal-help requests")


class AttorneyQuestion(HelpRecord):
    """A defense attorney's question about the immigration consequences of a client's
    case (the attorney form). The client is never named."""

    name = EncryptedTextField()
    organization = EncryptedTextField(help_text=_("Office or organization."))
    phone = EncryptedTextField(blank=True)
    email = EncryptedTextField(blank=True)
    question = EncryptedTextField()
    acknowledged = models.BooleanField(default=False)

    encrypted_fields = ("name", "organization", "phone", "email", "question")
    admin_kind = "attorney"

    class Meta(HelpRecord.Meta):
        verbose_name = _("attorney question")
        verbose_name_plural = _("attorney questions")


class IntakeAuditEntry(models.Model):
    """Who looked at or changed which help record, and when. Never holds field values,
    so it can be kept longer than the records and read by auditors."""

    class Action(models.TextChoices):
        LIST = "list", _("Listed")
        VIEW = "view", _("Viewed")
        CHANGE = "change", _("Changed")
        EXPORT = "export", _("Exported")
        DELETE = "delete", _("Deleted")
        PURGE = "purge", _("Deleted by retention")
        DENIED = "denied", _("Refused access")
        JOINED = "joined", _("Added to the Intake group")
        LEFT = "left", _("Removed from the Intake group")

    at = models.DateTimeField(default=timezone.now, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    username = models.CharField(max_length=150, blank=True, help_text=_("Kept if the user goes."))
    action = models.CharField(max_length=10, choices=Action.choices)
    record_kind = models.CharField(max_length=20, blank=True)
    record_id = models.UUIDField(null=True, blank=True, db_index=True)
    member = models.CharField(
        max_length=150, blank=True, help_text=_("Whose Intake group membership changed.")
    )

    class Meta:
        ordering = ["-at"]
        verbose_name = _("intake audit entry")
        verbose_name_plural = _("intake audit entries")

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.username} {self.action} {self.record_id or ''}"

    @classmethod
    def record(cls, user, action, record=None, kind=""):
        return cls.objects.create(
            user=user if user is not None and user.is_authenticated else None,
            username=getattr(user, "username", "") or "",
            action=action,
            record_kind=getattr(record, "admin_kind", kind) if record is not None else kind,
            record_id=record.pk if record is not None else None,
        )


# ------------------------------------------------------------------------------ pages


def no_store(response):
    """Help pages and their confirmations must not be kept by browsers or proxies."""
    patch_cache_control(response, no_store=True, private=True)
    return response


def too_many_requests(request):
    response = render(request, "429.html", status=429)
    response["Retry-After"] = str(settings.FORM_PROTECTION["RATE_PERIOD_SECONDS"])
    return no_store(response)


class HelpFormPage(RoutablePageMixin, BasePage):
    """Shared behaviour of the two help pages: the protected form at the page's URL and
    a confirmation at ./thanks/ (nothing personal in either URL)."""

    form_class_path = ""
    record_model = None
    protection_scope = ""
    notification_kind = ""
    # Never in the page cache or a CDN: the pages carry a form and a one-time token.
    cache_public = False

    parent_page_types = ["pages.HomePage", "pages.StandardPage"]
    subpage_types = []

    class Meta:
        abstract = True

    def get_form_class(self):
        from pages import intake_forms

        return getattr(intake_forms, self.form_class_path)

    def serve(self, request, *args, **kwargs):
        # Whatever fails below, error reports must not carry what was posted.
        request.sensitive_post_parameters = "__ALL__"
        return no_store(super().serve(request, *args, **kwargs))

    @path("")
    @sensitive_variables()  # every frame below this one is hidden from error reports
    def form_view(self, request):
        form_class = self.get_form_class()
        if request.method == "POST":
            if RateLimit(self.protection_scope).exceeded(request):
                return too_many_requests(request)
            form = form_class(request.POST)
            if form.is_valid():
                self.store(form)
                from pages.i18n import switch_language_in_path  # imports Wagtail's views

                # In the reader's language: under /es/, an untranslated help page is the
                # English page, whose own URL would switch the reader to English.
                thanks = switch_language_in_path(
                    self.url + self.reverse_subpage("thanks"), get_language()
                )
                response = HttpResponseRedirect(thanks)
                response.status_code = 303  # See Other: reloading does not post again
                return response
        else:
            form = form_class()
        return self.render(request, context_overrides={"form": form})

    @path("thanks/", name="thanks")
    def thanks_view(self, request):
        return self.render(
            request,
            template=self.get_template(request).replace(".html", "_thanks.html"),
        )

    @sensitive_variables()
    def store(self, form):
        """Save the record (committed before anything else) and queue the staff
        notification in the same transaction, unless it looks like spam. A repeat of
        the same rendered form returns the first record."""
        fields = form.record_fields()
        if form.spam_reasons:
            fields["status"] = Status.SPAM
            fields["spam_reasons"] = ",".join(form.spam_reasons)
        on_create = None if form.spam_reasons else self.notify
        record, _created = save_once(self.record_model, form.submission_token, fields, on_create)
        return record

    def notify(self, record):
        from pages import notifications

        # Staff read the admin in the site's default language, whatever the page's.
        with override(settings.LANGUAGE_CODE):
            subject = gettext("New %(kind)s on the website") % {"kind": record._meta.verbose_name}
            body = gettext(
                "A new %(kind)s is waiting for the Intake team. Open it in the admin "
                "(sign-in needed):\n\n{link}\n\nThis email never contains what was written."
            ) % {"kind": record._meta.verbose_name}
        emails = settings.INTAKE_NOTIFICATION_EMAILS
        notifications.queue(
            self.notification_kind,
            subject=subject,
            body=body,
            link=record.admin_path(),
            ref=notifications.ref_for(record),
            emails=emails,
            group="" if emails else INTAKE_GROUP,
        )


class LegalHelpPage(HelpFormPage):
    """Where someone facing detention or deportation, or their family, asks the legal
    team for a safe callback. Serves the intake form and its confirmation."""

    intro = RichTextField(
        features=SIMPLE_RICH_TEXT,
        help_text=_("Who this form is for and what happens after it is sent."),
    )
    hotline_text = models.TextField(
        blank=True,
        help_text=_("Hotline hours and languages. The number itself comes from Site settings."),
    )
    next_steps = RichTextField(
        features=SIMPLE_RICH_TEXT,
        blank=True,
        help_text=_("Shown on the confirmation page: what happens next."),
    )

    form_class_path = "IntakeForm"
    record_model = IntakeRequest
    protection_scope = "legal-help"
    notification_kind = "intake.request"

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("hotline_text"),
        FieldPanel("next_steps"),
    ]

    class Meta:
        verbose_name = _("legal help page")


class AttorneyHelpPage(HelpFormPage):
    """Where defense attorneys ask about the immigration consequences of a client's
    case. Serves the attorney question form and its confirmation."""

    intro = RichTextField(
        features=SIMPLE_RICH_TEXT,
        help_text=_("What attorneys can ask and how quickly they can expect an answer."),
    )
    hotline_text = models.TextField(
        blank=True,
        help_text=_("How attorneys can call instead. The number comes from Site settings."),
    )
    next_steps = RichTextField(
        features=SIMPLE_RICH_TEXT,
        blank=True,
        help_text=_("Shown on the confirmation page: what happens next."),
    )

    form_class_path = "AttorneyQuestionForm"
    record_model = AttorneyQuestion
    protection_scope = "attorney-help"
    notification_kind = "intake.attorney"

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("hotline_text"),
        FieldPanel("next_steps"),
    ]

    class Meta:
        verbose_name = _("attorney help page")
