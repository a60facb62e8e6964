"""The bill pages in the sitemap: a section per language, listing every bill at its
address under that language's campaign index (`bills/<jurisdiction>/<session>/<n>/`),
with the other languages' addresses as alternates."""

from django.conf import settings
from django.db.models.signals import post_delete, post_save

from campaigns.models import Bill, CampaignIndexPage
from pages import sitemap, versioned_cache
from pages.models.base import public_only

BILLS = "sitemap:bills"


def bill_sections(request):
    indexes = list(
        public_only(CampaignIndexPage.objects.live().filter(alias_of__isnull=True))
        .select_related("locale")
        .order_by("locale__language_code", "path")
    )
    by_language = {}
    for index_page in indexes:
        by_language.setdefault(index_page.locale.language_code, index_page)
    return [
        sitemap.Section(
            f"{language}-bills",
            (sitemap.TREE, BILLS),
            Bill.objects.count,
            _urls_for(index_page, by_language),
        )
        for language, index_page in by_language.items()
    ]


def _urls_for(index_page, by_language):
    def urls(request, start, stop):
        bills = Bill.objects.select_related("session__jurisdiction").order_by("pk")[start:stop]
        bases = {code: page.get_full_url(request) for code, page in by_language.items()}
        own = bases[index_page.locale.language_code]
        entries = []
        for bill in bills:
            path = index_page.reverse_subpage("bill", kwargs=bill.url_parts())
            alternates = []
            if len(bases) > 1:
                alternates = [{"lang_code": c, "location": b + path} for c, b in bases.items()]
                if settings.LANGUAGE_CODE in bases:
                    default = bases[settings.LANGUAGE_CODE] + path
                    alternates.append({"lang_code": "x-default", "location": default})
            entries.append(
                {"location": own + path, "lastmod": bill.last_updated, "alternates": alternates}
            )
        return entries

    return urls


def _on_bill_change(sender, raw=False, **kwargs):
    if not raw:
        versioned_cache.touch(sitemap.INDEX, BILLS)


def connect_signals():
    """Drop the bill sections when a bill is added, changed or removed. Code that writes
    bills without `save()`/`delete()` (bulk imports) calls `bills_changed()`."""
    post_save.connect(_on_bill_change, sender=Bill, dispatch_uid="sitemap_bill_saved")
    post_delete.connect(_on_bill_change, sender=Bill, dispatch_uid="sitemap_bill_deleted")


def bills_changed():
    versioned_cache.touch(sitemap.INDEX, BILLS)
