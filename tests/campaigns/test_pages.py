"""What readers see: campaign pages, bill pages, the feed, and their query budgets."""

import html
import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.test.utils import WagtailPageTestCase

from campaigns.legislation.importers import import_bills, read_files
from campaigns.legislation.stages import Stage
from campaigns.models import (
    Bill,
    BillAction,
    BillRelation,
    BillStatusChange,
    CampaignBill,
    CampaignIndexPage,
    CampaignPage,
    LegislativeSession,
    StatementOfSupportPage,
)
from pages.models import HomePage, StandardPage
from tests.budgets import QUERY_BUDGET
from tests.conftest import add_page, login_with_mfa

pytestmark = pytest.mark.django_db

FIXTURES = Path(__file__).parent / "legislation" / "fixtures"
EMAIL = "campaigns@example.org"


@pytest.fixture
def bills():
    import_bills(
        read_files([FIXTURES / "openleg_S1825.json", FIXTURES / "openleg_A4469.json"], "openleg")
    )
    senate = Bill.objects.get(base_print_number="S1825")
    assembly = Bill.objects.get(base_print_number="A4469")
    BillRelation(bill=senate, relation_type="companion", related_bill=assembly).save()
    BillRelation(bill=senate, relation_type="enacted_via", note="FY2020 budget, Part OO").save()
    return senate, assembly


@pytest.fixture
def index(home):
    return add_page(
        home,
        CampaignIndexPage(
            title="Campaigns", slug="campaigns", search_description="x", show_in_menus=True
        ),
    )


def _campaign(index, bills, **extra):
    senate, assembly = bills
    fields = dict(
        title="One Day to Protect New Yorkers",
        slug="one-day",
        search_description="x",
        goal="Cap misdemeanor sentences at 364 days.",
        status="won",
        outcome="Enacted through the FY2020 state budget.",
        outcome_date=date(2019, 4, 12),
        contact_email=EMAIL,
    )
    fields.update(extra)
    page = CampaignPage(**fields)
    page.campaign_bills = [
        CampaignBill(bill=assembly, role="lead"),
        CampaignBill(bill=senate, role="companion"),
    ]
    return add_page(index, page)


@pytest.fixture
def campaign(index, bills):
    return _campaign(index, bills)


class TestTree(WagtailPageTestCase):
    def test_tree_rules(self):
        self.assertAllowedParentPageTypes(CampaignIndexPage, {HomePage})
        self.assertAllowedParentPageTypes(CampaignPage, {CampaignIndexPage})
        self.assertAllowedSubpageTypes(CampaignIndexPage, {CampaignPage})
        self.assertAllowedSubpageTypes(CampaignPage, {StatementOfSupportPage})


def test_campaign_page_shows_both_bills_and_the_outcome(client, campaign):
    response = client.get("/en/campaigns/one-day/")
    assert response.status_code == 200
    text = response.content.decode()
    assert "A.4469" in text and "S.1825-A" in text
    assert "Lead bill" in text and "Companion" in text
    assert '<span class="badge badge--won">Won</span>' in text and "12 April 2019" in text
    assert "Enacted through the FY2020 state budget." in text
    assert "In the Senate Codes Committee since 8 January 2020" in text
    assert "In the Assembly Codes Committee since 4 February 2019" in text
    assert 'href="/en/campaigns/bills/ny/2019-2020/S1825/"' in text
    # A won campaign celebrates rather than asking for action on a dead bill.
    assert "We won" in text
    assert text.count('aria-current="step"') == 2


def test_campaign_index_lists_campaigns(client, campaign):
    text = client.get("/en/campaigns/").content.decode()
    assert "One Day to Protect New Yorkers" in text
    assert 'href="/en/campaigns/one-day/"' in text


def test_call_to_action_follows_the_lead_bill(client, index, bills):
    _campaign(index, bills, status="active", outcome="", outcome_date=None)
    text = client.get("/en/campaigns/one-day/").content.decode()
    assert "Press the committee" in text
    assert "Assembly Codes Committee" in text


