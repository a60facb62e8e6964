"""Public forms of the campaigns app: signing a statement of support."""

from django import forms
from django.utils.translation import gettext_lazy as _

from campaigns.models.support import PROTECTION_SCOPE, SignatoryKind, normalize_email
from idp_site.submissions.form_protection import ProtectedFormMixin
from pages.forms import SummaryFormMixin


class SignatoryForm(SummaryFormMixin, ProtectedFormMixin, forms.Form):
    """Sign a statement as an organization or an individual. Stores only the fields in
    `record_fields()`; anything else posted is ignored."""

    protection_scope = PROTECTION_SCOPE
    summary_anchor = "sign-form"

    kind = forms.ChoiceField(
        label=_("I am signing as"),
        choices=SignatoryKind.choices,
        initial=SignatoryKind.ORGANIZATION,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose whether you sign for an organization or for yourself."),
            "invalid_choice": _("Choose whether you sign for an organization or for yourself."),
        },
    )
    organization_name = forms.CharField(
        label=_("Organization"),
        required=False,
        max_length=200,
        help_text=_(
            "Required when signing for an organization. When signing for yourself, an "
            "affiliation is optional."
        ),
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    contact_name = forms.CharField(
        label=_("Your name"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": _("Enter your name.")},
    )
    title = forms.CharField(
        label=_("Title or role"),
        required=False,
        max_length=150,
        help_text=_("For example: Executive Director, public defender."),
        widget=forms.TextInput(attrs={"autocomplete": "organization-title"}),
    )
    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        help_text=_("Only our staff see it, to confirm your signature. It is never published."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": _("Enter your email address."),
            "invalid": _("Enter an email address such as name@example.org."),
        },
    )
    city = forms.CharField(
        label=_("City or borough"),
        max_length=100,
        widget=forms.TextInput(attrs={"autocomplete": "address-level2"}),
        error_messages={"required": _("Enter your city or borough.")},
    )
    consent_to_list = forms.BooleanField(
        label=_("List this signature publicly on this page (name, title, organization and city)."),
        required=False,
        help_text=_("Leave it unticked to sign without being listed."),
    )
    acknowledge = forms.BooleanField(
        error_messages={"required": _("Tick the box to confirm, or the signature cannot count.")},
    )

    def __init__(self, *args, page=None, **kwargs):
        super().__init__(*args, **kwargs)
        if page is not None:
            self.fields["acknowledge"].label = page.acknowledgement_text
        # Long inputs get a field error, not a truncated value: say the limit up front.
        for name in ("organization_name", "contact_name", "title", "city"):
            self.fields[name].widget.attrs.setdefault("maxlength", self.fields[name].max_length)

    def clean(self):
        cleaned = self.cleaned_data
        if (
            cleaned.get("kind") == SignatoryKind.ORGANIZATION
            and not cleaned.get("organization_name")
            and "organization_name" not in self.errors
        ):
            self.add_error(
                "organization_name",
                forms.ValidationError(
                    _("Enter the organization's name, or choose to sign as an individual."),
                    code="organization_required",
                ),
            )
        return super().clean()

    def record_fields(self):
        data = self.cleaned_data
        return {
            "kind": data["kind"],
            "organization_name": data["organization_name"],
            "contact_name": data["contact_name"],
            "title": data["title"],
            "email": data["email"],
            "email_normalized": normalize_email(data["email"]),
            "city": data["city"],
            "consent_to_list": data["consent_to_list"],
            "acknowledged": data["acknowledge"],
        }
