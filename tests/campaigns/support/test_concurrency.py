"""Two identical signatures at the same moment store one row (PostgreSQL only: SQLite
serializes writers, so it cannot show the race)."""

import threading
import time

import pytest
from django.db import connection, connections
from django.test import Client

from campaigns.models import CampaignIndexPage, CampaignPage, Signatory, StatementOfSupportPage
from idp_site.submissions.form_protection import issue_token
from idp_site.submissions.models import Notification
from tests.conftest import add_page

from .conftest import STATEMENT_URL, sign_data

pytestmark = [
    # serialized_rollback restores what migrations created (locales, groups, root page),
    # which a transactional test otherwise flushes for the tests after it.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="needs PostgreSQL: concurrent writers are what this test is about",
    ),
]


def _post_at_once(payloads):
    barrier = threading.Barrier(len(payloads))
    results = []

    def post(data):
        try:
            barrier.wait(timeout=10)
            response = Client().post(STATEMENT_URL, data, REMOTE_ADDR="192.0.2.1")
            results.append((response.status_code, response.get("Location")))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=post, args=(data,)) for data in payloads]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return results


@pytest.fixture
def live_statement(home):
    index = add_page(
        home, CampaignIndexPage(title="Campaigns", slug="campaigns", search_description="x")
    )
    campaign = add_page(
        index, CampaignPage(title="One Day", slug="one-day", goal="x", search_description="x")
    )
    return add_page(
        campaign,
        StatementOfSupportPage(
            title="Statement",
            slug="statement",
            search_description="x",
            statement=[("paragraph", "<p>We support it.</p>")],
        ),
    )


def test_identical_submissions_at_once_store_one_row(live_statement, make_user):
    data = sign_data()
    results = _post_at_once([data] * 4)
    assert len(results) == 4
    assert {status for status, _ in results} == {303}
    assert {location for _, location in results} == {STATEMENT_URL + "thanks/"}
    assert Signatory.objects.count() == 1
    assert Notification.objects.count() == 1


def test_same_email_from_two_renderings_at_once_stores_one_row(live_statement):
    payloads = [
        {
            **sign_data(),
            "form_token": issue_token("statement-of-support", issued_at=time.time() - 30),
        }
        for _ in range(4)
    ]
    results = _post_at_once(payloads)
    assert len(results) == 4
    assert {status for status, _ in results} == {303}
    # Every one answered alike: nobody learns which one was stored.
    assert {location for _, location in results} == {STATEMENT_URL + "thanks/"}
    assert Signatory.objects.count() == 1
    assert Notification.objects.count() == 1
