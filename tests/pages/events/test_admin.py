"""Staff see registrations per event (Communications and superusers only): counts,
the waitlist in order, and a CSV export in which nothing runs as a formula."""

import csv
import io
import re

import pytest

from pages.events.registration import Registration
from pages.roles import COMMUNICATIONS, MODERATORS
from tests.conftest import login_with_mfa

from .conftest import register_data

pytestmark = pytest.mark.django_db

LIST_URL = "/admin/snippets/events/registration/"


@pytest.fixture
def registrations(client, upcoming):
    names = ['=HYPERLINK("http://evil.example")', "Bea First", "Cy Second", "Di Third"]
    for n, name in enumerate(names):
        client.post(
            upcoming.url,
            register_data(name=name, email=f"p{n}@example.org", organization="@org"),
            REMOTE_ADDR=f"192.0.2.{n + 1}",
        )
    client.logout()
    return upcoming


def test_communications_sees_counts_waitlist_order_and_exports(client, make_user, registrations):
    login_with_mfa(client, make_user("comms", groups=[COMMUNICATIONS]))
    listing = client.get(LIST_URL, {"event": registrations.pk, "status": "waitlisted"})
    assert listing.status_code == 200
    html = listing.content.decode()
    assert html.index("Cy Second") < html.index("Di Third")

    counts = client.get(LIST_URL + "counts/").content.decode()
    row = counts.split("Crim-Imm 101")[1].split("</tr>")[0]
    cells = [re.sub(r"<[^>]+>", "", c).strip() for c in row.split("<td>")[1:]]
    assert cells == ["2", "2", "2", "0"]  # places, confirmed, waitlisted, cancelled

    export = client.get(LIST_URL, {"export": "csv", "event": registrations.pk})
    assert export.status_code == 200
    body = b"".join(export.streaming_content) if export.streaming else export.content
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert rows[0][:3] == ["Event", "Status", "Place in line"]
    cells = [cell for row in rows[1:] for cell in row]
    assert '\'=HYPERLINK("http://evil.example")' in cells and "'@org" in cells
    assert not any(cell.startswith(("=", "@", "+")) for cell in cells)
    assert len(rows) == 5


def test_others_cannot_see_registrants(client, make_user, registrations):
    login_with_mfa(client, make_user("mod", groups=[MODERATORS]))
    assert client.get(LIST_URL).status_code in (302, 403)
    assert client.get(LIST_URL + "counts/").status_code in (302, 403)
    assert Registration.objects.count() == 4
