"""Every new page type renders in a fixed number of queries with 10x more content."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from pages.models import Person
from tests.budgets import QUERY_BUDGET
from tests.pages import content

pytestmark = pytest.mark.django_db


def _count(client, url):
    client.get(url)  # warm caches and create image renditions
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx)


def _grow(site, times, offset):
    """Add `times` topics, partners (with logos), reports and stories, all linked."""
    logo = site["logo"]
    for i in range(offset, offset + times):
        t = content.topic(f"Topic {i}")
        p = content.partner(f"Partner {i}", logo=logo)
        site["topics"].append(t)
        site["partners"].append(p)
        content.report(
            site["reports"],
            f"Report {i}",
            datetime.date(2000 + i % 25, 1, 1),
            topics=[t, site["shared"]],
            partners=[p, site["partner"]],
            authors=[site["person"], f"Author {i}"],
            cover_image=logo,
        )
        content.story(
            site["stories"],
            f"Story {i}",
            topics=[t, site["shared"]],
            program_area=site["area"],
            photo=logo,
            photo_alt_text="A photo",
        )
    # The program area and one report carry every partner and topic so far.
    for page in (site["area"], site["report"]):
        page = page.specific_class.objects.get(pk=page.pk)
        page.partner_links.set([page.partner_links.model(partner=p) for p in site["partners"]])
        page.topic_links.set([page.topic_links.model(topic=t) for t in site["topics"]])
        page.save_revision().publish()


@pytest.fixture
def site(home):
    logo = content.make_image("Logo")
    shared = content.topic("Shared")
    partner = content.partner("Main partner", logo=logo)
    areas = content.program_index(home)
    reports = content.report_index(home)
    stories = content.story_index(home)
    area = content.program_area(areas, "Area", topics=[shared], partners=[partner])
    report = content.report(
        reports,
        "The report",
        datetime.date(2030, 1, 1),
        topics=[shared],
        partners=[partner],
        cover_image=logo,
        report_file=content.make_document(),
    )
    story = content.story(stories, "The story", topics=[shared], photo=logo, photo_alt_text="x")
    return {
        "logo": logo,
        "shared": shared,
        "partner": partner,
        "person": Person.objects.create(name="Researcher"),
        "areas": areas,
        "reports": reports,
        "stories": stories,
        "area": area,
        "report": report,
        "story": story,
        "topics": [shared],
        "partners": [partner],
    }


def test_every_page_type_has_a_fixed_query_budget(client, site):
    urls = {
        "home": "/en/",
        "program area index": site["areas"].url,
        "program area": site["area"].url,
        "report index": site["reports"].url,
        "report index filtered": site["reports"].url + "?topic=shared&year=2001&partner=partner-1",
        "report": site["report"].url,
        "story index": site["stories"].url,
        "story": site["story"].url,
        "search": "/en/search/?q=report",
        "reports feed": "/en/feeds/reports/",
        "updates feed": "/en/feeds/updates/",
    }
    _grow(site, 3, 0)
    small = {name: _count(client, url) for name, url in urls.items()}
    _grow(site, 27, 3)
    large = {name: _count(client, url) for name, url in urls.items()}
    # Never more with 10x content. (The updates feed may need fewer: `.specific()` costs
    # one query per page type among the 20 newest, and with more content fewer types.)
    assert all(large[name] <= small[name] for name in urls), (small, large)
    assert {k: v for k, v in large.items() if k != "updates feed"} == {
        k: v for k, v in small.items() if k != "updates feed"
    }
    assert max(large.values()) <= QUERY_BUDGET, large