def test_contact_email_is_hidden_from_harvesters_but_works(client, campaign):
    text = client.get("/en/campaigns/one-day/").content.decode()
    assert EMAIL not in text
    assert "campaigns@" not in text and "example.org" not in text
    link = re.search(r'<a class="protected-email" href="([^"]+)">([^<]+)</a>', text)
    assert link, "no protected email link"
    assert html.unescape(link.group(1)) == f"mailto:{EMAIL}"
    assert html.unescape(link.group(2)) == EMAIL


def test_campaign_page_links_its_feed_in_head(client, campaign):
    text = client.get("/en/campaigns/one-day/").content.decode()
    head = text[: text.index("</head>")]
    assert (
        '<link rel="alternate" type="application/atom+xml"' in head
        and 'href="/en/campaigns/one-day/feed/"' in head
    )


def test_feed_lists_status_changes_newest_first(client, campaign, bills):
    response = client.get("/en/campaigns/one-day/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    ns = {"a": "http://www.w3.org/2005/Atom"}
    root = ET.fromstring(response.content)  # noqa: S314 - our own feed
    entries = root.findall("a:entry", ns)
    updated = [e.find("a:updated", ns).text[:10] for e in entries]
    assert updated == ["2020-01-08", "2019-02-13", "2019-02-04", "2019-01-16"]
    titles = [e.find("a:title", ns).text for e in entries]
    assert titles[0] == "S.1825-A: In the Senate Codes Committee since 8 January 2020"
    link = entries[0].find("a:link", ns).attrib["href"]
    assert link.endswith("/en/campaigns/bills/ny/2019-2020/S1825/")
    ids = [e.find("a:id", ns).text for e in entries]
    assert len(set(ids)) == len(ids)


def test_bill_page(client, campaign, bills):
    response = client.get("/en/campaigns/bills/ny/2019-2020/S1825/")
    assert response.status_code == 200
    text = response.content.decode()
    assert "<h1>S.1825-A</h1>" in text or "<h1>S.1825-A:" in text
    assert "In the Senate Codes Committee since 8 January 2020" in text
    # Progress bar: an ordered list, the Senate committee current.
    progress = re.search(r'<ol class="progress".*?</ol>', text, re.S).group(0)
    current = re.search(
        r'<li class="progress__step progress__step--current" aria-current="step">.*?</li>',
        progress,
        re.S,
    ).group(0)
    assert "Senate committee" in current and "(current step)" in current
    assert progress.count("(completed)") == 1
    # Full history, sponsors, companions side by side, source and last updated.
    for action in ("REFERRED TO CODES", "AMEND AND RECOMMIT TO CODES", "PRINT NUMBER 1825A"):
        assert action in text
    assert "<td>Senate</td>" in text
    assert "Jessica Ramos" in text and "2 co-sponsors" in text
    assert "Companion bills" in text
    # One tracker per bill page: the companion is a card with its status, no second bar.
    assert text.count('<ol class="progress') == 1
    assert 'href="/en/campaigns/bills/ny/2019-2020/A4469/"' in text
    assert "In the Assembly Codes Committee since 4 February 2019" in text
    assert "FY2020 budget, Part OO" in text
    assert "Last updated" in text
    assert 'href="https://www.nysenate.gov/legislation/bills/2019/S1825"' in text
    assert 'href="/en/campaigns/one-day/"' in text


def test_companion_shows_from_the_other_side(client, campaign, bills):
    text = client.get("/en/campaigns/bills/ny/2019-2020/A4469/").content.decode()
    assert 'href="/en/campaigns/bills/ny/2019-2020/S1825/"' in text
    assert "Assembly committee" in text


def test_bill_page_redirects_amended_number_and_404s_unknown(client, index, bills):
    response = client.get("/en/campaigns/bills/ny/2019-2020/S1825A/")
    assert response.status_code == 302
    assert response["Location"] == "/en/campaigns/bills/ny/2019-2020/S1825/"
    assert client.get("/en/campaigns/bills/ny/2019-2020/S9999/").status_code == 404
    assert client.get("/en/campaigns/bills/ny/2019-2020/not-a-bill/").status_code == 404


def test_resources_render(client, index, bills, home):
    statement = add_page(
        home, StandardPage(title="Statement of support", slug="statement", search_description="x")
    )
    _campaign(
        index,
        bills,
        resources=[
            {
                "type": "statement",
                "value": {"title": "", "page": statement.pk, "url": "", "description": ""},
            },
            {
                "type": "faq",
                "value": {
                    "heading": "Questions",
                    "items": [{"question": "Why 364?", "answer": "<p>Because.</p>"}],
                },
            },
            {
                "type": "partner_report",
                "value": {
                    "title": "Bar report",
                    "page": None,
                    "url": "https://example.org/report",
                    "description": "In support.",
                },
            },
        ],
        action_page=statement,
    )
    text = client.get("/en/campaigns/one-day/").content.decode()
    assert 'href="/en/statement/"' in text
    assert "Statement of support" in text and "Why 364?" in text
    assert 'href="https://example.org/report"' in text and "Partner report" in text


# Query budgets -------------------------------------------------------------------------


def _count(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx)


def _more_bills(campaign, session, start, count, actions_each):
    for number in range(start, start + count):
        bill = Bill.objects.create(
            session=session,
            originating_chamber="upper",
            base_print_number=f"S{number}",
            print_number=f"S{number}",
            title=f"Bill {number}",
            stage=Stage.FIRST_COMMITTEE,
            stage_date=date(2019, 3, 1),
            stage_committee="Codes",
        )
        BillAction.objects.bulk_create(
            BillAction(
                bill=bill, sort_order=i, date=date(2019, 3, 1), chamber="upper", text=f"ACTION {i}"
            )
            for i in range(actions_each)
        )
        for i in range(actions_each):
            BillStatusChange.objects.create(
                bill=bill,
                stage=Stage.FIRST_COMMITTEE,
                date=date(2019, 3, 1 + i % 27),
                committee=f"C{i}",
            )
        CampaignBill.objects.create(page=campaign, bill=bill, role="companion")
        BillRelation(
            bill=bill,
            relation_type="companion",
            related_bill=Bill.objects.get(base_print_number="S1825"),
        ).save()
        BillAction.objects.bulk_create(
            BillAction(
                bill=Bill.objects.get(base_print_number="S1825"),
                sort_order=100 + number * 10 + i,
                date=date(2020, 2, 1),
                chamber="upper",
                text=f"MORE {number} {i}",
            )
            for i in range(actions_each)
        )


@pytest.mark.parametrize(
    "url",
    [
        "/en/campaigns/",
        "/en/campaigns/one-day/",
        "/en/campaigns/bills/ny/2019-2020/S1825/",
        "/en/campaigns/one-day/feed/",
    ],
)
def test_query_budget_is_constant(client, campaign, url, django_assert_max_num_queries):
    session = LegislativeSession.objects.get(identifier="2019-2020")
    _more_bills(campaign, session, 5000, 2, 3)
    small = _count(client, url)
    _more_bills(campaign, session, 6000, 20, 30)
    large = _count(client, url)
    assert large == small
    with django_assert_max_num_queries(QUERY_BUDGET):
        client.get(url)


class TestPreview(WagtailPageTestCase):
    @pytest.fixture(autouse=True)
    def _campaign(self, campaign):
        self.campaign = campaign

    def test_campaign_page_is_previewable_and_renderable(self):
        from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

        self.assertPageIsRenderable(self.campaign)
        bill = Bill.objects.get(base_print_number="S1825")
        post_data = nested_form_data(
            {
                "title": "Preview campaign",
                "slug": "one-day",
                "goal": "A goal",
                "status": "active",
                "outcome": "",
                "contact_email": "",
                "action_url": "",
                "search_description": "x",
                "body": streamfield([]),
                "resources": streamfield([]),
                "campaign_bills": inline_formset([{"bill": bill.pk, "role": "lead"}]),
                "topic_links": inline_formset([]),
            }
        )
        # The unsaved inline bill (modelcluster's in-memory relation) must render too.
        # (Wagtail's assertPageIsPreviewable logs in without the second factor the admin
        # requires, so the preview is driven by hand.)
        from django.contrib.auth import get_user_model
        from django.urls import reverse

        editor = get_user_model().objects.create_superuser("previewer", "p@example.org", "x")
        login_with_mfa(self.client, editor)
        url = reverse("wagtailadmin_pages:preview_on_edit", args=[self.campaign.pk])
        response = self.client.post(url, post_data)
        assert response.status_code == 200
        assert response.json()["is_valid"] is True
        response = self.client.get(url)
        assert response.status_code == 200
        assert "Preview campaign" in response.content.decode()
