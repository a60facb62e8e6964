"""The two help pages: where people ask for a safe callback and where defense attorneys
ask a question. One page class serves both, with one template; they differ in their
form, record, scope and words."""

from django.conf import settings
from django.db import models
from django.http import HttpResponseRedirect
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext, override
from django.utils.translation import gettext_lazy as _
from django.views.decorators.debug import sensitive_variables
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from idp_site.submissions import notifications, outage
from idp_site.submissions.form_protection import RateLimit, store_sent, store_submission
from idp_site.submissions.responses import no_store, too_many_requests
from pages.blocks import SIMPLE_RICH_TEXT
from pages.intake.forms import AttorneyQuestionForm, IntakeForm
from pages.intake.models.records import AttorneyQuestion, IntakeRequest, Status
from pages.models import BasePage
from pages.roles import INTAKE as INTAKE_GROUP

HELP_PAGE_TEMPLATE = "intake/help_page.html"


class HelpFormPage(RoutablePageMixin, BasePage):
    """Shared behaviour of the two help pages: the protected form at the page's URL and
    a confirmation at ./thanks/ (nothing personal in either URL)."""

    form_class = None
    record_model = None
    protection_scope = ""
    notification_kind = ""
    #: The words that differ between the two pages (see intake/help_page.html).
    texts = {}
    # Never in the page cache or a CDN: the pages carry a form and a one-time token.
    cache_public = False

    # Each page declares `intro` with help for its own readers. The hotline's number and
    # hours are the Help line's (pages/models/help_line.py), shown by the template.
    next_steps = RichTextField(
        features=SIMPLE_RICH_TEXT,
        blank=True,
        help_text=_("Shown on the confirmation page: what happens next."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("next_steps")]

    parent_page_types = ["pages.HomePage", "pages.StandardPage"]
    subpage_types = []

    class Meta:
        abstract = True

    def serve(self, request, *args, **kwargs):
        # Whatever fails below, error reports must not carry what was posted.
        request.sensitive_post_parameters = "__ALL__"
        return no_store(super().serve(request, *args, **kwargs))

    @path("")
    @sensitive_variables()  # every frame below this one is hidden from error reports
    def form_view(self, request):
        if request.method != "POST":
            form = self.form_class(target=self.pk)
            return self.render(request, context_overrides={"form": form})
        if RateLimit(self.protection_scope).exceeded(request):
            return too_many_requests(request)
        form = self.form_class(request.POST, target=self.pk)
        if not form.is_valid():
            return self.render(request, context_overrides={"form": form})
        self.store(form)
        # Beside the address the form was sent to, so in the reader's language: under
        # /es/, an untranslated help page is the English page, whose own URL would switch
        # the reader to English.
        thanks = request.path + self.reverse_subpage("thanks")
        response = HttpResponseRedirect(thanks)
        response.status_code = 303  # See Other: reloading does not post again
        return response

    @path("thanks/", name="thanks")
    def thanks_view(self, request):
        return self.render(request, template="intake/help_page_thanks.html")

    @sensitive_variables()
    def store(self, form):
        """Save the record (committed before anything else) and queue the staff
        notification in the same transaction, unless it looks like spam. A repeat of
        the same rendered form returns the first record."""
        record, _created = store_submission(
            self.record_model,
            form,
            form.record_fields(),
            notify=self.notify,
            spam_status=Status.SPAM,
        )
        return record

    @classmethod
    def store_kept(cls, entry):
        """Write a request kept through a database outage (submissions/outage.py), once:
        dated when it was sent, announced like any other."""
        page = cls.objects.filter(pk=entry["target"]).first() or cls()
        received = parse_datetime(entry["received"])
        fields = {**entry["fields"], "created_at": received, "status_changed_at": received}
        store_sent(
            cls.record_model, entry["token"], entry["spam"], fields,
            notify=page.notify, spam_status=Status.SPAM,
        )  # fmt: skip
        return True

    @classmethod
    def keep_through_outages(cls):
        outage.register(
            cls.protection_scope,
            cls.form_class,
            cls.store_kept,
            received=cls.texts["received"],
            submit=cls.texts["submit"],
            notice_template=cls.texts["notice_template"],
            urgent=cls.texts["urgent"],
        )

    def notify(self, record):
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
    template = HELP_PAGE_TEMPLATE  # one template for both help pages
    form_class = IntakeForm
    record_model = IntakeRequest
    protection_scope = "legal-help"
    notification_kind = "intake.request"
    texts = {
        "form_heading": _("Ask us to call you back"),
        "form_lead": _(
            "Questions marked (optional) can be left empty. Give a phone number or an "
            "email address."
        ),
        "submit": _("Send my request"),
        "notice_template": "intake/includes/intake_notice.html",
        "sent": _("Your request was sent"),
        "received": _("Thank you. Our legal team has received your request."),
        "next_steps": _(
            "A member of our legal team will call you or write to you, in the language you "
            "chose, as soon as they can. If you said a message is not safe, we will not "
            "leave one."
        ),
        "urgent": _(
            "If someone is detained now, or a court date is very close, do not wait for "
            "our call: phone the hotline."
        ),
    }

    class Meta:
        db_table = "pages_legalhelppage"  # the table predates the room
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
        help_text=_(
            "How attorneys can call instead. The number and its hours come from the Help "
            "line: do not type them here."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("hotline_text"),
        FieldPanel("next_steps"),
    ]

    template = HELP_PAGE_TEMPLATE  # one template for both help pages
    form_class = AttorneyQuestionForm
    record_model = AttorneyQuestion
    protection_scope = "attorney-help"
    notification_kind = "intake.attorney"
    texts = {
        "form_heading": _("Ask our legal team a question"),
        "form_lead": _("For attorneys and defenders. Give a phone number or an email address."),
        "submit": _("Send my question"),
        "notice_template": "intake/includes/attorney_notice.html",
        "sent": _("Your question was sent"),
        "received": _("Thank you. Our legal team has received your question."),
        "next_steps": _(
            "A member of our legal team will answer by phone or email as soon as they can."
        ),
        "urgent": _(
            "If your client is detained or a hearing is very close, call us rather than "
            "waiting for an answer."
        ),
    }

    class Meta:
        db_table = "pages_attorneyhelppage"  # the table predates the room
        verbose_name = _("attorney help page")


LegalHelpPage.keep_through_outages()
AttorneyHelpPage.keep_through_outages()
