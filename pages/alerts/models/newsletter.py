"""The newsletter signup page, and the signups waiting for the list provider.

A signup is never sent to the provider inside the reader's request: the page stores it,
encrypted, as one outbox row (`PendingSignup`) and answers at once; the notification
worker hands it to the provider (pages/alerts/newsletter.py) and deletes the row once
the provider has accepted it. Nothing of the reader is kept after that."""

import json

from django.db import models
from django.http import HttpResponseRedirect
from django.utils.translation import gettext_lazy as _
from django.views.decorators.debug import sensitive_variables
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from idp_site.submissions import outage
from idp_site.submissions.form_protection import OneTimeSubmissionModel, RateLimit, save_once
from idp_site.submissions.keys import get_fernet
from idp_site.submissions.responses import no_store, too_many_requests
from pages.alerts.newsletter_form import PROTECTION_SCOPE, NewsletterSignupForm
from pages.blocks import SIMPLE_RICH_TEXT
from pages.models.base import BasePage


class PendingSignup(OneTimeSubmissionModel):
    """One newsletter signup on its way to the list provider: the email address, first
    name and language, encrypted with the intake keys. Deleted as soon as the provider
    accepts it (or refuses it for good): the site keeps no list of subscribers."""

    payload = models.BinaryField(help_text=_("The signup, encrypted."))
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    attempts = models.PositiveIntegerField(default=0)
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField(
        max_length=100, blank=True, help_text=_("The kind of the last failure, never its text.")
    )

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("newsletter signup waiting for the list provider")

    def __str__(self):
        return f"newsletter signup #{self.pk}"

    @classmethod
    @sensitive_variables("signup")
    def encrypt(cls, signup):
        return get_fernet().encrypt(json.dumps(signup).encode())

    @sensitive_variables()
    def signup(self):
        """The signup as the form sent it: {"email", "first_name", "language"}."""
        return json.loads(get_fernet().decrypt(bytes(self.payload)))


class NewsletterSignupPage(RoutablePageMixin, BasePage):
    """The newsletter signup form. The list provider sends a confirmation email (double
    opt-in): nobody is subscribed by someone else typing their address."""

    intro = RichTextField(
        features=SIMPLE_RICH_TEXT,
        blank=True,
        help_text=_("Above the form: what the newsletter is and how often it comes."),
    )
    thanks_text = RichTextField(
        features=SIMPLE_RICH_TEXT,
        blank=True,
        help_text=_("Shown after signing up, below the request to confirm by email."),
    )

    #: Never kept by the page cache: the form carries a one-time token.
    cache_public = False

    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("thanks_text")]

    class Meta:
        verbose_name = _("newsletter signup page")

    def serve(self, request, *args, **kwargs):
        request.sensitive_post_parameters = "__ALL__"
        return no_store(super().serve(request, *args, **kwargs))

    @path("")
    @sensitive_variables()
    def form_view(self, request):
        if request.method == "POST":
            if RateLimit(PROTECTION_SCOPE).exceeded(request):
                return too_many_requests(request)
            form = NewsletterSignupForm(request.POST, target=self.pk)
            if form.is_valid():
                self.store(form)
                response = HttpResponseRedirect(request.path + self.reverse_subpage("thanks"))
                response.status_code = 303  # reloading the thanks page does not post again
                return response
        else:
            form = NewsletterSignupForm(target=self.pk, language=self.locale.language_code)
        return self.render(request, context_overrides={"form": form})

    @path("thanks/", name="thanks")
    def thanks_view(self, request):
        return self.render(request, template="alerts/newsletter_signup_page_thanks.html")

    @staticmethod
    @sensitive_variables()
    def store(form):
        """One outbox row per rendered form. A submission that looks automated (the
        honeypot, or sent faster than a person types) is dropped: a confirmation email
        sent to someone who never asked is the harm double opt-in is there to prevent,
        and no row means nothing kept."""
        if form.spam_reasons:
            return None
        record, _created = save_once(
            PendingSignup, form.submission_token, {"payload": PendingSignup.encrypt(form.signup())}
        )
        return record

    @staticmethod
    @sensitive_variables()
    def store_kept(entry):
        """Queue a signup kept through a database outage (submissions/outage.py), once:
        the form token's unique column refuses a second copy."""
        if not entry["spam"]:
            payload = PendingSignup.encrypt(entry["fields"])
            save_once(PendingSignup, entry["token"], {"payload": payload})
        return True


outage.register(
    PROTECTION_SCOPE,
    NewsletterSignupForm,
    NewsletterSignupPage.store_kept,
    received=_(
        "Thank you. Your request reaches our email provider once this website works "
        "again; you will then get an email asking you to confirm."
    ),
    submit=_("Subscribe"),
)
