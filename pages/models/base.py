"""The abstract page every public page type of the site inherits from."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Page


def public_only(queryset, request=None):
    """`queryset.public()`, reading the view restrictions once per request instead of once
    per listing, so pages with several listings keep a small, fixed query count."""
    if request is None:
        return queryset.public()
    private_q = getattr(request, "_idp_private_q", None)
    if private_q is None:
        private_q = request._idp_private_q = queryset.private_q()
    return queryset.exclude(private_q)


class BasePageForm(WagtailAdminPageForm):
    """Asks for a meta description before a page in the default language is published.

    Page types with more publishing rules (stories need recorded consent) extend this
    form and use `is_publishing`.
    """

    @property
    def is_publishing(self):
        """Whether the editor asked to publish now, schedule, or submit for approval."""
        return "action-publish" in self.data or "action-submit" in self.data

    def clean(self):
        cleaned = super().clean()
        locale = cleaned.get("locale") or getattr(self.instance, "locale", None)
        in_default_locale = locale is None or locale.language_code == settings.LANGUAGE_CODE
        if (
            self.is_publishing
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
    """Common behaviour of public pages: the description check above, a
    `listing_summary` used by cards, search results and feeds, and what link previews and
    search engines get (`share_image`, `structured_data`)."""

    base_form_class = BasePageForm

    #: Schema.org type used in Open Graph ("website" or "article").
    og_type = "website"

    #: Whether anonymous readers may get this page from the page cache and CDNs. Page
    #: types with a form or personal data set it to False (see pages/cache.py).
    cache_public = True

    class Meta:
        abstract = True

    @property
    def listing_summary(self):
        return self.search_description

    @property
    def share_image(self):
        """The image link previews show; None means the site's default share image."""
        return None

    def structured_data(self, url, image_url=None, organization=None):
        """A JSON-LD dict describing this page for search engines, or None.

        `url` is the page's canonical address, `image_url` its share image's absolute
        address, `organization` the site's schema.org Organization (as a dict)."""
        return None
