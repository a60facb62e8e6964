"""Fixtures of the Spanish-edition tests: a Spanish home, and a campaign with its bills
in both languages."""

from datetime import date
from pathlib import Path

import pytest

from campaigns.legislation.importers import read_files
from campaigns.legislation.importers.writer import import_bills
from campaigns.models import Bill, CampaignBill, CampaignIndexPage, CampaignPage
from tests.conftest import add_page, translate

BILL_FIXTURES = Path(__file__).parent.parent / "campaigns" / "legislation" / "fixtures"


@pytest.fixture
def es_home(home, spanish):
    return translate(home, spanish, title="Proyecto de Defensa del Inmigrante")


@pytest.fixture
def campaigns_in_both_languages(home, es_home, spanish):
    import_bills(
        read_files(
            [BILL_FIXTURES / "openleg_S1825.json", BILL_FIXTURES / "openleg_A4469.json"],
            "openleg",
        )
    )
    index = add_page(
        home, CampaignIndexPage(title="Campaigns", slug="campaigns", search_description="x")
    )
    page = CampaignPage(
        title="One Day to Protect New Yorkers",
        slug="one-day",
        search_description="x",
        goal="Cap misdemeanor sentences at 364 days.",
        status="active",
    )
    page.campaign_bills = [
        CampaignBill(bill=Bill.objects.get(base_print_number="S1825"), role="lead")
    ]
    campaign = add_page(index, page)
    es_index = translate(index, spanish, title="Campañas", slug="campanas")
    es_campaign = translate(
        campaign,
        spanish,
        title="Un día menos: la ley de los 364 días",
        slug="un-dia",
        status="won",
        outcome_date=date(2019, 4, 12),
    )
    return es_index, es_campaign
