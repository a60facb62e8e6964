"""Staff side: the admin for bills, the Communications role, and the demo content."""

from pathlib import Path

import pytest
from django.core.management import call_command
from wagtail.models import Page, Revision

from campaigns.legislation.importers import import_bills, read_files
from campaigns.models import (
    Bill,
    BillAction,
    BillRelation,
    BillStatusChange,
    CampaignBill,
    CampaignPage,
    Sponsorship,
)
from pages.roles import COMMUNICATIONS
from tests.conftest import login_with_mfa

pytestmark = pytest.mark.django_db

FIXTURES = Path(__file__).parent / "legislation" / "fixtures"


@pytest.fixture
def imported():
    import_bills(
        read_files([FIXTURES / "openleg_S1825.json", FIXTURES / "openleg_A4469.json"], "openleg")
    )


def test_bill_admin_lists_filters_and_searches(client, make_user, imported):
    login_with_mfa(client, make_user("root", superuser=True))
    response = client.get("/admin/snippets/legislation/bill/")
    assert response.status_code == 200
    text = response.content.decode()
    assert "S.1825-A" in text and "A.4469" in text
    text = client.get("/admin/snippets/legislation/bill/?q=S1825").content.decode()
    assert "S.1825-A" in text and "A.4469" not in text
    text = client.get(
        "/admin/snippets/legislation/bill/?originating_chamber=lower"
    ).content.decode()
    assert "A.4469" in text and "S.1825-A" not in text


def test_communications_can_edit_bills(client, make_user, imported):
    login_with_mfa(client, make_user("comms", groups=[COMMUNICATIONS]))
    bill = Bill.objects.get(base_print_number="S1825")
    assert client.get("/admin/snippets/legislation/bill/").status_code == 200
    assert client.get(f"/admin/snippets/legislation/bill/edit/{bill.pk}/").status_code == 200
    assert client.get("/admin/snippets/legislation/legislator/add/").status_code == 200


def test_staff_editing_the_stage_records_one_status_change(imported):
    bill = Bill.objects.get(base_print_number="A4469")
    before = bill.status_changes.count()
    bill.stage = "enacted_via"
    bill.save()
    bill.save()
    assert bill.status_changes.count() == before + 1


def _snapshot():
    return {
        model.__name__: model.objects.count()
        for model in (
            Page,
            Revision,
            Bill,
            BillAction,
            BillRelation,
            BillStatusChange,
            Sponsorship,
            CampaignBill,
        )
    }


def test_demo_content_is_idempotent_and_tells_the_one_day_story(client, demo_content):
    first = _snapshot()
    call_command("load_demo_content")
    assert _snapshot() == first

    campaign = CampaignPage.objects.get(slug="one-day")
    assert campaign.status == "won" and str(campaign.outcome_date) == "2019-04-12"
    roles = {link.bill.base_print_number: link.role for link in campaign.campaign_bills.all()}
    assert roles == {
        "A4469": "lead",
        "S1825": "companion",
        "A4881": "earlier_version",
        "S4294": "earlier_version",
        "A9857": "earlier_version",
    }
    senate = Bill.objects.get(base_print_number="S1825")
    assert senate.print_number == "S1825A"
    assert [a.text for a in senate.actions.all()] == [
        "REFERRED TO CODES",
        "AMEND AND RECOMMIT TO CODES",
        "PRINT NUMBER 1825A",
        "REFERRED TO CODES",
    ]
    assert senate.relations.filter(relation_type="enacted_via", note__contains="Part OO").exists()

    host = {"HTTP_HOST": "localhost"}
    text = client.get("/en/campaigns/one-day/", **host).content.decode()
    assert "A.4469" in text and "S.1825-A" in text
    assert "Marcos A. Crespo" in text and "Jessica Ramos" in text
    assert "How we won" in text and "364 days" in text
    assert "Questions and answers" in text and "Statement of support" in text
    # The policy won through the budget: the bills say so, not "stalled in committee".
    assert "Read what changed" in text
    assert "the session has since ended" not in text.split("Earlier and related bills")[0]
    text = client.get("/en/campaigns/bills/ny/2019-2020/S1825/", **host).content.decode()
    assert "Its policy became law through another bill on 12 April 2019" in text
    assert "Became law through another bill" in text
    assert "Part OO" in text
    assert text.count('<ol class="progress') == 1
    url = "http://localhost/en/campaigns/bills/ny/2019-2020/S1825/"
    assert f'<link rel="canonical" href="{url}">' in text
    assert '<meta property="og:title" content="S.1825-A: One Day to Protect New Yorkers' in text
    sitemap = client.get("/sitemap-en-bills.xml", **host).content.decode()
    assert "/en/campaigns/bills/ny/2019-2020/S1825/</loc>" in sitemap
    # Imports keep staff's "enacted through another bill" (the stage is locked).
    assert {"stage", "stage_date"} <= set(senate.locked_fields)
    assert client.get("/en/campaigns/", **host).status_code == 200


def test_bad_bill_number_in_admin_is_a_clear_error_and_keeps_input(client, make_user, imported):
    from campaigns.models import LegislativeSession

    login_with_mfa(client, make_user("root", superuser=True))
    session = LegislativeSession.objects.get(identifier="2019-2020")
    data = {
        "session": session.pk,
        "originating_chamber": "upper",
        "base_print_number": "one day bill",
        "print_number": "",
        "title": "A title staff typed",
        "stage": "introduced",
    }
    for prefix in ("sponsorships", "actions", "documents", "relations"):
        data.update({f"{prefix}-TOTAL_FORMS": 0, f"{prefix}-INITIAL_FORMS": 0})
    response = client.post("/admin/snippets/legislation/bill/add/", data)
    assert response.status_code == 200
    text = response.content.decode()
    assert "Enter a bill number such as" in text
    assert "A title staff typed" in text
    assert not Bill.objects.filter(title="A title staff typed").exists()

    data["base_print_number"] = "S.1825"  # already there in this session
    response = client.post("/admin/snippets/legislation/bill/add/", data)
    assert response.status_code == 200
    assert Bill.objects.filter(base_print_number="S1825").count() == 1


def test_sponsor_row_needs_a_legislator_or_a_name(client, make_user, imported):
    from django.core.exceptions import ValidationError

    bill = Bill.objects.get(base_print_number="S1825")
    with pytest.raises(ValidationError) as raised:
        Sponsorship(bill=bill, name=" ", classification="primary").full_clean()
    assert "Choose a legislator or type the sponsor's name." in str(raised.value)
