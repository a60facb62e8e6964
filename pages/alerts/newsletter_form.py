"""The newsletter signup form: an email address, a first name if the reader wants, and
the language the newsletter should come in."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from idp_site.submissions.form_protection import ProtectedFormMixin
from pages.forms import SummaryFormMixin

PROTECTION_SCOPE = "alerts.newsletter"


#: Named in the reader's language (a name in its own language would need lang="").
LANGUAGE_NAMES = {"en": _("In English"), "es": _("In Spanish")}


def language_choices():
    return [(code, LANGUAGE_NAMES.get(code, name)) for code, name in settings.LANGUAGES]


class NewsletterSignupForm(SummaryFormMixin, ProtectedFormMixin, forms.Form):
    """What the list provider gets, and nothing more."""

    protection_scope = PROTECTION_SCOPE
    summary_anchor = "newsletter-form"

    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        error_messages={
            "required": _("Enter your email address."),
            "invalid": _("Enter an email address such as name@example.org."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    first_name = forms.CharField(
        label=_("First name (optional)"),
        max_length=80,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
    )
    language = forms.ChoiceField(
        label=_("Newsletter language"),
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose the language of the newsletter."),
            "invalid_choice": _("Choose the language of the newsletter."),
        },
    )

    def __init__(self, *args, language=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = language_choices()
        if language and not self.is_bound:
            self.initial["language"] = language

    def signup(self):
        """What the provider is sent: the cleaned fields."""
        return {name: self.cleaned_data[name] for name in ("email", "first_name", "language")}

    def record_fields(self):
        """What a signup sent during a database outage keeps (submissions/outage.py)."""
        return self.signup()
