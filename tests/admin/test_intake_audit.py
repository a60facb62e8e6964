"""The Intake group's read-only audit screen: who listed, opened, changed or deleted
which record, who was refused, and who joined or left the Intake group (and who made
that change in the admin)."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from pages.intake.models import IntakeAuditEntry, IntakeRequest
from pages.roles import COMMUNICATIONS, INTAKE
from tests.conftest import login_with_mfa
from tests.pages.intake.conftest import (  # noqa: F401
    HELP_URL,
    canary_in,
    help_page,
    intake_data,
)

pytestmark = pytest.mark.django_db

AUDIT_URL = "/admin/intake/audit/"


@pytest.fixture
def record(client, help_page):  # noqa: F811
    assert client.post(HELP_URL, intake_data()).status_code == 303
    client.logout()
    return IntakeRequest.objects.get()


def test_members_read_who_did_what_and_nobody_else_does(client, record, make_user):
    reader = make_user("ines", groups=[INTAKE])
    login_with_mfa(client, reader)
    assert client.get(f"/admin/intake/requests/{record.pk}/").status_code == 200
    outsider = make_user("root", superuser=True)
    login_with_mfa(client, outsider)
    assert client.get(AUDIT_URL).status_code == 403  # superusers outside the group too

    login_with_mfa(client, reader)
    response = client.get(AUDIT_URL)
    assert response.status_code == 200
    assert response["Cache-Control"].startswith("no-store, private")
    html = response.content.decode()
    assert "<td>Viewed</td>" in html and str(record.pk) in html and "<td>ines</td>" in html
    assert "<td>Refused access</td>" in html and "<td>root</td>" in html
    assert not canary_in(html)  # never what a record says
    only_views = client.get(AUDIT_URL, {"action": "view"}).content.decode()
    assert "<td>Viewed</td>" in only_views and "<td>Refused access</td>" not in only_views
    # Read-only: nothing to post.
    assert client.post(AUDIT_URL, {}).status_code == 405
    assert "Audit trail" in client.get("/admin/intake/requests/").content.decode()


def test_joining_and_leaving_the_intake_group_is_audited(client, make_user):
    admin = make_user("root", superuser=True)
    colleague = make_user("pat", groups=[COMMUNICATIONS])
    login_with_mfa(client, admin)
    url = reverse("wagtailusers_users:edit", args=[colleague.pk])
    intake, comms = Group.objects.get(name=INTAKE), Group.objects.get(name=COMMUNICATIONS)
    data = {
        "username": "pat",
        "email": "pat@example.org",
        "first_name": "Pat",
        "last_name": "Lee",
        "password1": "",
        "password2": "",
        "is_active": "on",
        "groups": [comms.pk, intake.pk],
    }
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert colleague.groups.filter(name=INTAKE).exists()
    joined = IntakeAuditEntry.objects.get(action="joined")
    assert (joined.username, joined.member) == ("root", "pat")

    data["groups"] = [comms.pk]
    assert client.post(url, data).status_code == 302
    left = IntakeAuditEntry.objects.get(action="left")
    assert (left.username, left.member) == ("root", "pat")
    # Saving without a change of membership writes nothing.
    assert client.post(url, data).status_code == 302
    assert IntakeAuditEntry.objects.filter(action__in=["joined", "left"]).count() == 2

    login_with_mfa(client, make_user("ines", groups=[INTAKE]))
    html = client.get(AUDIT_URL).content.decode()
    assert "<td>Added to the Intake group</td>" in html
    assert "<td>Removed from the Intake group</td>" in html
    assert "<td>pat</td>" in html
