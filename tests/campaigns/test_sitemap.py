"""Bill pages in the sitemap: their own section, dropped when a bill changes."""

import re
from pathlib import Path

import pytest
from django.core.cache import caches

from campaigns.legislation.importers import read_files
from campaigns.legislation.importers.writer import import_bills
from campaigns.models import Bill, CampaignIndexPage
from tests.conftest import add_page

pytestmark = pytest.mark.django_db

FIXTURES = Path(__file__).parent / "legislation" / "fixtures"


@pytest.fixture(autouse=True)
def _fresh_cache():
    caches["default"].clear()
    yield
    caches["default"].clear()


@pytest.fixture
def bills(home):
    add_page(home, CampaignIndexPage(title="Campaigns", slug="campaigns", search_description="x"))
    import_bills(read_files([FIXTURES / "openleg_S1825.json"], "openleg"))
    return Bill.objects.all()


def test_bill_pages_have_their_own_section(client, bills):
    index = client.get("/sitemap.xml").content.decode()
    assert "http://testserver/sitemap-en-bills.xml?p=1" in index
    xml = client.get("/sitemap-en-bills.xml", {"p": 1}).content.decode()
    locations = re.findall(r"<loc>([^<]+)</loc>", xml)
    bill = bills.get()
    parts = bill.url_parts()
    expected = (
        f"http://testserver/en/campaigns/bills/{parts['jurisdiction']}/{parts['session']}/"
        f"{parts['print_number']}/"
    )
    assert locations == [expected]
    assert client.get(expected.replace("http://testserver", "")).status_code == 200


def test_a_new_bill_drops_the_bill_section(client, bills):
    client.get("/sitemap-en-bills.xml", {"p": 1})
    bill = bills.get()
    bill.pk = None
    bill.base_print_number = "S9999"
    bill.print_number = "S9999"
    bill.save()
    xml = client.get("/sitemap-en-bills.xml", {"p": 1}).content.decode()
    assert "/S9999/" in xml
