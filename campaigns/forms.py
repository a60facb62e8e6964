"""Public forms of the campaigns app: signing a statement of support."""

from django import forms
from django.utils.translation import gettext_lazy as _

from campaigns.models.signatories import (
    PROTECTION_SCOPE,
    Signatory,
    SignatoryKind,
    normalize_email,
)
from idp_site.submissions.form_protection import ProtectedFormMixin
from pages.forms import SummaryFormMixin

KIND_ERROR = _("Choose whether you sign for an organization or for yourself.")


class SignatoryForm(SummaryFormMixin, ProtectedFormMixin, forms.ModelForm):
    """Sign a statement as an organization or an individual. Stores only the fields in
    `Meta.fields`; anything else posted is ignored. The organization-name rule is the
    model's own (`Signatory.clean`)."""

    protection_scope = PROTECTION_SCOPE
    summary_anchor = "sign-form"

    class Meta:
        model = Signatory
        fields = [
            "kind",
            "organization_name",
            "contact_name",
            "title",
            "email",
            "city",
            "consent_to_list",
            "acknowledged",
        ]
        labels = {
            "kind": _("I am signing as"),
            "organization_name": _("Organization"),
            "contact_name": _("Your name"),
            "title": _("Title or role"),
            "email": _("Email address"),
            "city": _("City or borough"),
            "consent_to_list": _(
                "List this signature publicly on this page (name, title, organization and city)."
            ),
        }
        help_texts = {
            "kind": "",
            "organization_name": _(
                "Required when signing for an organization. When signing for yourself, an "
                "affiliation is optional."
            ),
            "contact_name": "",
            "title": _("For example: Executive Director, public defender."),
            "email": _("Only our staff see it, to confirm your signature. It is never published."),
            "city": "",
            "consent_to_list": _("Leave it unticked to sign without being listed."),
            "acknowledged": "",
        }
        widgets = {
            "kind": forms.RadioSelect,
            "organization_name": forms.TextInput(attrs={"autocomplete": "organization"}),
            "contact_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "title": forms.TextInput(attrs={"autocomplete": "organization-title"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "city": forms.TextInput(attrs={"autocomplete": "address-level2"}),
        }
        error_messages = {
            "kind": {"required": KIND_ERROR, "invalid_choice": KIND_ERROR},
            "contact_name": {"required": _("Enter your name.")},
            "email": {
                "required": _("Enter your email address."),
                "invalid": _("Enter an email address such as name@example.org."),
            },
            "city": {"required": _("Enter your city or borough.")},
            "acknowledged": {
                "required": _("Tick the box to confirm, or the signature cannot count.")
            },
        }

    def __init__(self, *args, page=None, **kwargs):
        if page is not None:
            kwargs.setdefault("target", page.pk)
        super().__init__(*args, **kwargs)
        acknowledged = self.fields["acknowledged"]
        acknowledged.required = True
        if page is not None:
            acknowledged.label = page.acknowledgement_text
        # No "---------" choice among the radio buttons.
        self.fields["kind"].choices = SignatoryKind.choices

    def record_fields(self):
        fields = {name: self.cleaned_data[name] for name in self._meta.fields}
        # Written with the row in one statement (a raw insert, see store_submission).
        fields["email_normalized"] = normalize_email(fields["email"])
        return fields
