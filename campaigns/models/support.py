"""Statements of support: a campaign's statement that organizations and people sign
publicly, the signatures they send, and the public list that is itself the message.

Privacy: a signer's email address is kept only to refuse a second signature and to
write back; it is never rendered on a public page and never put in a notification. No
IP address or other client detail is stored (the rate limit lives in the cache under an
HMAC, see pages/form_protection.py).
"""

import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import IntegrityError, models, transaction
from django.db.models import Case, Count, IntegerField, Max, Q, Value, When
from django.db.models.functions import Lower
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import get_language, gettext, override
from django.utils.translation import gettext_lazy as _
from django.views.decorators.debug import sensitive_variables
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page
from wagtail.search import index

from pages.blocks import BodyBlock
from pages.cache import cached_derived, data_version, touch_data_version
from pages.form_protection import OneTimeSubmissionModel, RateLimit, save_once
from pages.i18n import switch_language_in_path
from pages.models.base import BasePage
from pages.models.legal_help import SIMPLE_RICH_TEXT, no_store, too_many_requests
from pages.roles import COMMUNICATIONS

#: Signers shown per page of the public list: a fixed number of rows per request,
#: however many thousands have signed.
SIGNERS_PER_PAGE = 500
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


class StatementOfSupportPage(RoutablePageMixin, BasePage):
    """A campaign's statement of support: the text organizations and people sign, the
    sign-on form, and the public list of approved signers who agreed to be listed.
    Serves the form at its URL, a confirmation at ./thanks/ and a polite "already
    signed" answer at ./already-signed/ (nothing personal in any URL)."""

    statement = StreamField(
        BodyBlock(), help_text=_("The statement itself, as signers will endorse it.")
    )
    sign_on_intro = RichTextField(
        features=SIMPLE_RICH_TEXT,
        blank=True,
        help_text=_("Above the form: who may sign and what happens after signing."),
    )
    acknowledgement_text = models.CharField(
        max_length=300,
        default=_(
            "I have read the statement and I am authorized to sign it (for an "
            "organization: on its behalf)."
        ),
        help_text=_("The box every signer must tick. Keep it to one sentence."),
    )
    thanks_text = RichTextField(
        features=SIMPLE_RICH_TEXT,
        blank=True,
        help_text=_("Shown after signing: what happens next (e.g. review within a week)."),
    )
    signing_open = models.BooleanField(
        default=True,
        help_text=_("Untick to close the form; the statement and its signers stay visible."),
    )

    #: The full-page cache must never keep this page: it carries a one-time form token
    #: and sets the CSRF cookie.
    cache_public = False

    parent_page_types = ["campaigns.CampaignPage"]
    subpage_types = []

    content_panels = Page.content_panels + [
        FieldPanel("statement"),
        MultiFieldPanel(
            [
                FieldPanel("signing_open"),
                FieldPanel("sign_on_intro"),
                FieldPanel("acknowledgement_text"),
                FieldPanel("thanks_text"),
            ],
            heading=_("Signing"),
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("statement")]

    class Meta:
        verbose_name = _("statement of support page")

    # ------------------------------------------------------------------ public list

    @cached_property
    def signed_statement(self):
        """The statement signatures belong to: its page in the default language. One
        statement read in two languages has one list of signers, whichever language
        they signed in."""
        if self.locale_id == Locale.get_default().pk:
            return self
        original = StatementOfSupportPage.objects.filter(
            translation_key=self.translation_key, locale_id=Locale.get_default().pk
        ).first()
        return original or self

    def approved_signers(self):
        """Approved signers who agreed to be listed: organizations first, each group
        alphabetical (case-insensitive)."""
        return (
            Signatory.objects.filter(
                statement=self.signed_statement,
                status=SignatoryStatus.APPROVED,
                consent_to_list=True,
            )
            .annotate(
                kind_order=Case(
                    When(kind=SignatoryKind.ORGANIZATION, then=Value(0)),
                    default=Value(1),
                    output_field=IntegerField(),
                ),
                sort_name=Case(
                    When(kind=SignatoryKind.ORGANIZATION, then=Lower("organization_name")),
                    default=Lower("contact_name"),
                ),
            )
            .order_by("kind_order", "sort_name", "pk")
            .only("kind", "organization_name", "contact_name", "title", "city", "statement_id")
        )

    def signer_counts(self):
        """{"organizations": n, "individuals": n, "total": n, "changed": datetime}.
        "changed" is the latest change to a listed signer: with the total, it versions
        the rendered list (any approval, edit or removal changes one of them). Counted
        in one query, then kept until a signature of this statement is saved or
        deleted (see `signers_changed`)."""
        statement_id = self.signed_statement.pk
        version = data_version(signers_data_name(statement_id))
        if version is None:
            return self._count_signers()
        return cached_derived(f"signer-counts:{statement_id}:{version}", self._count_signers)

    def _count_signers(self):
        listed = Q(status=SignatoryStatus.APPROVED, consent_to_list=True)
        counts = Signatory.objects.filter(listed, statement=self.signed_statement).aggregate(
            organizations=Count("pk", filter=Q(kind=SignatoryKind.ORGANIZATION)),
            individuals=Count("pk", filter=Q(kind=SignatoryKind.INDIVIDUAL)),
            changed=Max("updated_at"),
        )
        counts["total"] = counts["organizations"] + counts["individuals"]
        return counts

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        counts = self.signer_counts()
        paginator = Paginator(self.approved_signers(), SIGNERS_PER_PAGE)
        paginator.count = counts["total"]  # already counted: saves a query
        page_obj = paginator.get_page(request.GET.get("page"))
        context.update(counts=counts, page_obj=page_obj, signers=SignerList(page_obj))
        return context

    # ------------------------------------------------------------------ signing

    def serve(self, request, *args, **kwargs):
        # Error reports must not carry what was posted; browsers and proxies must not
        # keep a page holding a one-time token (a reused token would be taken for a
        # repeat of the first signature).
        request.sensitive_post_parameters = "__ALL__"
        return no_store(super().serve(request, *args, **kwargs))

    def _redirect(self, name):
        # In the reader's language: under /es/, an untranslated statement is the English
        # page, whose own address would switch the reader to English.
        url = switch_language_in_path(self.url + self.reverse_subpage(name), get_language())
        response = HttpResponseRedirect(url)
        response.status_code = 303  # See Other: reloading does not post again
        return response

    @path("")
    @sensitive_variables()
    def form_view(self, request):
        from campaigns.forms import SignatoryForm

        form = None
        if self.signing_open:
            if request.method == "POST":
                if RateLimit(PROTECTION_SCOPE).exceeded(request):
                    return too_many_requests(request)
                form = SignatoryForm(request.POST, page=self)
                if form.is_valid():
                    _record, created = self.store(form)
                    return self._redirect("thanks" if created else "already_signed")
            else:
                form = SignatoryForm(page=self)
        return self.render(request, context_overrides={"form": form})

    @path("thanks/", name="thanks")
    def thanks_view(self, request):
        return self.render(
            request,
            template="campaigns/statement_of_support_page_thanks.html",
            context_overrides={"already_signed": False},
        )

    @path("already-signed/", name="already_signed")
    def already_signed_view(self, request):
        return self.render(
            request,
            template="campaigns/statement_of_support_page_thanks.html",
            context_overrides={"already_signed": True},
        )

    @sensitive_variables()
    def store(self, form):
        """Save the signature with its notification in one transaction, unless this
        address already signed this statement; returns (record, created).

        A repeat of the same rendered form (a double click) returns the first record
        as created, so the signer sees the normal confirmation. Another form with an
        address that already signed stores nothing: created is False."""
        fields = form.record_fields()
        fields["statement"] = self.signed_statement
        if Signatory.objects.filter(
            statement=self.signed_statement, email_normalized=fields["email_normalized"]
        ).exists():
            existing = Signatory.objects.filter(submission_token=form.submission_token).first()
            return existing, existing is not None
        if form.spam_reasons:
            fields["status"] = SignatoryStatus.SPAM
            fields["spam_reasons"] = ",".join(form.spam_reasons)
        on_create = None if form.spam_reasons else self.notify
        try:
            record, _created = save_once(Signatory, form.submission_token, fields, on_create)
        except IntegrityError:
            # The same address from another form committed first (two tabs, two
            # clicks on two renderings): the unique constraint kept one row.
            return None, False
        return record, True

    def notify(self, record):
        from pages import notifications

        # Staff read the admin in the site's default language, whatever the page's.
        with override(settings.LANGUAGE_CODE):
            subject = gettext("New signature on a statement of support")
            body = gettext(
                "A new signature on a statement of support is waiting for review. Approve "
                "or reject it in the admin (sign-in needed):\n\n{link}\n\nThis email "
                "never contains what was written."
            )
        link = (
            reverse("wagtailsnippets_campaigns_signatory:list")
            + f"?statement={self.signed_statement.pk}&status={SignatoryStatus.PENDING}"
        )
        notifications.queue(
            "campaigns.signatory",
            subject=subject,
            body=body,
            link=link,
            ref=notifications.ref_for(record),
            group=COMMUNICATIONS,
        )


def signers_data_name(statement_id):
    return f"signers:{statement_id}"


def signers_changed(statement_ids):
    """Let the counts of these statements be read again, now and once the current
    transaction commits (a reader in between would otherwise keep counts that are
    about to change). Code that writes signatures without `save()` or `delete()` (bulk
    updates, `bulk_create`) must call this itself."""
    ids = set(statement_ids)

    def touch():
        for statement_id in ids:
            touch_data_version(signers_data_name(statement_id))

    touch()
    transaction.on_commit(touch)


class SignerList:
    """One page of the public list, split by kind and read from the database only when
    the template asks (a cached rendering of the list does not)."""

    def __init__(self, page_obj):
        self.page_obj = page_obj

    @cached_property
    def _rows(self):
        return list(self.page_obj.object_list)

    @cached_property
    def organizations(self):
        return [s for s in self._rows if s.kind == SignatoryKind.ORGANIZATION]

    @cached_property
    def individuals(self):
        return [s for s in self._rows if s.kind == SignatoryKind.INDIVIDUAL]


class Signatory(OneTimeSubmissionModel):
    """One signature on a statement of support, by an organization or an individual.
    It starts pending; staff approve or reject it. Only approved signatures whose
    signer agreed to be listed appear on the public page, and never the email."""

    submission_token = models.CharField(
        max_length=64, unique=True, editable=False, default=new_submission_token
    )
    statement = models.ForeignKey(
        StatementOfSupportPage,
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
        verbose_name = _("signatory")
        verbose_name_plural = _("signatories")
        constraints = [
            models.UniqueConstraint(
                fields=["statement", "email_normalized"], name="one_signature_per_email"
            )
        ]
        indexes = [models.Index(fields=["statement", "status", "kind"])]

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
            raise ValidationError({"organization_name": _("Enter the organization's name.")})
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


@receiver([post_save, post_delete], sender=Signatory, dispatch_uid="signers_changed")
def _on_signature_change(sender, instance, **kwargs):
    if not kwargs.get("raw"):
        signers_changed([instance.statement_id])
