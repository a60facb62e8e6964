"""Campaign and bill pages say only what is so: a feed ends where its bill ended, a call
to action asks only for what exists (no sponsor to thank without a bill that has one),
and a bill of a past session with no actions says so in the past tense."""

import xml.etree.ElementTree as ET
from datetime import date

import pytest

from campaigns.legislation.importers import import_bills, read_files
from campaigns.legislation.stages import Stage
from campaigns.models import (
    Bill,
    BillRelation,
    CampaignBill,
    CampaignIndexPage,
    CampaignPage,
    Jurisdiction,
    LegislativeSession,
    Sponsorship,
)
from pages.models import StandardPage
from tests.conftest import add_page

from .test_pages import FIXTURES, _campaign

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def bills():
    """The One Day bills as their documented API shapes describe them (in committee)."""
    import_bills(
        read_files([FIXTURES / "openleg_S1825.json", FIXTURES / "openleg_A4469.json"], "openleg")
    )
    senate = Bill.objects.get(base_print_number="S1825")
    assembly = Bill.objects.get(base_print_number="A4469")
    BillRelation(bill=senate, relation_type="companion", related_bill=assembly).save()
    return senate, assembly


@pytest.fixture
def index(home):
    return add_page(
        home, CampaignIndexPage(title="Campaigns", slug="campaigns", search_description="x")
    )


def _feed_titles(client, url="/en/campaigns/one-day/feed/"):
    response = client.get(url)
    assert response.status_code == 200
    feed = ET.fromstring(response.content)  # noqa: S314 - our own feed
    return [entry.findtext(f"{ATOM}title") for entry in feed.iter(f"{ATOM}entry")]


def _enacted_via_budget(bill):
    """What staff record for the One Day bills: the policy enacted through the budget on
    12 April 2019, the stage locked against the next import."""
    bill.stage, bill.stage_date, bill.stage_committee = Stage.ENACTED_VIA, date(2019, 4, 12), ""
    bill.locked_fields = ["stage", "stage_date", "stage_committee"]
    bill.save()


def test_the_feed_ends_where_the_bill_ended(client, index, bills):
    senate, assembly = bills
    _campaign(index, bills)
    before = _feed_titles(client)
    assert before[0] == "S.1825-A: In the Senate Codes Committee since 8 January 2020"
    for bill in (senate, assembly):
        _enacted_via_budget(bill)
    titles = _feed_titles(client)
    # The last word on each bill is how it ended; the routine re-referral of January
    # 2020, after the policy had become law, no longer ends the feed.
    assert titles[:2] == [
        "S.1825-A: Its policy became law through another bill on 12 April 2019",
        "A.4469: Its policy became law through another bill on 12 April 2019",
    ] or titles[:2] == [
        "A.4469: Its policy became law through another bill on 12 April 2019",
        "S.1825-A: Its policy became law through another bill on 12 April 2019",
    ]
    assert not any("8 January 2020" in title for title in titles)
    # What came before the end stays.
    assert "S.1825-A: In the Senate Codes Committee since 13 February 2019" in titles


def test_a_bill_left_pending_when_its_session_ended_says_so_in_the_feed(
    client,
    index,
    bills,
):
    senate, _assembly = bills
    _campaign(index, bills)
    LegislativeSession.objects.filter(pk=senate.session_id).update(end_date=date(2020, 12, 31))
    titles = _feed_titles(client)
    assert titles[0] == (
        "S.1825-A: In the Senate Codes Committee since 8 January 2020 (the session has since ended)"
    )
    # An earlier step is history: it does not carry the note.
    assert "S.1825-A: In the Senate Codes Committee since 13 February 2019" in titles


def _no_bill_campaign(index, **fields):
    values = dict(
        title="Keep a summons from closing the door to DACA",
        slug="summonses",
        search_description="x",
        goal="Change how summonses are handled.",
        status="active",
    )
    values.update(fields)
    return add_page(index, CampaignPage(**values))


def test_a_campaign_without_a_bill_asks_no_one_to_thank_a_sponsor(client, index):
    _no_bill_campaign(index)
    text = client.get("/en/campaigns/summonses/").content.decode()
    assert "Thank the sponsor" not in text and "introducing the bill" not in text
    assert "campaign__cta" not in text  # nothing to ask: no box
    spanish = client.get("/es/campaigns/summonses/")
    assert spanish.status_code == 200
    assert "Dé las gracias" not in spanish.content.decode()


def test_a_campaign_without_a_bill_but_with_somewhere_to_go_invites_readers(
    client,
    index,
):
    target = add_page(
        index.get_parent().specific,
        StandardPage(title="Get involved", slug="get-involved", search_description="x"),
    )
    _no_bill_campaign(index, action_page=target)
    text = client.get("/en/campaigns/summonses/").content.decode()
    assert "Take part" in text and 'href="/en/get-involved/"' in text
    assert "Thank the sponsor" not in text


def test_a_bill_without_a_sponsor_asks_for_support_not_thanks(client, index):
    ny, _created = Jurisdiction.objects.get_or_create(code="ny", defaults={"name": "New York"})
    session = LegislativeSession.objects.create(jurisdiction=ny, identifier="2025-2026")
    bill = Bill.objects.create(
        session=session,
        base_print_number="A100",
        title="An act",
        originating_chamber="lower",
        stage=Stage.INTRODUCED,
    )
    page = CampaignPage(
        title="A new bill", slug="new-bill", search_description="x", goal="Pass it."
    )
    page.campaign_bills = [CampaignBill(bill=bill, role="lead")]
    add_page(index, page)
    text = client.get("/en/campaigns/new-bill/").content.decode()
    assert "Thank the sponsor" not in text
    assert "Ask for support" in text
    Sponsorship.objects.create(bill=bill, name="Marcos A. Crespo", classification="primary")
    page.save_revision().publish()
    text = client.get("/en/campaigns/new-bill/").content.decode()
    assert "Thank the sponsor" in text and "Marcos A. Crespo" in text


def test_a_past_bill_without_actions_says_none_were_recorded_in_its_session(
    client,
    index,
):
    ny, _created = Jurisdiction.objects.get_or_create(code="ny", defaults={"name": "New York"})
    old = LegislativeSession.objects.create(
        jurisdiction=ny, identifier="2019-2020", end_date=date(2020, 12, 31)
    )
    current = LegislativeSession.objects.create(jurisdiction=ny, identifier="2025-2026")
    for session in (old, current):
        Bill.objects.create(
            session=session, base_print_number="S500", title="An act", originating_chamber="upper"
        )
    text = client.get("/en/campaigns/bills/ny/2019-2020/S500/").content.decode()
    assert "No actions were recorded for this bill in the 2019-2020 session." in text
    assert "recorded yet" not in text
    text = client.get("/en/campaigns/bills/ny/2025-2026/S500/").content.decode()
    assert "No actions are recorded yet." in text
