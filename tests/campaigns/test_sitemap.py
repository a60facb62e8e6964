"""Bill pages in the sitemap: their own section, dropped when a bill changes."""

import re
from pathlib import Path

import pytest
from django.core.cache import caches
from django.test import RequestFactory

from campaigns.legislation.importers import read_files
from campaigns.legislation.importers.writer import import_bills
from campaigns.models import Bill, CampaignIndexPage
from campaigns.sitemap import bill_sections
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


def test_bill_entries_are_what_the_bill_pages_say(client, home, bills, spanish):
    """Addresses built once per session are those `bill_url` reverses for each bill, in
    both languages, with the bill's own last change as the date."""
    home.copy_for_translation(spanish).save_revision().publish()
    index = CampaignIndexPage.objects.get()
    es_index = index.copy_for_translation(spanish)
    es_index.save_revision().publish()
    bill = bills.get()
    others = [("S77", "s"), ("A12", "a")]
    for number, chamber in others:
        last = Bill.objects.create(
            session=bill.session,
            base_print_number=number,
            print_number=number,
            originating_chamber="upper" if chamber == "s" else "lower",
            title=f"Bill {number}",
        )
    Bill.objects.filter(pk=last.pk).update(base_print_number="Ñ7")  # quoted in addresses
    request = RequestFactory().get("/sitemap.xml", HTTP_HOST="testserver")
    (section,) = [s for s in bill_sections(request) if s.name == "es-bills"]
    entries = section.urls(request, 0, 100)
    expected = [
        (
            es_index.specific.bill_url(b, request, full=True),
            b.last_updated,
            [
                {"lang_code": "en", "location": index.bill_url(b, request, full=True)},
                {"lang_code": "es", "location": es_index.specific.bill_url(b, request, full=True)},
                {"lang_code": "x-default", "location": index.bill_url(b, request, full=True)},
            ],
        )
        for b in Bill.objects.select_related("session__jurisdiction").order_by("pk")
    ]
    assert [(e["location"], e["lastmod"], e["alternates"]) for e in entries] == expected
    assert "/es/campaigns/bills/" in expected[-1][0] and "%C3%917/" in expected[-1][0]
