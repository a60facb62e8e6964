"""Signature notifications as a daily digest: one email per statement per day, however
many signatures came in, with the counts and the link; never one email per signature."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command

from campaigns.models import Signatory, StatementOfSupportPage
from idp_site.submissions.models import Notification
from pages.roles import COMMUNICATIONS
from tests.conftest import add_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def team(make_user):
    return [make_user(f"comms{i}", groups=[COMMUNICATIONS]) for i in range(3)]


def sign(statement, count, start=0, status="pending"):
    for i in range(start, start + count):
        Signatory.objects.create(
            statement=statement,
            kind="individual",
            contact_name=f"Signer {i}",
            email=f"signer{i}@example.org",
            email_normalized=f"signer{i}@example.org",
            city="Queens",
            status=status,
            submission_token=f"token-{statement.pk}-{i}",
        )


def run_digest(django_capture_on_commit_callbacks):
    """The daily digest, then one round of the mail worker (mail never leaves from the
    command that queues it)."""
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_signature_digest", stdout=open("/dev/null", "w"))  # noqa: SIM115
    call_command("send_notifications", stdout=open("/dev/null", "w"))  # noqa: SIM115


def test_a_hundred_signatures_make_one_email_per_statement_per_day(
    client, statement, team, django_capture_on_commit_callbacks
):
    other = add_page(
        statement.get_parent(),
        StatementOfSupportPage(title="Second statement", slug="second", search_description="x"),
    )
    with django_capture_on_commit_callbacks(execute=True):
        sign(statement, 100)
        sign(other, 3, start=500)
        sign(statement, 2, start=900, status="spam")
    assert len(mail.outbox) == 0  # nothing per signature

    run_digest(django_capture_on_commit_callbacks)
    assert Notification.objects.filter(kind="campaigns.signature_digest").count() == 2
    assert len(mail.outbox) == 2  # one per statement, each to the whole team at once
    first = next(m for m in mail.outbox if "Statement of support" in m.subject)
    assert sorted(first.to) == sorted(u.email for u in team)
    assert "100 new" in first.subject
    assert "received 100 new signatures" in first.body
    assert "100 signatures wait for review" in first.body
    assert f"/admin/snippets/campaigns/signatory/?statement={statement.pk}&status=pending" in (
        first.body
    )
    assert "Signer" not in first.body and "@example.org" not in first.body

    # A second run the same day sends nothing, even after more signatures.
    sign(statement, 5, start=200)
    run_digest(django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 2


def test_the_next_digest_counts_only_what_is_new(
    statement, team, django_capture_on_commit_callbacks, monkeypatch
):
    from django.utils import timezone

    sign(statement, 4)
    run_digest(django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 1

    tomorrow = timezone.now() + datetime.timedelta(days=1)
    monkeypatch.setattr(timezone, "now", lambda: tomorrow)
    run_digest(django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 1  # nothing new: no email

    sign(statement, 7, start=100)
    run_digest(django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 2
    assert "7 new" in mail.outbox[1].subject
    assert "11 signatures wait for review" in mail.outbox[1].body


def test_immediate_mail_stays_available(statement, team, settings, client):
    from tests.campaigns.support.conftest import sign_data

    settings.SIGNATURE_NOTIFICATIONS = "immediate"
    assert client.post(statement.url, sign_data()).status_code == 303
    assert Notification.objects.filter(kind="campaigns.signatory").count() == 1


def test_one_signature_is_counted_in_the_singular(
    statement, team, django_capture_on_commit_callbacks
):
    sign(statement, 1)
    run_digest(django_capture_on_commit_callbacks)
    body = mail.outbox[0].body
    assert "received 1 new signature since" in body
    assert "1 signature waits for review" in body
    assert "1 signatures" not in body
