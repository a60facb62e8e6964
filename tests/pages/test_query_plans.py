"""The listings, search and sitemap read through indexes (PostgreSQL): with sequential
scans switched off, no query of these pages scans pages, search entries or topic links
in full, and a deep page of a listing costs the queries of the first."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.signal_handlers import disable_reference_index_auto_update

from pages.models import (
    ProgramAreaPage,
    ProgramAreaTopic,
    ReportPage,
    ReportTopic,
    StandardPage,
    StoryPage,
    StoryTopic,
)
from tests.pages import content
from tests.plans import analyze, plans_of, seq_scans

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL query plans"),
]

REPORTS = 120
STORIES = 60
PAGES = 30


def _paragraphs(i):
    words = ["court", "plea", "counsel", "detention", "family", "hearing", "record", "relief"]
    text = " ".join(words[(i * 3 + k) % len(words)] for k in range(120))
    return [{"type": "paragraph", "value": f"<p>{text}</p>"}]


def _add(parent, page):
    """Live, without revisions (as the bench makes them): fast enough for hundreds."""
    parent.add_child(instance=page)
    return page


@pytest.fixture
def big_site(home):
    with disable_reference_index_auto_update():
        return _build(home)


def _build(home):
    now = timezone.now()
    reports = content.report_index(home)
    stories = content.story_index(home)
    area = _add(
        content.program_index(home),
        ProgramAreaPage(title="Detention", slug="detention", summary="s", search_description="x"),
    )
    detention, youth = content.topic("Detention"), content.topic("Youth")
    ProgramAreaTopic.objects.create(page=area, topic=detention, sort_order=0)
    report_links, story_links = [], []
    for i in range(REPORTS):
        report = _add(
            reports,
            ReportPage(
                title=f"Report {i}" + (" on sanctuary" if i % 50 == 0 else ""),
                slug=f"report-{i}",
                publication_date=datetime.date(2000 + i % 25, 1 + i % 12, 1 + i % 28),
                summary=f"Summary {i}",
                search_description=f"About report {i}",
                body=_paragraphs(i),
                first_published_at=now - datetime.timedelta(minutes=i),
                last_published_at=now,
            ),
        )
        report_links.append(ReportTopic(page=report, topic=detention if i % 3 else youth))
    for i in range(STORIES):
        story = _add(
            stories,
            StoryPage(
                title=f"Story {i}",
                slug=f"story-{i}",
                storyteller_name="Teller",
                consent_recorded=True,
                consent_date=datetime.date(2024, 1, 1),
                search_description=f"About story {i}",
                body=_paragraphs(i),
                program_area=area if i % 4 == 0 else None,
                first_published_at=now - datetime.timedelta(minutes=i),
                last_published_at=now,
            ),
        )
        story_links.append(StoryTopic(page=story, topic=detention if i % 5 == 0 else youth))
    for i in range(PAGES):
        _add(
            home,
            StandardPage(
                title=f"Page {i}",
                slug=f"page-{i}",
                body=_paragraphs(i),
                first_published_at=now,
                last_published_at=now,
            ),
        )
    ReportTopic.objects.bulk_create(report_links)
    StoryTopic.objects.bulk_create(story_links)
    analyze()
    return {"reports": reports, "stories": stories, "area": area}


def _no_seq_scan(client, url, settings, uses=None):
    plans = plans_of(client, url, settings)
    assert plans, url
    scans = seq_scans(plans)
    assert scans == [], (url, [plans[sql] for _table, sql in scans])
    assert all("Index" in plan for plan in plans.values()), url
    if uses:
        uses = (uses,) if isinstance(uses, str) else uses
        assert any(u in plan for u in uses for plan in plans.values()), (url, uses)
    return plans


def _newest_report_ids():
    return list(
        ReportPage.objects.order_by("-publication_date", "-pk").values_list("pk", flat=True)
    )


def _search_plans(client, big_site, settings):
    # A rare word: the matching entries come from the GIN index. A word on most pages
    # (here every page, of a few hundred): no full scan either; at this size the planner
    # may read the locale's entries by index, at a large size it walks the newest.
    _no_seq_scan(client, "/en/search/?q=sanctuary", settings, uses="pages_search_vector_gin")
    for query in ("detention hearing", "report", "detention&type=report&page=3"):
        _no_seq_scan(client, f"/en/search/?q={query}", settings)


def _search_results(client, big_site):
    response = client.get("/en/search/", {"q": "sanctuary"})
    titles = [r["page"].title for r in response.context["results"]]
    assert sorted(titles) == sorted(f"Report {i} on sanctuary" for i in range(0, REPORTS, 50))
    assert response.context["page_obj"].paginator.count == REPORTS // 50 + 1


def _report_plans(client, big_site, settings):
    url = big_site["reports"].url
    ids = _newest_report_ids()
    by_date = ("report_newest", "pages_reportpage_publication_date")
    _no_seq_scan(client, url, settings, uses=by_date)
    _no_seq_scan(client, f"{url}?page=9&after={ids[79]}", settings, uses=by_date)
    _no_seq_scan(client, f"{url}?page=3&before={ids[30]}", settings, uses=by_date)
    _no_seq_scan(client, f"{url}?page=11", settings)  # an old link by number
    _no_seq_scan(client, f"{url}?topic=detention&after={ids[49]}&page=4", settings)


def _deep_report_queries(client, big_site, settings):
    settings.PAGE_CACHE_ENABLED = False
    settings.PAGE_FRAGMENT_CACHE = False
    url = big_site["reports"].url
    ids = _newest_report_ids()

    def count(address):
        client.get(address)
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(address)
        return len(ctx), response

    first, _response = count(url)
    deep, response = count(f"{url}?page=11&after={ids[99]}")
    titles = [r.title for r in response.context["reports"]]
    assert titles == [ReportPage.objects.get(pk=pk).title for pk in ids[100:110]]
    assert deep == first + 1  # the look-up of the report it continues from, by key


def _story_plans(client, big_site, settings):
    stories = big_site["stories"].url
    newest = list(
        StoryPage.objects.order_by("-first_published_at", "-pk").values_list("pk", flat=True)
    )
    _no_seq_scan(client, stories, settings)
    _no_seq_scan(client, f"{stories}?page=5&after={newest[39]}", settings)
    plans = _no_seq_scan(client, big_site["area"].url, settings)
    assert any("pages_storytopic" in sql for sql in plans)  # the related stories were read


def _related_stories(client, big_site):
    response = client.get(big_site["area"].url)
    sections = {s["heading"]: s["items"] for s in response.context["related_sections"]}
    stories = [card.title for card in sections["Related stories"]]
    # Story i is in the area when i % 4 == 0, tagged Detention when i % 5 == 0;
    # the newest have the smallest i.
    assert stories == [f"Story {i}" for i in (0, 4, 5, 8, 10, 12)]
    reports = [card.title for card in sections["Related reports"]]
    assert len(reports) == 6


def _listed_in_index_order(client, url, settings, order_by):
    """The query of `url` ordered by `order_by` reads its rows in that order from an
    index: with sorts and sequential scans switched off, its plan has neither (a small
    table may be sorted by choice; switched off, a sort stays only where no index
    serves the order)."""
    off = ("enable_seqscan", "enable_sort", "enable_incremental_sort")
    plans = plans_of(client, url, settings, off)
    listing = [plan for sql, plan in plans.items() if order_by in sql]
    assert listing, (url, order_by)
    for plan in listing:
        assert "Sort" not in plan and "Seq Scan" not in plan, (url, plan)


def _feed_plans(client, big_site, settings):
    # Every page below was published at the same moment: the newest twenty still come
    # from one index, not from a sort of every page published then.
    newest = 'ORDER BY "wagtailcore_page"."first_published_at" DESC'
    _listed_in_index_order(client, "/en/feeds/updates/", settings, newest)
    _listed_in_index_order(client, big_site["stories"].url, settings, newest)
    _no_seq_scan(client, "/en/feeds/reports/", settings, uses="report_newest")


def _sitemap_plans(client, big_site, settings):
    _no_seq_scan(client, "/sitemap.xml", settings)
    _no_seq_scan(client, "/sitemap-en-pages-reportpage.xml?p=1", settings)
    _no_seq_scan(client, "/sitemap-en-pages-storypage.xml?p=1", settings)


# Building the content costs most of the time: one test reads it all.


def test_listings_search_and_sitemap_on_a_large_site(client, big_site, settings):
    _search_results(client, big_site)
    _related_stories(client, big_site)
    _search_plans(client, big_site, settings)
    _report_plans(client, big_site, settings)
    _story_plans(client, big_site, settings)
    _sitemap_plans(client, big_site, settings)
    _feed_plans(client, big_site, settings)
    _deep_report_queries(client, big_site, settings)
