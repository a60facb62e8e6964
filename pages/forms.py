"""What every public form of the site shares in how it is shown."""

from django import forms

from idp_site.submissions.form_protection import HONEYPOT_FIELD, TOKEN_FIELD


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
