"""One current stage: when staff set a bill's stage by hand, the bill page, the
campaign's Atom feed and the status history all say what staff said, until staff
release it; the import summary and the admin show the conflict with the source."""

import copy
import json
import xml.etree.ElementTree as ET

import pytest

from campaigns.legislation.importers import import_bills, read_files
from campaigns.legislation.stages import Stage
from campaigns.models import Bill, CampaignBill, CampaignIndexPage, CampaignPage
from tests.conftest import add_page, login_with_mfa

from .conftest import FIXTURES, write_listing
from .test_importers import _edit_form_data

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"
SAMPLE = {
    item["basePrintNo"]: item
    for item in json.loads((FIXTURES / "openleg_ny_2025_sample.json").read_text())["result"][
        "items"
    ]
}


def _passed(item):
    """A10774 a little later: passed the Assembly (constructed from the real record)."""
    later = copy.deepcopy(item)
    later["actions"]["items"].append(
        {"date": "2026-06-01", "chamber": "ASSEMBLY", "sequenceNo": 9, "text": "PASSED ASSEMBLY"}
    )
    later["status"] = {"statusType": "PASSED_ASSEMBLY", "actionDate": "2026-06-01"}
    return later


@pytest.fixture
def campaign(home, tmp_path):
    import_bills(read_files([write_listing(tmp_path, "a.json", [SAMPLE["A10774"]])], "openleg"))
    bill = Bill.objects.get(base_print_number="A10774")
    index = add_page(home, CampaignIndexPage(title="Campaigns", slug="campaigns"))
    page = CampaignPage(title="No ICE in our schools", slug="no-ice", goal="Keep them out.")
    page.campaign_bills = [CampaignBill(bill=bill, role="lead")]
    return add_page(index, page), bill


def _views(client, campaign_page, bill):
    bill_page = client.get(f"/en/campaigns/bills/ny/2025-2026/{bill.base_print_number}/")
    feed = ET.fromstring(client.get(campaign_page.url + "feed/").content)  # noqa: S314 (ours)
    newest_feed = feed.find(f"{ATOM}entry/{ATOM}title").text
    newest_change = bill.status_changes.order_by("-date", "-pk").first().stage
    return bill_page.content.decode(), newest_feed, newest_change


def test_a_staff_stage_wins_everywhere_until_released(client, make_user, campaign, tmp_path):
    campaign_page, bill = campaign
    login_with_mfa(client, make_user("admin", superuser=True))
    url = f"/admin/snippets/legislation/bill/edit/{bill.pk}/"
    data = _edit_form_data(client, url)
    data.update(session=bill.session_id, stage=Stage.FIRST_FLOOR, stage_date="2026-05-01")
    assert client.post(url, data).status_code == 302

    later = write_listing(tmp_path, "later.json", [_passed(SAMPLE["A10774"])])
    summary = import_bills(read_files([later], "openleg"))

    bill.refresh_from_db()
    assert bill.stage == Stage.FIRST_FLOOR
    text, feed_title, history = _views(client, campaign_page, bill)
    assert "Awaiting a floor vote in the Assembly since 1 May 2026" in text
    assert feed_title == "A.10774: Awaiting a floor vote in the Assembly since 1 May 2026"
    assert history == Stage.FIRST_FLOOR
    assert not bill.status_changes.filter(stage=Stage.FIRST_PASSED).exists()
    assert ("A10774 (2025-2026)", "stage", "first_floor", "first_passed") in summary.conflicts
    assert bill.source_conflicts["stage"] == Stage.FIRST_PASSED
    assert "first_passed" in client.get(url).content.decode()

    # Staff release the stage: the source's stage arrives everywhere at once.
    data = _edit_form_data(client, url)
    data.update(session=bill.session_id, locked_fields=[])
    assert client.post(url, data).status_code == 302
    import_bills(read_files([later], "openleg"))
    bill.refresh_from_db()
    assert (bill.stage, bill.source_conflicts) == (Stage.FIRST_PASSED, {})
    text, feed_title, history = _views(client, campaign_page, bill)
    assert "Passed the Assembly on 1 June 2026" in text
    assert feed_title == "A.10774: Passed the Assembly on 1 June 2026"
    assert history == Stage.FIRST_PASSED
