"""100 registrations at once for 20 places (at most 10 requests in flight, each thread
with its own database connection): exactly 20 confirmed, 80 waitlisted, none lost, no
address twice; then cancelling confirms the first person waiting, emailed once even
when the worker dies mid-batch. PostgreSQL only: SQLite serializes writers."""

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.db import connection, connections
from django.test import Client
from django.utils import timezone

from idp_site.submissions import notifications
from pages.events.models import EventIndexPage
from pages.events.registration import Registration, cancel, waitlist

from .conftest import make_event, register_data

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs concurrent writers"),
]

IN_FLIGHT = 10


@pytest.fixture
def event(home):
    from tests.conftest import add_page

    index = add_page(
        home, EventIndexPage(title="Trainings", slug="trainings", search_description="x")
    )
    return make_event(index, "crowded", timezone.now() + timedelta(days=2), capacity=20)


def _register_at_once(page, count):
    barrier = threading.Barrier(IN_FLIGHT)

    def post(number):
        try:
            if number < IN_FLIGHT:
                barrier.wait(timeout=20)  # the first ten start together
            data = register_data(email=f"person{number}@example.org", name=f"Person {number}")
            response = Client().post(page.url, data, REMOTE_ADDR=f"198.51.100.{number + 1}")
            return response.status_code, response.get("Location")
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=IN_FLIGHT) as pool:
        return list(pool.map(post, range(count)))


def test_hundred_registrations_for_twenty_places(event):
    results = _register_at_once(event, 100)
    assert len(results) == 100
    assert set(results) == {(303, event.url + "registered/")}
    rows = Registration.objects.filter(event=event)
    assert rows.count() == 100  # none lost
    assert rows.values("email_normalized").distinct().count() == 100  # no duplicates
    assert rows.filter(status="confirmed").count() == 20
    assert rows.filter(status="waitlisted").count() == 80


class KilledWorker(EmailBackend):
    """The worker's mail connection; the worker is killed (SystemExit) at the
    promotion email, before handing it over ("before") or after the mail server took
    it but before the outbox recorded it ("after")."""

    moment = "before"
    killed = False

    def send_messages(self, messages):
        promotion = any("A place opened up" in m.subject for m in messages)
        if promotion and not KilledWorker.killed and KilledWorker.moment == "before":
            KilledWorker.killed = True
            raise SystemExit("worker killed")
        count = super().send_messages(messages)
        if promotion and not KilledWorker.killed:
            KilledWorker.killed = True
            raise SystemExit("worker killed")
        return count


@pytest.mark.parametrize("moment", ["before", "after"])
def test_cancel_confirms_first_waiting_emailed_once_even_if_worker_dies(event, settings, moment):
    _register_at_once(event, 22)
    first_waiting = waitlist(event.pk).first()
    confirmed = Registration.objects.filter(event=event, status="confirmed").first()
    notifications.send_pending()  # the confirmations and waitlist emails
    mail.outbox.clear()

    for _ in range(3):  # cancelling again changes nothing
        cancel(confirmed)
    first_waiting.refresh_from_db()
    assert first_waiting.status == "confirmed"
    assert Registration.objects.filter(event=event, status="confirmed").count() == 20

    KilledWorker.moment, KilledWorker.killed = moment, False
    settings.EMAIL_BACKEND = "tests.pages.events.test_concurrency.KilledWorker"
    with pytest.raises(SystemExit):
        notifications.send_pending()
    notifications._sent_unrecorded.clear()  # that process is gone, and its memory
    notifications.send_pending()  # the restarted worker
    notifications.send_pending()

    promoted = [m for m in mail.outbox if m.to == [first_waiting.email]]
    assert promoted and all("A place opened up" in m.subject for m in promoted)
    queued = notifications.Notification.objects.filter(ref__endswith=":events.promoted")
    assert queued.count() == 1 and queued.get().sent_at is not None
    if moment == "before":
        assert len(promoted) == 1
    else:
        # The mail server had it when the worker died: the restarted worker sends it
        # again with the same Message-ID, which mail clients show as one email.
        assert len(promoted) == 2
        assert len({m.extra_headers["Message-ID"] for m in promoted}) == 1
    assert len([m for m in mail.outbox if m.to == [confirmed.email]]) == 1
