"""The bill admin names the chambers as the legislature does and never shows raw JSON."""

import json
import re

import pytest

from campaigns.legislation.importers import import_bills, read_files
from campaigns.models import Bill
from tests.conftest import login_with_mfa

from .conftest import FIXTURES, write_listing

pytestmark = pytest.mark.django_db


@pytest.fixture
def bill(tmp_path):
    items = json.loads((FIXTURES / "openleg_ny_2025_sample.json").read_text())["result"]["items"]
    item = next(i for i in items if i["basePrintNo"] == "A10774")
    import_bills(read_files([write_listing(tmp_path, "a.json", [item])], "openleg"))
    return Bill.objects.get(base_print_number="A10774")


def _text(html):
    """What the page shows: scripts and tags dropped."""
    html = re.sub(r"<(script|template)\b.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_the_bill_editor_says_senate_and_assembly_and_none(client, make_user, bill):
    assert bill.source_conflicts == {}
    login_with_mfa(client, make_user("admin", superuser=True))
    html = client.get(f"/admin/snippets/legislation/bill/edit/{bill.pk}/").content.decode()
    chamber = re.search(r'<select name="originating_chamber".*?</select>', html, re.S).group(0)
    assert re.findall(r"<option[^>]*>([^<]*)</option>", chamber)[1:] == ["Senate", "Assembly"]
    text = _text(html)
    assert "Upper chamber" not in text and "Lower chamber" not in text
    for raw in ("{}", "[]"):
        assert raw not in text, text[text.index(raw) - 300 : text.index(raw) + 100]
    conflicts = text[text.lower().index("where the source disagrees with staff") :][:300]
    assert "None" in conflicts, conflicts

    response = client.get("/admin/snippets/legislation/bill/", follow=True)
    assert response.status_code == 200, response.redirect_chain
    listing = _text(response.content.decode())
    assert "Upper chamber" not in listing
    assert "Senate" in listing and "Assembly" in listing

    from campaigns.legislation.models import Legislator

    legislator = Legislator.objects.filter(jurisdiction=bill.session.jurisdiction).first()
    if legislator is None:
        legislator = Legislator.objects.create(
            jurisdiction=bill.session.jurisdiction, name="Pat Example", chamber="lower"
        )
    page = client.get(f"/admin/snippets/legislation/legislator/edit/{legislator.pk}/")
    text = _text(page.content.decode())
    assert "Upper chamber" not in text and "Lower chamber" not in text
    assert "Assembly" in text
