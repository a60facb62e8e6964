"""Statements of support: a campaign's statement that organizations and people sign
publicly, and the public list that is itself the message (signatures: signatories.py).

Privacy: a signer's email address is kept only to refuse a second signature and to
write back; it is never rendered on a public page and never put in a notification. No
IP address or other client detail is stored (the rate limit lives in the cache under an
HMAC, see idp_site/submissions/form_protection.py).
"""

from django.conf import settings
from django.db import models
from django.db.models import Count, Max, Q
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.dateparse import parse_datetime
from django.utils.functional import cached_property
from django.utils.translation import gettext, override
from django.utils.translation import gettext_lazy as _
from django.views.decorators.debug import sensitive_variables
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page
from wagtail.search import index

from campaigns.forms import SignatoryForm
from idp_site.submissions import notifications, outage
from idp_site.submissions.form_protection import (
    RateLimit,
    store_sent,
    store_submission,
)
from idp_site.submissions.responses import no_store, too_many_requests
from pages.blocks import SIMPLE_RICH_TEXT, BodyBlock
from pages.keyset import KeysetPaginator
from pages.models.base import BasePage
from pages.roles import COMMUNICATIONS

from .signatories import (
    PROTECTION_SCOPE,
    Signatory,
    SignatoryKind,
    SignatoryStatus,
)

#: Signers shown per page of the public list: a fixed number of rows per request,
#: however many thousands have signed. 100 keep a page near 20 KB on a phone (500 made
#: it 55 KB, and its full render 1.6 times that of a statement with a few signers).
SIGNERS_PER_PAGE = 100
SIGNER_ORDER = [("list_key", False), ("pk", False)]


class StatementOfSupportPage(RoutablePageMixin, BasePage):
    """A campaign's statement of support: the text organizations and people sign, the
    sign-on form, and the public list of approved signers who agreed to be listed.
    Serves the form at its URL and the same confirmation at ./thanks/ for every valid
    signature, new or not (nothing personal in any URL)."""

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
        help_text=_(
            "Untick to close the form (e.g. once the law has passed); the statement and its "
            "signers stay visible, and a signature sent anyway is refused."
        ),
    )
    signing_closed_note = RichTextField(
        features=SIMPLE_RICH_TEXT,
        blank=True,
        help_text=_(
            "Shown in place of the form while signing is closed: why, in a sentence or two "
            '(e.g. "The bill became law on 12 April 2019.").'
        ),
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
                FieldPanel("signing_closed_note"),
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
        default = Locale.get_default()
        if self.locale_id == default.pk:
            return self
        original = StatementOfSupportPage.objects.filter(
            translation_key=self.translation_key, locale_id=default.pk
        ).first()
        return original or self

    def approved_signers(self):
        """Approved signers who agreed to be listed: organizations first, each group
        alphabetical (case-insensitive), read through the `signatory_public_list`
        index, only the columns the list shows."""
        return (
            Signatory.objects.filter(
                statement=self.signed_statement,
                status=SignatoryStatus.APPROVED,
                consent_to_list=True,
            )
            .order_by("list_key", "pk")
            .only("kind", "organization_name", "contact_name", "title", "city", "statement_id")
        )

    def signer_counts(self):
        """{"organizations": n, "individuals": n, "total": n, "changed": datetime}.
        "changed" is the latest change to a listed signer: with the total, it versions
        the list (any approval, edit or removal changes one of them). One query."""
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
        # Already counted (that saves a query); pages found from the last signer shown.
        paginator = KeysetPaginator(
            self.approved_signers(), SIGNER_ORDER, SIGNERS_PER_PAGE, count=counts["total"]
        )
        page_obj = paginator.page(request.GET)
        context.update(counts=counts, page_obj=page_obj, signers=SignerList(page_obj))
        return context

    # ------------------------------------------------------------------ signing

    def serve(self, request, *args, **kwargs):
        # Error reports must not carry what was posted; browsers and proxies must not
        # keep a page holding a one-time token (a reused token would be taken for a
        # repeat of the first signature).
        request.sensitive_post_parameters = "__ALL__"
        return no_store(super().serve(request, *args, **kwargs))

    def _redirect(self, request, name):
        # Beside the address the form was sent to, so in the reader's language: under
        # /es/, an untranslated statement is the English page, whose own address would
        # switch the reader to English.
        url = request.path + self.reverse_subpage(name)
        response = HttpResponseRedirect(url)
        response.status_code = 303  # See Other: reloading does not post again
        return response

    @path("")
    @sensitive_variables()
    def form_view(self, request):
        form = None
        if not self.signing_open and request.method == "POST":
            # A form kept open in a tab, or a script: say plainly nothing was stored.
            response = self.render(
                request, context_overrides={"form": None, "signing_refused": True}
            )
            response.status_code = 403
            return response
        if self.signing_open:
            if request.method == "POST":
                if RateLimit(PROTECTION_SCOPE).exceeded(request):
                    return too_many_requests(request)
                form = SignatoryForm(request.POST, page=self)
                if form.is_valid():
                    self.store(form)
                    return self._redirect(request, "thanks")
            else:
                form = SignatoryForm(page=self)
        return self.render(request, context_overrides={"form": form})

    @path("thanks/", name="thanks")
    def thanks_view(self, request):
        return self.render(request, template="campaigns/statement_of_support_page_thanks.html")

    @sensitive_variables()
    def store(self, form):
        """Save the signature with its notification in one transaction; returns
        (record, created). One signature per address and statement: another one
        stores nothing (None, False), the repeat of a rendered form returns the first
        record. The view answers every case alike, so nobody can learn from it
        whether an address has signed; a duplicate never reaches the database as an
        error either, so its log holds no name or address."""
        fields = form.record_fields()
        fields["statement"] = self.signed_statement
        return store_submission(
            Signatory, form, fields, notify=self.notify, spam_status=SignatoryStatus.SPAM
        )

    @classmethod
    def store_kept(cls, entry):
        """Write a signature kept through a database outage (submissions/outage.py),
        once, dated when it was sent. A statement deleted meanwhile raises: the entry
        stays in the spool and the log says so."""
        page = cls.objects.get(pk=entry["target"])
        fields = {
            **entry["fields"],
            "statement": page.signed_statement,
            "created_at": parse_datetime(entry["received"]),
        }
        store_sent(
            Signatory, entry["token"], entry["spam"], fields,
            notify=page.notify, spam_status=SignatoryStatus.SPAM,
        )  # fmt: skip
        return True

    def notify(self, record):
        if settings.SIGNATURE_NOTIFICATIONS != "immediate":
            return  # the daily digest announces it (campaigns/digest.py)

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


outage.register(
    PROTECTION_SCOPE,
    SignatoryForm,
    StatementOfSupportPage.store_kept,
    received=_("Thank you for signing. Your signature will be reviewed before it is listed."),
    submit=_("Sign the statement"),
)


class SignerList:
    """One page of the public list, split by kind (read once)."""

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
