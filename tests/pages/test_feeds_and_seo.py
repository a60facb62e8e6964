"""Atom feeds, and what search engines and link previews read in <head>."""

import datetime
import json
import re
import xml.etree.ElementTree as ET

import pytest
from django.core.exceptions import ValidationError

from pages.models import Person, ReportAuthor
from tests.pages import content

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def published(home):
    reports = content.report_index(home)
    stories = content.story_index(home)
    old = content.report(reports, "Older report", datetime.date(2015, 1, 1))
    new = content.report(reports, "Newer report", datetime.date(2022, 1, 1))
    mid = content.report(reports, "Middle report", datetime.date(2018, 1, 1))
    story = content.story(stories, "A story")
    return {"old": old, "new": new, "mid": mid, "story": story, "reports": reports}


def _entries(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)  # noqa: S314 - our own feed, in a test
    assert root.tag == f"{ATOM}feed"
    return [e.find(f"{ATOM}title").text for e in root.findall(f"{ATOM}entry")], root


def test_reports_feed_parses_and_lists_newest_first(client, published):
    titles, root = _entries(client.get("/en/feeds/reports/"))
    assert titles == ["Newer report", "Middle report", "Older report"]
    link = root.find(f"{ATOM}entry/{ATOM}link").get("href")
    assert link == "http://testserver" + published["new"].url


def test_a_feed_is_kept_until_the_next_publish(client, published, settings):
    """With the page cache on (production), a feed is read from the database once per
    content version; a publish shows at once, in each language apart."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    settings.PAGE_CACHE_ENABLED = True
    first = client.get("/en/feeds/reports/")
    with CaptureQueriesContext(connection) as ctx:
        again = client.get("/en/feeds/reports/")
    assert again.content == first.content and len(ctx) <= 1  # the version row at most
    assert again["Last-Modified"] == first["Last-Modified"]
    content.report(published["reports"], "Newest report", datetime.date(2024, 1, 1))
    titles, _root = _entries(client.get("/en/feeds/reports/"))
    assert titles[0] == "Newest report"
    _titles, spanish = _entries(client.get("/es/feeds/reports/"))
    assert spanish.get("{http://www.w3.org/XML/1998/namespace}lang") == "es"


@pytest.mark.parametrize("kept", [True, False])
def test_a_feed_is_sent_in_one_piece(client, published, settings, kept):
    """The server writes each piece of a response to the socket on its own; Django's
    feed writer leaves one piece per XML element (a few milliseconds per feed)."""
    settings.PAGE_CACHE_ENABLED = kept
    for url in ("/en/feeds/reports/", "/en/feeds/updates/"):
        pieces = list(client.get(url))
        assert len(pieces) == 1, (url, len(pieces))
        assert b"Newer report" in pieces[0]


def test_updates_feed_lists_every_kind_newest_first(client, published):
    titles, _ = _entries(client.get("/en/feeds/updates/"))
    # Published in this order: indexes, old, new, mid, story.
    assert titles[:4] == ["A story", "Middle report", "Newer report", "Older report"]
    assert "Immigrant Defense Project" not in titles  # not the home page


def test_feeds_are_linked_from_head(client, published):
    html = client.get("/en/").content.decode()
    head = html[: html.index("</head>")]
    assert re.search(
        r'<link rel="alternate" type="application/atom\+xml" title="[^"]+" '
        r'href="/en/feeds/reports/">',
        head,
    )
    assert 'href="/en/feeds/updates/"' in head


def _json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(b) for b in blocks]


def test_report_head_has_canonical_og_twitter_and_report_json_ld(client, published):
    page = published["new"]
    page.cover_image = content.make_image("Cover")
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    url = "http://testserver" + page.url
    assert f'<link rel="canonical" href="{url}">' in html
    assert f'<meta property="og:url" content="{url}">' in html
    assert '<meta property="og:type" content="article">' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html
    image = re.search(r'<meta property="og:image" content="([^"]+)">', html).group(1)
    assert image.startswith("http://testserver/") and "fill-1200x630" in image
    types = {d["@type"]: d for d in _json_ld(html)}
    assert types["Organization"]["name"] == "Immigrant Defense Project"
    assert types["Report"]["headline"] == "Newer report"
    assert types["Report"]["datePublished"] == "2022-01-01"
    assert types["Report"]["image"] == image


def test_story_has_article_json_ld_and_default_share_image(client, published):
    html = client.get(published["story"].url).content.decode()
    types = {d["@type"] for d in _json_ld(html)}
    assert types == {"Organization", "Article"}
    assert (
        '<meta property="og:image" content="http://testserver/static/img/share-default.png">'
        in html
    )


def test_json_ld_cannot_break_out_of_its_script(client, published):
    page = published["old"]
    page.title = "</script><script>alert(1)</script>"
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert "<script>alert(1)" not in html
    assert any(d.get("headline") == page.title for d in _json_ld(html))


def test_hreflang_alternates_list_each_translation_and_x_default(client, home, spanish):
    about = content.add_page(
        home,
        content.ProgramAreaIndexPage(title="Our work", slug="our-work", search_description="x"),
    )
    html = client.get(about.url).content.decode()
    assert 'hreflang="x-default"' not in html  # no alternates without a translation
    home_es = home.copy_for_translation(spanish)
    home_es.save_revision().publish()
    about_es = about.copy_for_translation(spanish)
    about_es.save_revision().publish()
    html = client.get(about.url).content.decode()
    assert f'<link rel="alternate" hreflang="en" href="http://testserver{about.url}">' in html
    assert f'<link rel="alternate" hreflang="es" href="http://testserver{about_es.url}">' in html
    assert (
        f'<link rel="alternate" hreflang="x-default" href="http://testserver{about.url}">' in html
    )


def test_report_json_ld_types_organizations_as_organizations(client, home):
    """Organizational authors (ticked by the editor) and partners are schema.org
    Organizations; a person, with a profile or a plain name, stays a Person."""
    reports = content.report_index(home)
    fair = content.partner("Fair Punishment Project")
    fair.url = "https://example.org/fpp"
    fair.save()
    page = content.report(
        reports,
        "A joint report",
        datetime.date(2017, 5, 1),
        partners=[fair],
        authors=["Manuel D. Vargas", "Immigrant Defense Project"],
    )
    author = page.authors.get(name="Immigrant Defense Project")
    author.is_organization = True
    author.save()
    page.save_revision().publish()
    (report,) = [
        d for d in _json_ld(client.get(page.url).content.decode()) if d["@type"] == "Report"
    ]
    assert report["author"] == [
        {"@type": "Person", "name": "Manuel D. Vargas"},
        {"@type": "Organization", "name": "Immigrant Defense Project"},
    ]
    assert report["contributor"] == [
        {
            "@type": "Organization",
            "name": "Fair Punishment Project",
            "url": "https://example.org/fpp",
        }
    ]
    assert "Person" not in json.dumps(report["contributor"])


def test_a_person_with_a_profile_cannot_be_marked_an_organization(home):
    person = Person.objects.create(name="Manuel D. Vargas")
    with pytest.raises(ValidationError) as raised:
        ReportAuthor(person=person, is_organization=True).clean()
    assert "A person with a profile is not an organization." in str(raised.value)
