"""The intake admin: only Intake members get in (superusers too are refused), and every
access leaves an audit entry without any field value."""

import pytest
from django.db import connection

from pages.intake.models import AttorneyQuestion, IntakeAuditEntry, IntakeRequest
from tests.conftest import login_with_mfa

from .conftest import ATTORNEY_URL, CANARY, HELP_URL, attorney_data, canary_in, intake_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def record(client, help_page):
    assert client.post(HELP_URL, intake_data()).status_code == 303
    client.logout()
    return IntakeRequest.objects.get()


def _urls(record, kind="requests"):
    base = f"/admin/intake/{kind}/"
    return {
        "list": ("get", base, {}),
        "detail": ("get", f"{base}{record.pk}/", {}),
        "change": ("post", f"{base}{record.pk}/", {"status": "contacted", "assignee": ""}),
        "delete": ("post", f"{base}{record.pk}/delete/", {}),
    }


def test_anonymous_is_sent_to_login_and_sees_nothing(client, record):
    for method, url, data in _urls(record).values():
        response = getattr(client, method)(url, data)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/admin/login/")
    record.refresh_from_db()
    assert record.status == "new"


@pytest.mark.parametrize("role", ["communications", "moderator", "superuser"])
def test_staff_outside_the_intake_group_are_refused(client, record, role_users, role):
    user = role_users[role]
    login_with_mfa(client, user)
    for action, (method, url, data) in _urls(record).items():
        response = getattr(client, method)(url, data)
        assert response.status_code in (302, 403), (role, action)
        if response.status_code == 302:  # no admin access at all: sent to log in
            assert response["Location"].startswith("/admin/login/")
        else:
            html = response.content.decode()
            assert "open only to members of the Intake group" in html
            assert not canary_in(html)
    if role in ("communications", "superuser"):
        denied = IntakeAuditEntry.objects.filter(user=user, action="denied")
        assert denied.count() == 4
    assert IntakeRequest.objects.filter(pk=record.pk, status="new").exists()


def test_superuser_outside_group_gets_403_exactly(client, record, role_users):
    login_with_mfa(client, role_users["superuser"])
    assert client.get(f"/admin/intake/requests/{record.pk}/").status_code == 403
    assert client.get("/admin/intake/requests/").status_code == 403


def test_intake_member_lists_views_changes_and_deletes_with_audit(client, record, intake_member):
    login_with_mfa(client, intake_member)
    urls = _urls(record)

    listing = client.get(urls["list"][1])
    assert listing.status_code == 200
    assert "no-store" in listing["Cache-Control"]
    listing_html = listing.content.decode()
    assert f"/admin/intake/requests/{record.pk}/" in listing_html
    assert CANARY not in listing_html  # the list shows no personal data

    detail = client.get(urls["detail"][1])
    assert detail.status_code == 200
    html = detail.content.decode()
    assert f"Nick {CANARY}" in html and "(212) 555-0147" in html
    assert "My brother" in html

    change = client.post(urls["detail"][1], {"status": "referred", "assignee": intake_member.pk})
    assert change.status_code == 302
    record.refresh_from_db()
    assert record.status == "referred" and record.assignee == intake_member

    assert client.get(f"/admin/intake/requests/{record.pk}/delete/").status_code == 200
    delete = client.post(urls["delete"][1])
    assert delete.status_code == 302
    assert not IntakeRequest.objects.filter(pk=record.pk).exists()

    actions = list(
        IntakeAuditEntry.objects.filter(user=intake_member)
        .order_by("at", "id")
        .values_list("action", "record_id")
    )
    assert [a for a, _ in actions] == ["list", "view", "change", "delete"]
    assert all(rid == record.pk for a, rid in actions if a != "list")
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM pages_intakeauditentry")
        assert not canary_in(cursor.fetchall())


def test_list_filters_by_status_urgency_and_language(client, help_page, intake_member):
    client.post(HELP_URL, intake_data(urgency="detained", language="es"))
    client.post(HELP_URL, intake_data(urgency="court_soon", language="en"))
    client.post(HELP_URL, intake_data(urgency="other", language="es", homepage_url="x"))
    login_with_mfa(client, intake_member)
    ids = {r.urgency: str(r.pk) for r in IntakeRequest.objects.all()}

    def shown(query):
        html = client.get("/admin/intake/requests/" + query).content.decode()
        return {u for u, pk in ids.items() if pk in html}

    assert shown("") == {"detained", "court_soon", "other"}
    assert shown("?urgency=detained") == {"detained"}
    assert shown("?language=es") == {"detained", "other"}
    assert shown("?status=spam") == {"other"}
    assert shown("?status=new&language=es") == {"detained"}
    assert client.get("/admin/intake/requests/?status=%00bogus").status_code == 200


def test_unknown_kind_and_unknown_record_are_404(client, record, intake_member):
    import uuid

    login_with_mfa(client, intake_member)
    # (LocaleMiddleware first tries the path under /en/, which does not exist either.)
    assert client.get("/admin/intake/nothing/", follow=True).status_code == 404
    missing = client.get(f"/admin/intake/requests/{uuid.uuid4()}/", follow=True)
    assert missing.status_code == 404


def test_attorney_questions_have_the_same_protection(
    client, attorney_page, intake_member, role_users
):
    assert client.post(ATTORNEY_URL, attorney_data()).status_code == 303
    question = AttorneyQuestion.objects.get()
    url = f"/admin/intake/attorney/{question.pk}/"
    login_with_mfa(client, role_users["superuser"])
    assert client.get(url).status_code == 403
    login_with_mfa(client, intake_member)
    html = client.get(url).content.decode()
    assert f"Counsel {CANARY}" in html
    assert IntakeAuditEntry.objects.filter(action="view", record_id=question.pk).count() == 1


def test_menu_item_only_for_intake_members(client, role_users):
    for role, user in role_users.items():
        login_with_mfa(client, user)
        html = client.get("/admin/").content.decode()
        if role == "intake":
            assert "/admin/intake/" in html
        elif "admin/login" not in html:
            assert "/admin/intake/" not in html, role


def test_status_change_refuses_bogus_values(client, record, intake_member):
    login_with_mfa(client, intake_member)
    response = client.post(
        f"/admin/intake/requests/{record.pk}/", {"status": "hacked\x00", "assignee": "999"}
    )
    assert response.status_code == 200
    record.refresh_from_db()
    assert record.status == "new" and record.assignee is None
