"""The two public help forms, as ModelForms of the records they create. They ask only
what a safe callback needs (see shared/docs/intake-and-privacy.md) and store only their
model's fields listed in `Meta.fields`: anything else posted (an "a_number", say) is
ignored."""

import re

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from idp_site.submissions.form_protection import ProtectedFormMixin
from pages.forms import SummaryFormMixin
from pages.intake.models.records import AttorneyQuestion, IntakeRequest, Language

PHONE_CHARACTERS = re.compile(r"^[0-9+().\-\s]+$")
CONTACT_HELP = _("Give a phone number, an email address, or both.")
PHONE_WIDGET = forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"})
EMAIL_WIDGET = forms.EmailInput(attrs={"autocomplete": "email"})


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


class OwnLanguageSelect(forms.Select):
    """Each language named in that language, and marked so (`lang`): a screen reader
    reads "Français" in French on a Spanish page."""

    def create_option(self, name, value, *args, **kwargs):
        option = super().create_option(name, value, *args, **kwargs)
        if value and value != Language.OTHER:
            option["attrs"]["lang"] = value
        return option


class HelpFormMixin(SummaryFormMixin, ProtectedFormMixin):
    """What both help forms share: a phone or an email to reach the person, a tick box
    that must be ticked, radio buttons with nothing chosen for the reader, and the
    record's fields taken from `Meta.fields`."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["acknowledged"].required = True
        for name, field in self.fields.items():
            if isinstance(field.widget, forms.RadioSelect):
                # No "---------" option, and no answer chosen for the reader.
                field.choices = [(k, v) for k, v in field.choices if k != ""]
                if not self.is_bound:
                    self.initial.pop(name, None)

    def clean_phone(self):
        return clean_phone(self.cleaned_data.get("phone", ""))

    def clean(self):
        data = self.cleaned_data
        if not (data.get("phone") or data.get("email")) and not (
            "phone" in self.errors or "email" in self.errors
        ):
            self.add_error(
                "phone",
                forms.ValidationError(
                    _("Give a phone number or an email address so we can reach you."),
                    code="no_contact",
                ),
            )
        return super().clean()

    def record_fields(self):
        return {name: self.cleaned_data[name] for name in self._meta.fields}


class IntakeForm(HelpFormMixin, forms.ModelForm):
    """Ask the legal team for a callback."""

    protection_scope = "legal-help"

    class Meta:
        model = IntakeRequest
        fields = [
            "name",
            "phone",
            "email",
            "safe_to_leave_message",
            "best_times",
            "language",
            "language_other",
            "who_needs_help",
            "urgency",
            "message",
            "acknowledged",
        ]
        field_classes = {"email": forms.EmailField}
        labels = {
            "name": _("Name to use"),
            "phone": _("Phone number"),
            "email": _("Email address"),
            "safe_to_leave_message": _(
                "Is it safe for us to leave a voicemail or send a text message?"
            ),
            "best_times": _("Best times to call"),
            "language": _("Language you prefer"),
            "language_other": _("If another language, which one?"),
            "who_needs_help": _("Who needs help?"),
            "urgency": _("How urgent is it?"),
            "message": _("Anything we should know before we call"),
            "acknowledged": _("I have read the notice above."),
        }
        help_texts = {
            "name": _("Optional. A first name or nickname is fine."),
            "phone": CONTACT_HELP,
            "email": "",
            "best_times": _("Optional. For example: weekdays after 5 pm."),
            "language_other": "",
            "message": _(
                "Keep it short. Do not write identity or case numbers (such as an A-number "
                "or Social Security number), immigration status, addresses or other "
                "people's names. We will ask what we need when we call."
            ),
            "acknowledged": "",
        }
        widgets = {
            "language": OwnLanguageSelect,
            "name": forms.TextInput(attrs={"autocomplete": "given-name"}),
            "phone": PHONE_WIDGET,
            "email": EMAIL_WIDGET,
            "safe_to_leave_message": forms.RadioSelect,
            "best_times": forms.TextInput,
            "language_other": forms.TextInput,
            "who_needs_help": forms.RadioSelect,
            "urgency": forms.RadioSelect,
            "message": forms.Textarea(attrs={"rows": 5}),
        }
        error_messages = {
            "safe_to_leave_message": {"required": _("Tell us whether we may leave a message.")},
            "language": {"required": _("Choose a language.")},
            "who_needs_help": {"required": _("Tell us who needs help.")},
            "urgency": {"required": _("Tell us how urgent it is.")},
            "acknowledged": {"required": _("Tick the box to confirm you have read the notice.")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            # The language the reader is reading in, when the team offers it.
            reading = (get_language() or "").split("-")[0]
            if reading in Language.values:
                self.initial["language"] = reading

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("language") != Language.OTHER:
            cleaned["language_other"] = ""
        return cleaned


class AttorneyQuestionForm(HelpFormMixin, forms.ModelForm):
    """A defense attorney's question about a client's case."""

    protection_scope = "attorney-help"

    class Meta:
        model = AttorneyQuestion
        fields = ["name", "organization", "phone", "email", "question", "acknowledged"]
        field_classes = {"email": forms.EmailField}
        labels = {
            "name": _("Your name"),
            "organization": _("Office or organization"),
            "phone": _("Phone number"),
            "email": _("Email address"),
            "question": _("Your question"),
            "acknowledged": _(
                "My question does not name the client or give identity or case numbers."
            ),
        }
        help_texts = {
            "organization": "",
            "phone": CONTACT_HELP,
            "email": "",
            "question": _(
                "Describe the charges, the plea under discussion and the client's "
                "immigration situation in general terms. Do not write the client's name or "
                "any identity or case number."
            ),
            "acknowledged": "",
        }
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "organization": forms.TextInput(attrs={"autocomplete": "organization"}),
            "phone": PHONE_WIDGET,
            "email": EMAIL_WIDGET,
            "question": forms.Textarea(attrs={"rows": 8}),
        }
        error_messages = {
            "name": {"required": _("Enter your name.")},
            "organization": {"required": _("Enter your office or organization.")},
            "question": {"required": _("Write your question.")},
            "acknowledged": {"required": _("Tick the box to confirm the client is not named.")},
        }
