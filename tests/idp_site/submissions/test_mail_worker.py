"""Mail leaves the request: a help form's POST never talks to the mail server, a hung
server holds nobody, and the worker sends each notification once the server answers."""

import time

import pytest
from django.core.management import call_command

from idp_site.submissions.models import Notification
from pages.intake.models import IntakeRequest

from .conftest import HELP_URL, intake_data
from .stubs import SMTPStub


@pytest.fixture
def smtp(settings):
    stub = SMTPStub()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = stub.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_TIMEOUT = 1
    yield stub
    stub.close()


@pytest.mark.django_db
def test_hung_smtp_adds_nothing_to_a_help_post_and_the_worker_sends_once_it_answers(
    client, help_page, intake_member, smtp, capsys, django_capture_on_commit_callbacks
):
    client.get(HELP_URL)  # warm the page: the timing below is the POST alone
    started = time.monotonic()
    # As in production, whatever the request left for after its commit runs too.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(HELP_URL, intake_data())
    elapsed = time.monotonic() - started

    assert response.status_code == 303
    assert elapsed < 1.0
    record = IntakeRequest.objects.get()
    notification = Notification.objects.get()
    assert notification.sent_at is None and notification.attempts == 0
    assert smtp.connections == 0  # the request never opened a mail connection

    # The worker meets the hung server: one timeout, nothing lost, still queued.
    started = time.monotonic()
    call_command("send_notifications", "--loop", "--rounds", "1")
    assert time.monotonic() - started < 3
    notification.refresh_from_db()
    assert notification.sent_at is None and notification.attempts == 1
    assert notification.last_error in {"TimeoutError", "SMTPServerDisconnected"}

    smtp.answer()
    call_command("send_notifications", "--loop", "--rounds", "2", "--interval", "0")
    notification.refresh_from_db()
    assert notification.sent_at is not None and notification.attempts == 2
    assert len(smtp.messages) == 1
    assert f"/admin/intake/requests/{record.pk}/" in smtp.messages[0]
    assert "Sent 1 notification(s); 0 failed this time." in capsys.readouterr().out


@pytest.mark.django_db
def test_worker_stops_a_round_at_the_first_unreachable_server(help_page, intake_member, smtp):
    from django.db import transaction

    from idp_site.submissions import notifications

    with transaction.atomic():
        for _ in range(3):
            notifications.queue("test.kind", subject="S", body="B", emails=["a@example.org"])
    started = time.monotonic()
    assert notifications.send_pending() == (0, 1)  # one timeout, not three
    assert time.monotonic() - started < 2.5
    assert sorted(Notification.objects.values_list("attempts", flat=True)) == [0, 0, 1]
