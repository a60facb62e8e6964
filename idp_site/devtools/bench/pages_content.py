"""Large content for `manage.py bench`: general pages in sections, reports with their
authors, partners and topics, and stories.

The bench runs `load_demo_content` first, then `generate(scale, stdout)` of each module
in `idp_site.devtools.bench.MODULES` in order (campaigns_content.py adds the campaigns
and bills the same way). `URLS` lists the page types the bench measures for
this app: (label, path, kind, expected status), where kind is "index" (home, listings,
search, feeds), "detail", "form" (a page with a form: never cached, so measured
uncached only) or "error". Each path must exist with the demo content alone, so query
counts can be compared between the demo content and the large set.

Pages are made with `add_child` (treebeard computes each tree path), without revisions
and without updating Wagtail's reference index or its own search index, which serves
the admin (none changes what readers see; `manage.py bench` turns the last one off),
inside one transaction; their relations are inserted with `bulk_create`.
"""

import datetime

from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale
from wagtail.signal_handlers import disable_reference_index_auto_update

from idp_site.devtools.demo.pages import (
    BODY_IMAGE_SPECS,
    generated_image,
    image_block,
    pregenerate_renditions,
)
from pages.models import (
    HomePage,
    NavigationMenu,
    NavigationMenuItem,
    Partner,
    Person,
    ProgramAreaPage,
    ReportAuthor,
    ReportIndexPage,
    ReportPage,
    ReportPartner,
    ReportTopic,
    StandardPage,
    StoryIndexPage,
    StoryPage,
    StoryTopic,
    Topic,
)

URLS = [
    ("home", "/en/", "index", 200),
    ("search", "/en/search/?q=immigration", "index", 200),
    ("standard page", "/en/about/", "detail", 200),
    ("program area index", "/en/our-work/", "index", 200),
    ("program area", "/en/our-work/one-day-for-new-yorkers/", "detail", 200),
    ("report index", "/en/reports/", "index", 200),
    ("report index, filtered", "/en/reports/?topic=sanctuary&year=2019", "index", 200),
    ("report", "/en/reports/promise-of-sanctuary-cities/", "detail", 200),
    ("story index", "/en/stories/", "index", 200),
    ("story", "/en/stories/one-day-on-a-sentence/", "detail", 200),
    ("sitemap index", "/sitemap.xml", "index", 200),
    ("sitemap section (reports)", "/sitemap-en-pages-reportpage.xml?p=1", "index", 200),
    ("reports feed", "/en/feeds/reports/", "index", 200),
    ("updates feed", "/en/feeds/updates/", "index", 200),
    ("legal help (form)", "/en/get-legal-help/", "form", 200),
    ("not found", "/en/no-such-page/", "error", 404),
]

SECTIONS = 5
PAGES_PER_SCALE = 1000
REPORTS_PER_SCALE = 2000
STORIES_PER_SCALE = 500
BENCH_PARTNERS = 30
BENCH_PEOPLE = 50

WORDS = [
    "court",
    "plea",
    "counsel",
    "detention",
    "family",
    "hearing",
    "record",
    "advice",
    "defender",
    "community",
    "immigration",
    "criminal",
    "conviction",
    "relief",
    "rights",
    "training",
    "policy",
    "research",
]
#: Words the bench searches for, two or three at a time (those the demo content has too).
SEARCH_WORDS = WORDS


def _text(seed, words):
    return " ".join(WORDS[(seed * 7 + i * 3) % len(WORDS)] for i in range(words))


def generate(scale, stdout):
    """Add the large content set (see the module docstring)."""
    with disable_reference_index_auto_update(), transaction.atomic():
        _standard_pages(scale, stdout)
        _reports(scale, stdout)
        _stories(scale, stdout)


def _standard_pages(scale, stdout):
    """Add `PAGES_PER_SCALE * scale` standard pages to the English home page, spread over
    SECTIONS menu sections; every tenth page has an image. Pages are published without
    revisions, which is what they would look like to readers and much faster to make."""
    home = HomePage.objects.get(locale=Locale.get_default())
    image = generated_image("Bench: bands")
    pregenerate_renditions([image], BODY_IMAGE_SPECS)
    now = timezone.now()
    total = PAGES_PER_SCALE * scale
    made = 0
    # Staff would list new sections in the header's menu (the demo's header is one).
    menu = NavigationMenu.objects.filter(slot="main", locale=home.locale).first()
    for s in range(SECTIONS):
        section = StandardPage(
            title=f"Section {s + 1}",
            slug=f"bench-section-{s + 1}",
            show_in_menus=True,
            intro=_text(s, 30),
            search_description=_text(s, 12),
            first_published_at=now,
        )
        home.add_child(instance=section)
        if menu is not None:
            NavigationMenuItem.objects.create(menu=menu, page=section, sort_order=100 + s)
        for i in range(s, total, SECTIONS):
            body = [{"type": "paragraph", "value": f"<p>{_text(i + k, 80)}</p>"} for k in range(4)]
            if i % 10 == 0:
                body.append(image_block(image, "Green and orange bands"))
            section.add_child(
                instance=StandardPage(
                    title=f"Page {i + 1}: {_text(i, 5)}",
                    slug=f"page-{i + 1}",
                    intro=_text(i, 40),
                    search_description=_text(i, 15),
                    body=body,
                    first_published_at=now,
                    last_published_at=now,
                )
            )
            made += 1
    stdout.write(f"pages: {SECTIONS} sections, {made} standard pages")


