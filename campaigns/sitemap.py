"""The bill pages in the sitemap: a section per language, listing every bill at its
address under that language's campaign index (`bills/<jurisdiction>/<session>/<n>/`),
with the other languages' addresses as alternates.

A section page reads the few fields an entry needs (no Bill objects), asks each
language's index for its address once, and `reverse()`s the bill route once per
session: a bill's path is that session's path with its print number, quoted as
`reverse()` quotes it (a number the route would refuse is reversed, and refused, as
before). So a page of a thousand bills costs little more than a page of four.
"""

import re
from urllib.parse import quote

from django.conf import settings

from campaigns.legislation.models import last_updated
from campaigns.models import Bill, CampaignIndexPage
from pages import sitemap, sitemap_pages
from pages.models.base import public_only

#: The fields of a bill an entry needs.
ROW = (
    "session__jurisdiction__code",
    "session__identifier",
    "base_print_number",
    "last_imported_at",
    "updated_at",
)
#: The print numbers the bill route takes (campaigns/models/campaign.py).
PRINT_NUMBER = re.compile(r"[\w.-]+\Z")
#: Stands for the print number when the path of a session is reversed.
PLACEHOLDER = "0"


def _campaign_indexes():
    return list(
        public_only(CampaignIndexPage.objects.live().filter(alias_of__isnull=True))
        .select_related("locale")
        .order_by("locale__language_code", "path")
    )


def bill_sections(request):
    by_language = {}
    for index_page in _campaign_indexes():
        by_language.setdefault(index_page.locale.language_code, index_page)
    return [
        sitemap.Section(
            f"{language}-bills",
            Bill.objects.count,
            _urls_for(index_page, by_language),
        )
        for language, index_page in by_language.items()
    ]


def bill_paths(index_page):
    """A function (jurisdiction, session, print number) -> the bill's path below
    `index_page`, what `index_page.reverse_subpage("bill", ...)` gives, reversing once
    per session (module docstring)."""
    sessions = {}

    def path(jurisdiction, session, number):
        if not PRINT_NUMBER.match(number):
            parts = {"jurisdiction": jurisdiction, "session": session, "print_number": number}
            return index_page.reverse_subpage("bill", kwargs=parts)
        if (jurisdiction, session) not in sessions:
            parts = {"jurisdiction": jurisdiction, "session": session}
            sample = index_page.reverse_subpage(
                "bill", kwargs={**parts, "print_number": PLACEHOLDER}
            )
            sessions[jurisdiction, session] = sample[: -len(PLACEHOLDER) - 1]
        if not sitemap_pages.PLAIN_PATH.match(number):
            number = quote(number, safe=sitemap_pages.PATH_SAFE)
        return f"{sessions[jurisdiction, session]}{number}/"

    return path


def _urls_for(index_page, by_language):
    def urls(request, start, stop):
        rows = Bill.objects.order_by("pk").values_list(*ROW)[start:stop]
        bases = {code: page.get_full_url(request) for code, page in by_language.items()}
        own = bases[index_page.locale.language_code]
        # The language versions of a bill: every language's base, then x-default.
        versions = []
        if len(bases) > 1:
            versions = list(bases.items())
            if settings.LANGUAGE_CODE in bases:
                versions.append(("x-default", bases[settings.LANGUAGE_CODE]))
        paths = bill_paths(index_page)
        entries = []
        for jurisdiction, session, number, imported, updated in rows:
            path = paths(jurisdiction, session, number)
            entries.append(
                {
                    "location": own + path,
                    "lastmod": last_updated(imported, updated),
                    "alternates": [{"lang_code": c, "location": b + path} for c, b in versions],
                }
            )
        return entries

    return urls
