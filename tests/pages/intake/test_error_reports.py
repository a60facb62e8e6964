"""A crash while handling a help form puts none of what was typed into logs or the
error email sent to admins (with its HTML traceback and local variables)."""

import logging

import pytest
from django.core import mail
from django.test import Client
from django.utils.log import AdminEmailHandler

from pages.intake.models import IntakeRequest

from .conftest import HELP_URL, canary_in, intake_data

pytestmark = pytest.mark.django_db


def _explode(*args, **kwargs):
    raise RuntimeError("simulated failure")


@pytest.fixture
def html_error_emails(settings):
    settings.ADMINS = [("Ops", "ops@example.org")]
    handler = AdminEmailHandler(include_html=True)
    handler.setLevel(logging.ERROR)
    logger = logging.getLogger("django.request")
    logger.addHandler(handler)
    yield
    logger.removeHandler(handler)


@pytest.mark.parametrize(
    "target", ["idp_site.submissions.form_protection.save_once", "pages.intake.forms.clean_phone"]
)
def test_crash_leaks_no_canary_to_logs_or_admin_email(
    help_page, monkeypatch, caplog, html_error_emails, target
):
    monkeypatch.setattr(target, _explode)
    client = Client(raise_request_exception=False)
    with caplog.at_level(logging.INFO):
        response = client.post(HELP_URL, intake_data())
    assert response.status_code == 500
    assert "(212) 725-6422" in response.content.decode()
    assert IntakeRequest.objects.count() == 0

    assert "simulated failure" in caplog.text  # the failure itself is reported...
    assert not canary_in(caplog.text)  # ...without what was typed
    assert mail.outbox, "an error email should have been sent"
    html_reports = 0
    for message in mail.outbox:
        assert not canary_in(message.subject)
        assert not canary_in(message.body)
        for content, _mime in getattr(message, "alternatives", []):
            html_reports += 1
            assert "RuntimeError" in content
            assert not canary_in(content)
    assert html_reports >= 1
