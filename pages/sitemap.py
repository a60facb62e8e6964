"""The sitemap: every live page of every language, each with its hreflang alternates.

Wagtail's own sitemap lists the descendants of the site's root page only, which is the
English home; the Spanish home is its translation, a sibling in the tree, so Spanish
pages would be missing.
"""

from collections import defaultdict

from django.conf import settings
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class MultilingualSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        homes = Page.objects.filter(translation_key=root.translation_key, alias_of__isnull=True)
        query = None
        for home in homes:
            tree = Page.objects.descendant_of(home, inclusive=True)
            query = tree if query is None else query | tree
        return (
            query.live()
            .public()
            .filter(alias_of__isnull=True)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _alternates(self, pages):
        """Language versions of `pages`, by translation key, in one query."""
        keys = {page.translation_key for page in pages}
        by_key = defaultdict(list)
        versions = (
            Page.objects.filter(translation_key__in=keys, alias_of__isnull=True)
            .live()
            .public()
            .select_related("locale")
            .order_by("locale__language_code")
        )
        for version in versions:
            by_key[version.translation_key].append(
                (version.locale.language_code, version.get_full_url(self.request))
            )
        return by_key

    def _urls(self, page, protocol, domain):
        urls = []
        last_mods = set()
        object_list = list(self.paginator.page(page).object_list)
        alternates = self._alternates(object_list)
        for item in object_list:
            versions = alternates.get(item.translation_key, [])
            links = []
            if len(versions) > 1:
                links = [{"lang_code": code, "location": url} for code, url in versions]
                default = dict(versions).get(settings.LANGUAGE_CODE)
                if default:
                    links.append({"lang_code": "x-default", "location": default})
            for url_info in item.get_sitemap_urls(self.request):
                url_info.setdefault("alternates", links)
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
