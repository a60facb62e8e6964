"""The signatures a statement of support collects.

Privacy: a signer's email address is kept only to refuse a second signature and to
write back; it is never rendered on a public page and never put in a notification. No
IP address or other client detail is stored (the rate limit lives in the cache under an
HMAC, see idp_site/submissions/form_protection.py).
"""

import secrets

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, F, Q, Value, When
from django.db.models.functions import Concat, Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from idp_site.submissions.form_protection import OneTimeSubmissionModel

PROTECTION_SCOPE = "statement-of-support"


def normalize_email(value):
    """The form of an address used to refuse a second signature: trimmed, lowercased."""
    return (value or "").strip().lower()


def new_submission_token():
    # Rows staff add in the admin or the demo loader have no rendered form: any unique
    # value keeps OneTimeSubmissionModel's unique column satisfied.
    return "staff-" + secrets.token_urlsafe(24)


class SignatoryKind(models.TextChoices):
    ORGANIZATION = "organization", _("An organization")
    INDIVIDUAL = "individual", _("An individual")


class SignatoryStatus(models.TextChoices):
    PENDING = "pending", _("Pending review")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")
    SPAM = "spam", _("Suspected spam")


class Signatory(OneTimeSubmissionModel):
    """One signature on a statement of support, by an organization or an individual.
    It starts pending; staff approve or reject it. Only approved signatures whose
    signer agreed to be listed appear on the public page, and never the email."""

    submission_token = models.CharField(
        max_length=64, unique=True, editable=False, default=new_submission_token
    )
    statement = models.ForeignKey(
        "campaigns.StatementOfSupportPage",
        on_delete=models.CASCADE,
        related_name="signatories",
        help_text=_("The statement this signature supports."),
    )
    kind = models.CharField(
        max_length=20,
        choices=SignatoryKind.choices,
        default=SignatoryKind.ORGANIZATION,
        help_text=_("Whether an organization or a person signed."),
    )
    organization_name = models.CharField(
        max_length=200,
        blank=True,
        help_text=_("Required for an organization; for a person, an affiliation (optional)."),
    )
    contact_name = models.CharField(
        max_length=150,
        help_text=_("The person who signed (for an organization, its contact)."),
    )
    email = models.EmailField(
        max_length=254, help_text=_("Private: never shown on the site. For staff only.")
    )
    email_normalized = models.CharField(max_length=254, editable=False)
    city = models.CharField(max_length=100, help_text=_("City or borough."))
    title = models.CharField(
        max_length=150, blank=True, help_text=_("Optional title or role, e.g. Executive Director.")
    )
    consent_to_list = models.BooleanField(
        default=False,
        verbose_name=_("listed publicly"),
        help_text=_("The signer agreed to be listed on the public page."),
    )
    acknowledged = models.BooleanField(
        default=False, help_text=_("The signer ticked the statement's acknowledgement.")
    )
    status = models.CharField(
        max_length=10,
        choices=SignatoryStatus.choices,
        default=SignatoryStatus.PENDING,
        db_index=True,
        help_text=_("Only approved signatures are published."),
    )
    spam_reasons = models.CharField(
        max_length=100,
        blank=True,
        help_text=_("Why it was flagged as suspected spam (honeypot, too_fast)."),
    )
    # The public list's order (organizations first, then people, each by name without
    # regard to case), kept by the database so that the list can be read, a page at a
    # time, through an index (see `approved_signers`), whatever wrote the row.
    list_key = models.GeneratedField(
        expression=Concat(
            Case(When(kind=SignatoryKind.ORGANIZATION, then=Value("0")), default=Value("1")),
            Lower(
                Case(
                    When(kind=SignatoryKind.ORGANIZATION, then=F("organization_name")),
                    default=F("contact_name"),
                )
            ),
        ),
        output_field=models.CharField(max_length=201),
        db_persist=True,
        editable=False,
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False, db_index=True)
    updated_at = models.DateTimeField(
        auto_now=True, help_text=_("When staff or the signer last changed this signature.")
    )

    panels = [
        FieldPanel("status"),
        FieldPanel("statement"),
        FieldPanel("kind"),
        FieldPanel("organization_name"),
        FieldPanel("contact_name"),
        FieldPanel("title"),
        FieldPanel("city"),
        FieldPanel("email"),
        FieldPanel("consent_to_list"),
        FieldPanel("acknowledged"),
        FieldPanel("spam_reasons", read_only=True),
    ]

    class Meta:
        ordering = ["-created_at"]
        # "Signatures" in the admin menu, messages and export: one name per thing.
        verbose_name = _("signature")
        verbose_name_plural = _("signatures")
        constraints = [
            models.UniqueConstraint(
                fields=["statement", "email_normalized"], name="one_signature_per_email"
            )
        ]
        indexes = [
            models.Index(fields=["statement", "status", "kind"]),
            models.Index(
                fields=["statement", "list_key", "id"],
                condition=Q(status=SignatoryStatus.APPROVED, consent_to_list=True),
                name="signatory_public_list",
            ),
        ]

    def __str__(self):
        return self.public_name

    @property
    def public_name(self):
        if self.kind == SignatoryKind.ORGANIZATION:
            return self.organization_name or self.contact_name
        return self.contact_name

    def clean(self):
        super().clean()
        if self.kind == SignatoryKind.ORGANIZATION and not self.organization_name.strip():
            raise ValidationError(
                {
                    "organization_name": ValidationError(
                        _("Enter the organization's name, or choose to sign as an individual."),
                        code="organization_required",
                    )
                }
            )
        normalized = normalize_email(self.email)
        if (
            self.statement_id
            and normalized
            and Signatory.objects.filter(
                statement_id=self.statement_id, email_normalized=normalized
            )
            .exclude(pk=self.pk)
            .exists()
        ):
            raise ValidationError(
                {"email": _("Someone with this email address already signed this statement.")}
            )

    def save(self, *args, **kwargs):
        self.email_normalized = normalize_email(self.email)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "email" in update_fields:
            kwargs["update_fields"] = {*update_fields, "email_normalized"}
        super().save(*args, **kwargs)
