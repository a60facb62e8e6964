"""The public list stays fast with thousands of signers; the staff notification is
never lost; the statement is offered as a search filter."""

import math
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from campaigns.models import Signatory
from campaigns.models.support import SIGNERS_PER_PAGE
from idp_site.submissions.models import Notification

from .conftest import CANARY_EMAIL, STATEMENT_URL, sign_data

pytestmark = pytest.mark.django_db

FAILING = "tests.pages.intake.failing_backend.FailingBackend"
WORKING = "django.core.mail.backends.locmem.EmailBackend"


def _approve_many(statement, count, start=0):
    Signatory.objects.bulk_create(
        [
            Signatory(
                statement=statement,
                submission_token=f"bulk-{start + i}",
                kind="organization" if i % 3 == 0 else "individual",
                organization_name=f"Org {start + i:05d}" if i % 3 == 0 else "",
                contact_name=f"Person {start + i:05d}",
                email=f"p{start + i}@example.org",
                email_normalized=f"p{start + i}@example.org",
                city="Queens",
                title="Advocate" if i % 2 else "",
                consent_to_list=True,
                status="approved",
            )
            for i in range(count)
        ],
        batch_size=1000,
    )


def _queries(client, url):
    client.get(url)  # warm caches that are not per request (site root, settings)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response.content.decode()


def test_5000_signers_render_within_the_same_fixed_query_budget_as_50(
    client, statement, django_assert_max_num_queries
):
    _approve_many(statement, 50)
    small, html = _queries(client, STATEMENT_URL)
    assert "50 signers so far." in html

    _approve_many(statement, 4950, start=50)
    large, html = _queries(client, STATEMENT_URL)
    assert large == small
    pages = math.ceil(5000 / SIGNERS_PER_PAGE)
    # An old `?page=N` link: its first reader after a change reads the end of every page
    # once (pages/keyset.py, kept until the next change); the next readers pay no more
    # than for the first page.
    client.get(STATEMENT_URL + f"?page={pages}")
    with django_assert_max_num_queries(small):
        client.get(STATEMENT_URL + f"?page={pages}")
    assert "5,000 signers so far." in html
    assert "1,667 organizations, 3,333 individuals." in html
    assert html.count('<li><span class="signer-list__name">') == SIGNERS_PER_PAGE
    assert f"Page 1 of {pages}" in html
    last = client.get(STATEMENT_URL + f"?page={pages}").content.decode()
    assert "Person 04999" in last and "Org 00000" not in last
    assert "Org 00000" in html  # organizations come first


def test_next_links_walk_the_whole_list_with_no_name_in_the_address(client, statement, settings):
    _approve_many(statement, 1100)
    pages = math.ceil(1100 / SIGNERS_PER_PAGE)
    names, url, links = [], STATEMENT_URL, []
    for _ in range(pages):
        html = client.get(url).content.decode()
        names += re.findall(r'<span class="signer-list__name">([^<]+)</span>', html)
        found = re.search(r'<a href="\?([^"]+)" rel="next">', html)
        if not found:
            break
        links.append(found.group(1).replace("&amp;", "&"))
        url = f"{STATEMENT_URL}?{links[-1]}"
    assert len(names) == 1100 and len(set(names)) == 1100
    organizations = sorted(f"Org {i:05d}" for i in range(1100) if i % 3 == 0)
    people = sorted(f"Person {i:05d}" for i in range(1100) if i % 3)
    assert names == organizations + people
    # Each next link continues from the last signer shown (an organization is found by
    # its contact, whose number is the same).
    last_shown = [names[(n - 1) * SIGNERS_PER_PAGE - 1] for n in range(2, pages + 1)]
    assert links == [
        f"page={n}&after={Signatory.objects.get(contact_name=c.replace('Org', 'Person')).pk}"
        for n, c in zip(range(2, pages + 1), last_shown, strict=True)
    ]
    assert f"Page {pages} of {pages}" in html
    # Rendered in full, a deep page costs what the first one costs, plus the look-up of
    # the row it continues from (by primary key).
    first, _html = _queries(client, STATEMENT_URL)
    deep, _html = _queries(client, f"{STATEMENT_URL}?{links[-1]}")
    assert deep == first + 1


def test_failing_mail_loses_nothing_and_a_later_retry_sends_it(
    client, statement, comms_member, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = FAILING
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(STATEMENT_URL, sign_data())
    assert response.status_code == 303
    signer = Signatory.objects.get()
    notification = Notification.objects.get()
    assert notification.sent_at is None and notification.attempts == 0
    assert notification.ref == f"campaigns.signatory:{signer.pk}"
    assert CANARY_EMAIL not in notification.body + notification.subject
    call_command("send_notifications")  # the worker meets the failing server
    notification.refresh_from_db()
    assert notification.sent_at is None and notification.attempts == 1

    settings.EMAIL_BACKEND = WORKING
    call_command("send_notifications")
    call_command("send_notifications")
    assert len(mail.outbox) == 1
    assert "/admin/snippets/campaigns/signatory/" in mail.outbox[0].body
    notification.refresh_from_db()
    assert notification.sent_at is not None


def test_notification_is_never_sent_inside_the_request(
    client, statement, comms_member, django_capture_on_commit_callbacks
):
    # Even once the request's transaction commits, only the worker sends mail.
    with django_capture_on_commit_callbacks(execute=True):
        client.post(STATEMENT_URL, sign_data())
    assert Notification.objects.count() == 1
    assert len(mail.outbox) == 0


def test_statement_is_a_search_filter(client, statement):
    html = client.get("/en/search/?q=support").content.decode()
    assert "Statements of support" in html
    response = client.get("/en/search/?q=statement&type=statement")
    assert response.status_code == 200
