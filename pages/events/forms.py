"""The public registration form of an event."""

from django import forms
from django.utils.translation import gettext_lazy as _

from idp_site.submissions.form_protection import ProtectedFormMixin
from pages.forms import SummaryFormMixin

PROTECTION_SCOPE = "event-registration"


class RegistrationForm(SummaryFormMixin, ProtectedFormMixin, forms.Form):
    """Register for an event: name, email, organization (optional), access or
    interpretation needs (optional). Capacity and the waitlist are decided when it is
    stored (registration.py), not here."""

    protection_scope = PROTECTION_SCOPE
    summary_anchor = "register-form"

    name = forms.CharField(
        label=_("Your name"),
        max_length=150,
        error_messages={"required": _("Enter your name.")},
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        help_text=_("We send the confirmation and the calendar file here. Never published."),
        error_messages={
            "required": _("Enter your email address."),
            "invalid": _("Enter an email address such as name@example.org."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    organization = forms.CharField(
        label=_("Organization"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    access_needs = forms.CharField(
        label=_("Access or interpretation needs"),
        max_length=1000,
        required=False,
        help_text=_("For example: Spanish interpretation, captions, step-free access."),
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, page=None, **kwargs):
        if page is not None:
            kwargs.setdefault("target", page.pk)
        super().__init__(*args, **kwargs)

    def record_fields(self):
        return {
            name: self.cleaned_data[name]
            for name in ("name", "email", "organization", "access_needs")
        }
