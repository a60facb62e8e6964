"""The abstract page every public page type of the site inherits from."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Page


class BasePageForm(WagtailAdminPageForm):
    """Asks for a meta description before a page in the default language is published."""

    def clean(self):
        cleaned = super().clean()
        publishing = "action-publish" in self.data or "action-submit" in self.data
        locale = cleaned.get("locale") or getattr(self.instance, "locale", None)
        in_default_locale = locale is None or locale.language_code == settings.LANGUAGE_CODE
        if (
            publishing
            and in_default_locale
            and "search_description" in self.fields
            and not (cleaned.get("search_description") or "").strip()
        ):
            self.add_error(
                "search_description",
                _("Write a short description for search engines and link previews first."),
            )
        return cleaned


class BasePage(Page):
    """Common behaviour of public pages: the description check above, and a
    `listing_summary` used by cards, search results and feeds."""

    base_form_class = BasePageForm

    #: Whether anonymous readers may get this page from the page cache and CDNs. Page
    #: types with a form or personal data set it to False (see pages/cache.py).
    cache_public = True

    class Meta:
        abstract = True

    @property
    def listing_summary(self):
        return self.search_description