def _reports(scale, stdout):
    """`REPORTS_PER_SCALE * scale` reports under the English report index, each with two
    authors (a person with a profile and a plain name), two topics and a partner."""
    locale = Locale.get_default()
    index = ReportIndexPage.objects.filter(locale=locale).first()
    if index is None:
        stdout.write("pages: no report index; reports skipped")
        return
    topics = list(Topic.objects.filter(locale=locale))
    partners = list(Partner.objects.filter(locale=locale))
    existing = {p.slug for p in partners}
    new_partners = [
        Partner(locale=locale, name=f"Bench partner {n}", slug=f"bench-partner-{n}")
        for n in range(1, BENCH_PARTNERS + 1)
        if f"bench-partner-{n}" not in existing
    ]
    for partner in new_partners:
        partner.save()  # TranslatableMixin sets translation keys on save
    partners += new_partners
    people = [Person.objects.create(name=f"Researcher {n}") for n in range(1, BENCH_PEOPLE + 1)]
    now = timezone.now()
    total = REPORTS_PER_SCALE * scale
    authors, topic_links, partner_links = [], [], []
    for i in range(total):
        report = ReportPage(
            title=f"Report {i + 1}: {_text(i, 6)}",
            slug=f"bench-report-{i + 1}",
            publication_date=datetime.date(2000 + i % 26, 1 + i % 12, 1 + i % 28),
            summary=_text(i, 45),
            search_description=_text(i, 15),
            key_findings=[{"type": "finding", "value": _text(i + k, 20)} for k in range(3)],
            body=[{"type": "paragraph", "value": f"<p>{_text(i + k, 90)}</p>"} for k in range(3)],
            first_published_at=now - datetime.timedelta(minutes=i),
            last_published_at=now - datetime.timedelta(minutes=i),
        )
        index.add_child(instance=report)
        authors += [
            ReportAuthor(page=report, sort_order=0, person=people[i % len(people)]),
            ReportAuthor(page=report, sort_order=1, name=f"Co-author {i % 97}"),
        ]
        for k in range(2):
            topic_links.append(
                ReportTopic(page=report, sort_order=k, topic=topics[(i + k * 5) % len(topics)])
            )
        partner_links.append(
            ReportPartner(page=report, sort_order=0, partner=partners[i % len(partners)])
        )
    ReportAuthor.objects.bulk_create(authors, batch_size=1000)
    ReportTopic.objects.bulk_create(topic_links, batch_size=1000)
    ReportPartner.objects.bulk_create(partner_links, batch_size=1000)
    stdout.write(
        f"pages: {total} reports ({len(authors)} authors, {len(topic_links)} topic and "
        f"{len(partner_links)} partner links)"
    )


def _stories(scale, stdout):
    """`STORIES_PER_SCALE * scale` consented stories, each in a program area with a topic."""
    locale = Locale.get_default()
    index = StoryIndexPage.objects.filter(locale=locale).first()
    if index is None:
        stdout.write("pages: no story index; stories skipped")
        return
    areas = list(ProgramAreaPage.objects.filter(locale=locale))
    topics = list(Topic.objects.filter(locale=locale))
    now = timezone.now()
    total = STORIES_PER_SCALE * scale
    links = []
    for i in range(total):
        story = StoryPage(
            title=f"Story {i + 1}: {_text(i, 5)}",
            slug=f"bench-story-{i + 1}",
            storyteller_name=f"Teller {i % 40}",
            consent_recorded=True,
            consent_date=datetime.date(2024, 1, 1),
            pull_quote=_text(i, 20),
            search_description=_text(i, 15),
            body=[{"type": "paragraph", "value": f"<p>{_text(i + k, 90)}</p>"} for k in range(3)],
            program_area=areas[i % len(areas)] if areas else None,
            first_published_at=now - datetime.timedelta(minutes=i),
            last_published_at=now - datetime.timedelta(minutes=i),
        )
        index.add_child(instance=story)
        links.append(StoryTopic(page=story, sort_order=0, topic=topics[i % len(topics)]))
    StoryTopic.objects.bulk_create(links, batch_size=1000)
    stdout.write(f"pages: {total} stories")
