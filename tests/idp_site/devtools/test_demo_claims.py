"""The demo site says only what is so: a crawl of every public page in English and
Spanish (and every bill page) for calls to action and document links that promise what
is not there (page_claims.py), with a proof that the crawl reports a planted page; then
the demo's statement, feed, figures, signers and structured data, page by page."""

import html
import json
import re
import xml.etree.ElementTree as ET

import pytest
from wagtail.models import Locale, Page

from campaigns.models import Bill, CampaignIndexPage, Signatory
from pages.intake.models import AttorneyHelpPage
from pages.models import HomePage, ReportPage, StandardPage
from tests.conftest import add_page

from .page_claims import home_page_document_links, sponsor_thanks_without_a_bill, untrue_claims

pytestmark = pytest.mark.django_db

HOST = {"HTTP_HOST": "localhost"}
STATEMENT = "/en/campaigns/one-day/statement-of-support/"
STATEMENT_ES = "/es/campanas/un-dia/declaracion-de-apoyo/"
ATOM = "{http://www.w3.org/2005/Atom}"


def crawl_urls():
    """Every live public page (both languages) and every bill page under each campaigns
    index (both languages)."""
    urls = {page.url for page in Page.objects.live().public().filter(depth__gt=1).specific()}
    for index in CampaignIndexPage.objects.live():
        for bill in Bill.objects.select_related("session__jurisdiction"):
            urls.add(index.bill_url(bill))
    return sorted(url for url in urls if url)


def crawl(client):
    """{url: [finding...]} for every page that claims what is not so; and how many
    pages answered."""
    findings, seen = {}, 0
    for url in crawl_urls():
        response = client.get(url, **HOST)
        if response.status_code != 200:
            continue
        seen += 1
        claims = untrue_claims(response.content.decode())
        if claims:
            findings[url] = claims
    return findings, seen


def test_the_demo_site_promises_no_sponsor_and_no_document_it_does_not_have(client, demo_content):
    findings, seen = crawl(client)
    assert findings == {}
    assert seen >= 80
    visited = crawl_urls()
    assert any(u.startswith("/es/") for u in visited) and any(u.startswith("/en/") for u in visited)
    assert any("/bills/" in u for u in visited)


def test_the_crawl_reports_a_planted_page(client, demo_content):
    """Proof the crawl can fail: a page thanking a sponsor with no bill, whose "full
    text" buttons lead to this site's and another site's home pages."""
    home = HomePage.objects.get(locale__language_code="en")
    body = [
        ("paragraph", "<p>Thank the sponsor for introducing the bill.</p>"),
        (
            "call_to_action",
            {"heading": "Read the full text", "text": "", "link_text": "Open", "url": "/en/"},
        ),
        (
            "call_to_action",
            {
                "heading": "Read the full text",
                "text": "",
                "link_text": "Find the report on its publisher's site",
                "url": "https://www.hrw.org/",
            },
        ),
    ]
    planted = add_page(
        home, StandardPage(title="Planted", slug="planted", search_description="x", body=body)
    )
    findings, _seen = crawl(client)
    assert list(findings) == [planted.url]
    assert findings[planted.url] == [
        "thanks a sponsor without a bill: 'Thank the sponsor'",
        "thanks a sponsor without a bill: 'for introducing the bill'",
        "document link to a home page: 'Open' -> /en/",
        'document link to a home page: "Find the report on its publisher\'s site" -> '
        "https://www.hrw.org/",
    ]


@pytest.mark.parametrize(
    ("markup", "found"),
    [
        ("<main><p>Dé las gracias a quien lo patrocina</p></main>", True),
        (
            '<main><p>Thank the sponsor</p><a href="/en/campaigns/bills/ny/2019-2020/S1825/">'
            "S.1825</a></main>",
            False,
        ),
        ("<header><p>Thank the sponsor</p></header><main></main>", False),
    ],
)
def test_the_sponsor_check_reads_spanish_and_bills(markup, found):
    assert bool(sponsor_thanks_without_a_bill(markup)) is found


@pytest.mark.parametrize(
    ("markup", "found"),
    [
        ('<main><a class="button" href="/es/">Descargar</a></main>', True),
        (
            '<main><p class="report__download"><a href="https://example.org">PDF</a></p></main>',
            True,
        ),
        ('<main><a href="/">Leer el texto completo</a></main>', True),
        ('<main><a class="button" href="/en/attorneys/">Ask our attorneys</a></main>', False),
        ('<main><a href="/en/">Home</a></main>', False),  # not a document link
        ('<header><a class="button" href="/en/">Report</a></header><main></main>', False),
        ('<main><a class="button" href="/en/reports/?topic=policing">Reports</a></main>', False),
    ],
)
def test_the_document_check_knows_a_home_page(markup, found):
    assert bool(home_page_document_links(markup)) is found


