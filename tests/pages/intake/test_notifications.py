"""Nothing lost: a failing mail server never costs a submission; the outbox retries,
reports what is unsent, and the health check says so after 15 minutes."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.utils import timezone

from idp_site.submissions.models import Notification
from pages.intake.models import IntakeRequest
from tests.conftest import login_with_mfa

from .conftest import HELP_URL, canary_in, intake_data

pytestmark = pytest.mark.django_db

FAILING = "tests.pages.intake.failing_backend.FailingBackend"
WORKING = "django.core.mail.backends.locmem.EmailBackend"


def test_failing_mail_keeps_the_record_and_a_later_retry_sends_one_email(
    client, help_page, intake_member, settings, django_capture_on_commit_callbacks, capsys
):
    settings.EMAIL_BACKEND = FAILING
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(HELP_URL, intake_data())
    assert response.status_code == 303
    record = IntakeRequest.objects.get()
    notification = Notification.objects.get()
    assert notification.sent_at is None
    assert notification.attempts == 0  # nothing is sent inside the request
    assert notification.ref == f"intake.intakerequest:{record.pk}"

    # The worker meets the failing server: the command reports it and keeps it.
    call_command("send_notifications")
    notification.refresh_from_db()
    assert notification.sent_at is None and notification.attempts == 1
    assert notification.last_error == "ConnectionRefusedError"
    out = capsys.readouterr().out
    assert "Unsent: 1." in out and f"#{notification.pk} intake.request" in out
    assert not canary_in(out)

    settings.EMAIL_BACKEND = WORKING
    call_command("send_notifications")
    call_command("send_notifications")  # a second run sends nothing more
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert f"/admin/intake/requests/{record.pk}/" in message.body
    assert message.body.startswith("A new legal-help request is waiting")
    assert not canary_in(message.subject + message.body + str(message.to))
    assert "Unsent: 0." in capsys.readouterr().out


def test_health_is_ok_then_degraded_after_15_minutes_unsent(
    client, help_page, intake_member, settings, django_capture_on_commit_callbacks
):
    health = client.get("/health/")
    assert health.status_code == 200
    assert health.json()["status"] == "ok"
    assert "no-store" in health["Cache-Control"]

    settings.EMAIL_BACKEND = FAILING
    with django_capture_on_commit_callbacks(execute=True):
        client.post(HELP_URL, intake_data())
    assert client.get("/health/").json() == {
        "status": "ok",
        "degraded": [],
        "database": "ok",
        "cache": "ok",
        "outbox": "ok",
        "unsent_notifications": 1,
        "overdue_notifications": 0,
        "overdue_after_minutes": 15,
        "tasks": "ok",
        "overdue_tasks": 0,
    }
    Notification.objects.update(created_at=timezone.now() - timedelta(minutes=16))
    degraded = client.get("/health/")
    assert degraded.status_code == 503
    assert degraded.json()["status"] == "degraded"
    assert degraded.json()["degraded"] == ["outbox"]
    assert not canary_in(degraded.content)

    with pytest.raises(CommandError):  # overdue and still failing: the scheduler alerts
        call_command("send_notifications")

    settings.EMAIL_BACKEND = WORKING
    call_command("send_notifications")
    assert client.get("/health/").json()["status"] == "ok"


def test_unsent_notification_is_visible_to_staff(
    client, help_page, intake_member, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = FAILING
    with django_capture_on_commit_callbacks(execute=True):
        client.post(HELP_URL, intake_data())
    Notification.objects.update(created_at=timezone.now() - timedelta(minutes=20))
    login_with_mfa(client, intake_member)
    html = client.get("/admin/intake/requests/").content.decode()
    assert "Not yet" in html
    assert "1 staff notification has not been sent for more than 15 minutes" in html


def test_spam_never_notified_and_health_ignores_it(client, help_page, intake_member):
    client.post(HELP_URL, intake_data(age=0))
    assert IntakeRequest.objects.get().status == "spam"
    assert Notification.objects.count() == 0
    assert client.get("/health/").json()["status"] == "ok"
