"""The two public help forms. They ask only what a safe callback needs (see
shared/docs/intake-and-privacy.md) and store only the fields named in
`record_fields()`: anything else posted (an "a_number", say) is ignored."""

import re

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from pages.form_protection import HONEYPOT_FIELD, TOKEN_FIELD, ProtectedFormMixin
from pages.models.legal_help import Language, SafeToLeaveMessage, Urgency, WhoNeedsHelp

PHONE_CHARACTERS = re.compile(r"^[0-9+().\-\s]+$")


def clean_phone(value):
    if not value:
        return ""
    digits = re.sub(r"\D", "", value)
    if not PHONE_CHARACTERS.match(value) or not 7 <= len(digits) <= 15:
        raise forms.ValidationError(
            _("Enter a phone number with 7 to 15 digits, for example (212) 555-0123."),
            code="phone",
        )
    return re.sub(r"\s+", " ", value).strip()


class SummaryFormMixin:
    """Helpers for an error summary at the top of the page: each error links to its
    field (`#id_<name>`, or the first option of a group of radio buttons)."""

    summary_anchor = "help-form"

    def error_summary(self):
        items = []
        for name, errors in self.errors.items():
            if name in (TOKEN_FIELD, HONEYPOT_FIELD) or name == forms.forms.NON_FIELD_ERRORS:
                anchor = self.summary_anchor
            else:
                bound = self[name]
                anchor = bound.auto_id + ("_0" if bound.use_fieldset else "")
            for error in errors:
                items.append({"anchor": anchor, "message": error})
        return items


class ContactMixin:
    def clean_phone(self):
        return clean_phone(self.cleaned_data.get("phone", ""))

    def check_contact(self):
        if (
            not self.cleaned_data.get("phone")
            and not self.cleaned_data.get("email")
            and "phone" not in self.errors
            and "email" not in self.errors
        ):
            self.add_error(
                "phone",
                forms.ValidationError(
                    _("Give a phone number or an email address so we can reach you."),
                    code="no_contact",
                ),
            )


class IntakeForm(SummaryFormMixin, ContactMixin, ProtectedFormMixin, forms.Form):
    """Ask the legal team for a callback."""

    protection_scope = "legal-help"

    name = forms.CharField(
        label=_("Name to use"),
        required=False,
        max_length=100,
        help_text=_("Optional. A first name or nickname is fine."),
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
    )
    phone = forms.CharField(
        label=_("Phone number"),
        required=False,
        max_length=30,
        help_text=_("Give a phone number, an email address, or both."),
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    email = forms.EmailField(
        label=_("Email address"),
        required=False,
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    safe_to_leave_message = forms.ChoiceField(
        label=_("Is it safe for us to leave a voicemail or send a text message?"),
        choices=SafeToLeaveMessage.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Tell us whether we may leave a message.")},
    )
    best_times = forms.CharField(
        label=_("Best times to call"),
        required=False,
        max_length=200,
        help_text=_("Optional. For example: weekdays after 5 pm."),
    )
    language = forms.ChoiceField(
        label=_("Language you prefer"),
        choices=Language.choices,
        # The language the reader is reading in (Spanish under /es/), set per request.
        initial=get_language,
        error_messages={"required": _("Choose a language.")},
    )
    language_other = forms.CharField(
        label=_("If another language, which one?"),
        required=False,
        max_length=60,
    )
    who_needs_help = forms.ChoiceField(
        label=_("Who needs help?"),
        choices=WhoNeedsHelp.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Tell us who needs help.")},
    )
    urgency = forms.ChoiceField(
        label=_("How urgent is it?"),
        choices=Urgency.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Tell us how urgent it is.")},
    )
    message = forms.CharField(
        label=_("Anything we should know before we call (optional)"),
        required=False,
        max_length=1000,
        help_text=_(
            "Keep it short. Do not write identity or case numbers (such as an A-number "
            "or Social Security number), immigration status, addresses or other "
            "people's names. We will ask what we need when we call."
        ),
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    acknowledge = forms.BooleanField(
        label=_("I have read the notice above."),
        error_messages={"required": _("Tick the box to confirm you have read the notice.")},
    )

    def clean(self):
        self.check_contact()
        return super().clean()

    def record_fields(self):
        data = self.cleaned_data
        language = data["language"]
        return {
            "name": data["name"],
            "phone": data["phone"],
            "email": data["email"],
            "safe_to_leave_message": data["safe_to_leave_message"],
            "best_times": data["best_times"],
            "language": language,
            "language_other": data["language_other"] if language == Language.OTHER else "",
            "who_needs_help": data["who_needs_help"],
            "urgency": data["urgency"],
            "message": data["message"],
            "acknowledged": data["acknowledge"],
        }


class AttorneyQuestionForm(SummaryFormMixin, ContactMixin, ProtectedFormMixin, forms.Form):
    """A defense attorney's question about a client's case."""

    protection_scope = "attorney-help"

    name = forms.CharField(
        label=_("Your name"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": _("Enter your name.")},
    )
    organization = forms.CharField(
        label=_("Office or organization"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
        error_messages={"required": _("Enter your office or organization.")},
    )
    phone = forms.CharField(
        label=_("Phone number"),
        required=False,
        max_length=30,
        help_text=_("Give a phone number, an email address, or both."),
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    email = forms.EmailField(
        label=_("Email address"),
        required=False,
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    question = forms.CharField(
        label=_("Your question"),
        max_length=2000,
        help_text=_(
            "Describe the charges, the plea under discussion and the client's immigration "
            "situation in general terms. Do not write the client's name or any identity "
            "or case number."
        ),
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={"required": _("Write your question.")},
    )
    acknowledge = forms.BooleanField(
        label=_("My question does not name the client or give identity or case numbers."),
        error_messages={"required": _("Tick the box to confirm the client is not named.")},
    )

    def clean(self):
        self.check_contact()
        return super().clean()

    def record_fields(self):
        data = self.cleaned_data
        return {
            "name": data["name"],
            "organization": data["organization"],
            "phone": data["phone"],
            "email": data["email"],
            "question": data["question"],
            "acknowledged": data["acknowledge"],
        }
