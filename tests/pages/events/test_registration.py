"""Registering on the site: one registration per address (ten tries, ten identical
answers), the waitlist, the confirmation email with its calendar file and cancel link,
cancelling (the first person waiting confirmed and emailed once), closing at the start,
purging after the event; registrants' details in no log."""

import logging
import re
from datetime import timedelta
from unittest import mock

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from icalendar import Calendar

from idp_site.submissions.models import Notification
from pages.events.registration import Registration

from .conftest import CANARY_EMAIL, CANARY_NAME, JOIN_LINK, register_data

pytestmark = pytest.mark.django_db


def _post(client, page, n=1, **data):
    return client.post(page.url, register_data(**data), REMOTE_ADDR=f"192.0.2.{n}")


def _send():
    mail.outbox.clear()
    call_command("send_notifications")
    return list(mail.outbox)


def _cancel_url(message):
    return re.search(r"https?://[^\s]+/cancel/[^\s]+/", message.body).group(0)


def test_registration_confirms_and_emails_calendar_and_cancel_link(client, online, caplog):
    caplog.set_level(logging.DEBUG)
    response = _post(client, online)
    assert response.status_code == 303
    assert response["Location"] == online.url + "registered/"
    assert CANARY_EMAIL not in response["Location"]
    registration = Registration.objects.get()
    assert registration.status == "confirmed" and registration.email_normalized == CANARY_EMAIL
    thanks = client.get(response["Location"])
    assert "We have received your registration." in thanks.content.decode()

    assert len(mail.outbox) == 0  # the worker sends it, never the request
    (message,) = _send()
    assert message.to == [CANARY_EMAIL]
    assert "You are registered" in message.subject
    assert JOIN_LINK in message.body
    cancel_url = _cancel_url(message)
    assert CANARY_EMAIL not in cancel_url and CANARY_NAME.split()[0] not in cancel_url
    ((filename, content, mimetype),) = message.attachments
    assert filename == "event.ics" and mimetype.startswith("text/calendar")
    calendar = Calendar.from_ical(content)
    (vevent,) = calendar.walk("VEVENT")
    assert JOIN_LINK in str(vevent["description"])
    assert vevent.decoded("dtstart") == online.starts_at
    for record in caplog.records:
        text = record.getMessage()
        assert CANARY_EMAIL not in text and CANARY_NAME not in text


def test_same_email_ten_times_one_registration_ten_identical_answers(client, upcoming):
    answers = set()
    for attempt in range(10):
        email = CANARY_EMAIL.upper() if attempt % 2 else CANARY_EMAIL
        response = _post(client, upcoming, n=attempt + 1, email=f" {email} ")
        answers.add((response.status_code, response["Location"]))
        answers_page = client.get(response["Location"]).content.decode()
        answers.add(answers_page.split("<main")[1][:2000])
    assert len(answers) == 2  # one redirect and one page, each the same ten times
    assert Registration.objects.count() == 1
    assert len(_send()) == 1


def test_waitlist_and_cancel_promotes_first_waiting_once(client, upcoming):
    for n, email in enumerate(["a@example.org", "b@example.org", "c@example.org", "d@example.org"]):
        _post(client, upcoming, n=n + 1, email=email, name=f"Person {n}")
    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses == {
        "a@example.org": "confirmed",
        "b@example.org": "confirmed",
        "c@example.org": "waitlisted",
        "d@example.org": "waitlisted",
    }
    sent = _send()
    subjects = {m.to[0]: m.subject for m in sent}
    assert "waitlist" in subjects["c@example.org"] and "registered" in subjects["a@example.org"]
    waiting_mail = next(m for m in sent if m.to == ["c@example.org"])
    assert not waiting_mail.attachments  # no calendar file until a place is confirmed

    cancel_url = _cancel_url(next(m for m in sent if m.to == ["a@example.org"]))
    path = cancel_url.split("testserver", 1)[-1] if "testserver" in cancel_url else cancel_url
    page = client.get(path)
    assert page.status_code == 200 and "Cancel my registration" in page.content.decode()
    assert Registration.objects.get(email="a@example.org").status == "confirmed"  # GET: no change
    for _ in range(3):  # a double click, a retried request
        assert client.post(path).status_code == 200
    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses["a@example.org"] == "cancelled"
    assert statuses["c@example.org"] == "confirmed" and statuses["d@example.org"] == "waitlisted"
    sent = _send()
    promoted = [m for m in sent if m.to == ["c@example.org"]]
    assert len(promoted) == 1 and "A place opened up" in promoted[0].subject
    assert promoted[0].attachments
    assert len([m for m in sent if m.to == ["a@example.org"]]) == 1  # "cancelled", once
    assert _send() == []


def test_forged_cancel_link_is_not_found(client, upcoming):
    assert client.get(upcoming.url + "cancel/not-a-token/").status_code == 404


def test_registration_closes_at_start(client, upcoming):
    start = upcoming.starts_at
    with mock.patch("django.utils.timezone.now", return_value=start + timedelta(seconds=1)):
        response = _post(client, upcoming)
    assert response.status_code == 403
    assert "registration for this event has closed" in response.content.decode()
    assert Registration.objects.count() == 0


def test_registration_closes_at_the_set_time(client, upcoming):
    upcoming.registration_closes_at = timezone.now() - timedelta(minutes=1)
    upcoming.save_revision().publish()
    assert _post(client, upcoming).status_code == 403
    assert Registration.objects.count() == 0


def test_honeypot_is_kept_as_spam_not_counted_not_emailed(client, upcoming):
    response = _post(client, upcoming, homepage_url="http://spam.example")
    assert response.status_code == 303
    assert Registration.objects.get().status == "spam"
    assert _send() == []


def test_errors_are_shown_and_nothing_stored(client, upcoming):
    response = _post(client, upcoming, email="not-an-address", name="")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Enter your name." in html and "Enter an email address such as" in html
    assert Registration.objects.count() == 0


def test_purge_deletes_registrations_after_the_event_and_prints_counts(
    client, upcoming, past, capsys
):
    _post(client, upcoming)
    Registration.objects.create(event=past, name=CANARY_NAME, email="old@example.org")
    Notification.objects.create(
        kind="events.confirmed",
        ref=f"events.registration:{Registration.objects.get(event=past).pk}:events.confirmed",
        subject="x",
        body="x",
        recipient_emails="old@example.org",
    )
    call_command("purge_registrations", "--days", "7")
    out = capsys.readouterr().out
    assert out.strip() == "Deleted 1 registrations and 1 queued emails."
    assert CANARY_NAME not in out
    assert list(Registration.objects.values_list("event_id", flat=True)) == [upcoming.pk]
    call_command("purge_registrations", "--days", "7")
    assert "Deleted 0 registrations" in capsys.readouterr().out


def test_rate_limit_answers_429_and_stores_nothing_more(client, settings, upcoming):
    settings.FORM_PROTECTION = {**settings.FORM_PROTECTION, "RATE_LIMIT": 1}
    assert _post(client, upcoming, n=7).status_code == 303
    response = _post(client, upcoming, n=7, email="second@example.org")
    assert response.status_code == 429
    assert Registration.objects.count() == 1
