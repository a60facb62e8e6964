"""Two identical posts at the same moment store one record (PostgreSQL only: SQLite
serializes writers, so it cannot show the race)."""

import threading

import pytest
from django.db import connection, connections
from django.test import Client

from idp_site.submissions.models import Notification
from pages.intake.models import IntakeRequest

from .conftest import HELP_URL, intake_data

pytestmark = [
    # serialized_rollback restores what migrations created (locales, groups, root page),
    # which a transactional test otherwise flushes for the tests after it.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="needs PostgreSQL: concurrent writers are what this test is about",
    ),
]


def test_same_token_posted_twice_at_once_stores_one_record(help_page, intake_member):
    data = intake_data()
    barrier = threading.Barrier(4)
    results = []

    def post():
        try:
            barrier.wait(timeout=10)
            response = Client().post(HELP_URL, data, REMOTE_ADDR="192.0.2.1")
            results.append((response.status_code, response.get("Location")))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=post) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert len(results) == 4
    assert {status for status, _ in results} == {303}
    assert {location for _, location in results} == {HELP_URL + "thanks/"}
    assert IntakeRequest.objects.count() == 1
    assert Notification.objects.count() == 1
