"""The site's locales by id, so that topics, partners and pages can name their language
without a query each (`lang_of`): a derived value, kept until the next change to the
site. The reader's locale is Wagtail's own `Locale.get_active()`."""

from wagtail.models import Locale

from idp_site.caching.derived import cached_derived


def locale_codes():
    """{locale id: language code}, kept until the next change to the site."""
    return cached_derived(
        "locale-codes", lambda: dict(Locale.objects.values_list("pk", "language_code"))
    )