# The demo's own pages ----------------------------------------------------------------------


def _text(markup):
    markup = re.sub(r"<(script|style|svg)\b.*?</\1>", " ", markup, flags=re.S | re.I)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def test_the_statement_is_closed_since_the_law_passed(client, demo_content):
    for url, note in (
        (STATEMENT, "The 364-day cap became law on 12 April 2019"),
        (STATEMENT_ES, "El límite de 364 días se convirtió en ley el 12 de abril de 2019"),
    ):
        response = client.get(url, **HOST)
        markup = response.content.decode()
        assert response.status_code == 200
        assert 'name="form_token"' not in markup, url
        assert note in _text(markup), url
    refused = client.post(STATEMENT, {"organization_name": "Someone"}, **HOST)
    assert refused.status_code == 403
    assert "Your signature was not recorded" in _text(refused.content.decode())
    assert Signatory.objects.filter(organization_name="Someone").count() == 0


def test_demo_signers_are_plainly_fictional(client, demo_content):
    signers = list(Signatory.objects.filter(status="approved"))
    assert len(signers) == 5
    for signer in signers:
        listed = signer.organization_name or signer.contact_name
        assert listed.startswith("Fictional "), listed
    text = _text(client.get(STATEMENT, **HOST).content.decode())
    for old in ("Bronx Neighborhood Defenders", "Queens Immigrant Families", "Flatbush Tenants"):
        assert old not in text
    assert "The signers listed on this demonstration site are fictional." in text


def test_the_won_campaigns_feed_ends_where_its_bills_ended(client, demo_content):
    response = client.get("/en/campaigns/one-day/feed/", **HOST)
    assert response.status_code == 200
    feed = ET.fromstring(response.content)  # noqa: S314 - our own feed
    titles = [entry.findtext(f"{ATOM}title") for entry in feed.iter(f"{ATOM}entry")]
    newest = titles[0]
    assert "Its policy became law through another bill on 12 April 2019" in newest
    assert not any("8 January 2020" in title for title in titles), titles
    assert not any("since" in title for title in titles[:2]), titles


def test_key_figures_say_their_years(client, demo_content):
    for url in ("/en/", "/es/", "/en/our-work/drug-policy-reform/"):
        markup = client.get(url, **HOST).content.decode()
        figures = re.findall(r'<div class="key-figure">(.*?)</div>', markup, flags=re.S)
        assert figures, url
        for figure in figures:
            text = _text(figure)
            assert not re.search(r"in five years|en cinco años", text), text
            if re.search(r"people|personas|deport", text, re.I):
                assert "key-figure__period" in figure and "2007–2012" in text, text
        assert "2 million" not in _text(markup) and "2 millones" not in _text(markup)


def _json_ld(markup):
    blocks = re.findall(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', markup, re.S)
    return [json.loads(block) for block in blocks]


def test_organizations_are_organizations_in_structured_data(client, demo_content):
    markup = client.get("/en/reports/promise-of-sanctuary-cities/", **HOST).content.decode()
    (report,) = [d for d in _json_ld(markup) if d.get("@type") == "Report"]
    assert [(a["@type"], a["name"]) for a in report["author"]] == [
        ("Organization", "Immigrant Defense Project"),
        ("Organization", "Fair Punishment Project"),
        ("Organization", "ILRC"),
    ]
    assert report["contributor"] and {c["@type"] for c in report["contributor"]} == {"Organization"}
    markup = client.get(
        "/en/reports/representing-immigrant-defendants-in-new-york/", **HOST
    ).content.decode()
    (report,) = [d for d in _json_ld(markup) if d.get("@type") == "Report"]
    assert [(a["@type"], a["name"]) for a in report["author"]] == [
        ("Person", "Manuel D. Vargas"),
        ("Organization", "Immigrant Defense Project"),
    ]


def test_ask_our_attorneys_leads_to_the_attorneys_page(client, demo_content):
    advisory = ReportPage.objects.get(
        slug="364-day-law-practice-advisory", locale__language_code="en"
    )
    attorneys = AttorneyHelpPage.objects.get(locale__language_code="en")
    spanish = Locale.objects.get(language_code="es")
    for report, page in (
        (advisory, attorneys),
        (advisory.get_translation(spanish), attorneys.get_translation(spanish)),
    ):
        markup = client.get(report.url, **HOST).content.decode()
        links = re.findall(r'<a class="button" href="([^"]+)">([^<]+)</a>', markup)
        assert [href for href, _words in links] == [page.url], report.url
        assert client.get(page.url, **HOST).status_code == 200


def test_the_one_day_story_is_noted_as_a_composite(client, demo_content):
    text = _text(client.get("/en/one-day-story/", **HOST).content.decode())
    assert "This is a composite story written for this site" in text
