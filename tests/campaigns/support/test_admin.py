"""Moderation in the admin: filters, search, bulk approve and reject, the CSV export of
approved signers (formulas neutralized), and who may do it."""

import pytest

from campaigns.models import Signatory
from pages.roles import MODERATORS
from tests.conftest import login_with_mfa

pytestmark = pytest.mark.django_db

LIST_URL = "/admin/snippets/campaigns/signatory/"
EXPORT_URL = LIST_URL + "export-approved/"


def _signer(statement, name, email, status="pending", kind="organization", **fields):
    return Signatory.objects.create(
        statement=statement,
        kind=kind,
        organization_name=name if kind == "organization" else "",
        contact_name=name if kind == "individual" else "Contact",
        email=email,
        city=fields.pop("city", "Bronx"),
        consent_to_list=True,
        status=status,
        **fields,
    )


@pytest.fixture
def signers(statement):
    return {
        "pending": _signer(statement, "Pending Org", "pending@example.org"),
        "approved": _signer(statement, "Approved Org", "approved@example.org", "approved"),
        "person": _signer(statement, "Pat Person", "pat@example.org", "pending", "individual"),
        "spam": _signer(statement, "Spammy Org", "spam@example.org", "spam"),
    }


def test_communications_filter_search_and_see_emails(client, comms_member, signers, statement):
    login_with_mfa(client, comms_member)
    response = client.get(LIST_URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Pending Org" in html and "Spammy Org" in html
    html = client.get(LIST_URL + "?status=pending").content.decode()
    assert "Pending Org" in html and "Approved Org" not in html
    html = client.get(LIST_URL + "?kind=individual").content.decode()
    assert "Pat Person" in html and "Pending Org" not in html
    html = client.get(LIST_URL + f"?statement={statement.pk}&status=spam").content.decode()
    assert "Spammy Org" in html and "Pending Org" not in html
    html = client.get(LIST_URL + "?q=approved%40example").content.decode()
    assert "Approved Org" in html and "Pending Org" not in html
    edit = client.get(LIST_URL + f"edit/{signers['pending'].pk}/").content.decode()
    assert "pending@example.org" in edit
    assert "Export approved signers (CSV)" in html


def test_bulk_approve_then_reject(client, comms_member, signers):
    login_with_mfa(client, comms_member)
    ids = [signers["pending"].pk, signers["person"].pk]
    query = "&".join(f"id={pk}" for pk in ids)
    url = f"/admin/bulk/campaigns/signatory/approve/?{query}&next={LIST_URL}"
    confirm = client.get(url)
    assert confirm.status_code == 200
    assert "Pending Org" in confirm.content.decode()
    assert "Do you want to approve these 2 signatures?" in confirm.content.decode()
    response = client.post(url)
    assert response.status_code == 302 and response["Location"] == LIST_URL
    assert set(Signatory.objects.filter(pk__in=ids).values_list("status", flat=True)) == {
        "approved"
    }
    assert Signatory.objects.get(pk=signers["spam"].pk).status == "spam"
    messages = client.get(LIST_URL).content.decode()
    assert "2 signatures approved." in messages

    client.post(f"/admin/bulk/campaigns/signatory/reject/?id={signers['person'].pk}")
    assert Signatory.objects.get(pk=signers["person"].pk).status == "rejected"


def test_moderators_without_permission_cannot_moderate_or_export(client, make_user, signers):
    login_with_mfa(client, make_user("mod", groups=[MODERATORS]))
    assert client.get(LIST_URL).status_code in (302, 403)
    assert client.get(EXPORT_URL).status_code in (302, 403)
    client.post(f"/admin/bulk/campaigns/signatory/approve/?id={signers['pending'].pk}")
    assert Signatory.objects.get(pk=signers["pending"].pk).status == "pending"


def test_csv_export_has_approved_signers_only_with_formulas_neutralized(
    client, comms_member, statement, signers
):
    _signer(statement, '=HYPERLINK("http://evil")', "f1@example.org", "approved", city="+1+1")
    _signer(statement, "@SUM(A1)", "f2@example.org", "approved", city="-2")
    _signer(statement, "\tTabbed", "f3@example.org", "approved", city="\rReturn")
    _signer(statement, "北京 Legal Aid", "f4@example.org", "approved", city="a=b")
    login_with_mfa(client, comms_member)
    response = client.get(EXPORT_URL + f"?statement={statement.pk}")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="approved-signers-')
    assert "no-store" in response["Cache-Control"]
    body = response.content
    assert body.startswith(b"\xef\xbb\xbfStatement,Type,Organization,Name,")
    text = body.decode("utf-8")
    assert "Approved Org" in text and "approved@example.org" in text
    for absent in ("Pending Org", "Spammy Org", "Pat Person"):
        assert absent not in text
    assert '"\'=HYPERLINK(""http://evil"")"' in text
    assert ",'+1+1," in text
    assert "'@SUM(A1)" in text and ",'-2," in text
    assert "'\tTabbed" in text and '"\'\rReturn"' in text
    assert "北京 Legal Aid" in text and ",a=b," in text
    for line in text.splitlines()[1:]:
        for cell in line.split(","):
            assert not cell.lstrip('"').startswith(("=", "+", "-", "@"))


def test_statement_page_can_be_created_under_a_campaign_only(campaign):
    from wagtail.test.utils import WagtailPageTestCase

    from campaigns.models import StatementOfSupportPage

    case = WagtailPageTestCase()
    case.assertCanCreateAt(type(campaign), StatementOfSupportPage)
