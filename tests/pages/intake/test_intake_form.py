"""The legal-help form: one encrypted record per rendered form, nothing lost, nothing
leaked, every bad input answered with a field error."""

import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from wagtail.contrib.forms.models import FormSubmission

from idp_site.submissions.models import Notification
from pages.intake.models import IntakeRequest
from tests.budgets import QUERY_BUDGET

from .conftest import CANARY, HELP_URL, canary_in, intake_data

pytestmark = pytest.mark.django_db


def _raw_rows(table):
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {table}")  # noqa: S608
        return cursor.fetchall()


def test_page_renders_form_with_leave_link_first_and_no_store(client, help_page):
    response = client.get(HELP_URL)
    assert response.status_code == 200
    cache_control = response["Cache-Control"]
    assert "no-store" in cache_control and "private" in cache_control
    html = response.content.decode()
    body = html[html.index("<body") :]
    first_link = re.search(r"<a [^>]*>", body).group(0)
    assert "data-leave-site" in first_link and 'href="https://www.google.com/"' in first_link
    assert 'name="form_token"' in html
    assert "(212) 725-6422" in html
    assert 'for="id_phone"' in html and 'id="id_phone"' in html
    assert "does not make us your lawyer" in html
    for forbidden in ("a_number", "date_of_birth", "ssn", 'type="file"'):
        assert forbidden not in html


def test_post_creates_exactly_one_encrypted_record_and_no_form_submission(
    client, help_page, intake_member, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(HELP_URL, intake_data())
    assert response.status_code == 303
    assert response["Location"] == HELP_URL + "thanks/"
    assert IntakeRequest.objects.count() == 1
    assert FormSubmission.objects.count() == 0

    record = IntakeRequest.objects.get()
    assert record.status == "new" and record.spam_reasons == ""
    assert record.name == f"Nick {CANARY}"
    assert record.language_other == f"Wolof {CANARY}"
    assert record.urgency == "detained"

    raw = _raw_rows("pages_intakerequest")
    assert len(raw) == 1
    assert not canary_in(raw)
    assert not canary_in(_raw_rows("pages_notification"))
    assert not canary_in(_raw_rows("pages_intakeauditentry"))

    assert len(mail.outbox) == 0  # mail leaves the request: the worker sends it
    call_command("send_notifications")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [intake_member.email]
    assert f"/admin/intake/requests/{record.pk}/" in message.body
    assert not canary_in(message.subject + message.body)


def test_spanish_reader_of_the_untranslated_page_stays_in_spanish(client, help_page):
    # /es/get-legal-help/ serves the English page (no Spanish version): its confirmation
    # must stay under /es/, not switch the reader to English.
    spanish_url = HELP_URL.replace("/en/", "/es/", 1)
    response = client.post(spanish_url, intake_data())
    assert response.status_code == 303
    assert response["Location"] == spanish_url + "thanks/"
    confirmation = client.get(response["Location"])
    assert confirmation.status_code == 200
    assert '<html lang="es"' in confirmation.content.decode()


def test_confirmation_says_what_happens_next_with_hotline_and_no_store(client, help_page):
    response = client.get(HELP_URL + "thanks/")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    assert "What happens next" in html
    assert "(212) 725-6422" in html
    assert "data-leave-site" in html


def test_same_token_twice_gives_one_record_and_same_confirmation(client, help_page):
    data = intake_data()
    first = client.post(HELP_URL, data)
    second = client.post(HELP_URL, data)
    assert first.status_code == second.status_code == 303
    assert first["Location"] == second["Location"]
    assert IntakeRequest.objects.count() == 1
    assert Notification.objects.count() == 1


@pytest.mark.parametrize(
    ("overrides", "reason"),
    [({"homepage_url": "http://spam.example"}, "honeypot"), ({}, "too_fast")],
)
def test_suspected_spam_is_stored_flagged_and_not_notified(
    client, help_page, intake_member, django_capture_on_commit_callbacks, overrides, reason
):
    age = 0 if reason == "too_fast" else 30
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(HELP_URL, intake_data(age=age, **overrides))
    assert response.status_code == 303
    record = IntakeRequest.objects.get()
    assert record.status == "spam"
    assert reason in record.spam_reasons.split(",")
    assert Notification.objects.count() == 0
    assert mail.outbox == []


def test_eleventh_submission_in_a_minute_gets_translated_429_with_hotline(client, help_page):
    for _ in range(10):
        assert client.post(HELP_URL, intake_data()).status_code == 303
    response = client.post(HELP_URL, intake_data())
    assert response.status_code == 429
    html = response.content.decode()
    assert "Too many attempts" in html
    assert "(212) 725-6422" in html
    assert "no-store" in response["Cache-Control"]
    assert IntakeRequest.objects.count() == 10

    spanish = client.post("/es/get-legal-help/", intake_data())
    assert spanish.status_code in (404, 429)  # no Spanish tree here; either way, no record
    assert IntakeRequest.objects.count() == 10


def test_rate_limit_key_holds_no_address(client, help_page):
    from django.core.cache import cache

    client.post(HELP_URL, intake_data(), REMOTE_ADDR="203.0.113.9")
    keys = list(cache._cache.keys())
    assert keys and not any("203.0.113.9" in k for k in keys)


def test_rate_limit_is_per_client(client, help_page):
    for _ in range(10):
        client.post(HELP_URL, intake_data(), REMOTE_ADDR="198.51.100.1")
    assert client.post(HELP_URL, intake_data(), REMOTE_ADDR="198.51.100.1").status_code == 429
    assert client.post(HELP_URL, intake_data(), REMOTE_ADDR="198.51.100.2").status_code == 303


BAD_INPUTS = [
    ({"phone": "", "email": ""}, "id_phone", "Give a phone number or an email address"),
    ({"phone": "call me maybe", "email": ""}, "id_phone", "7 to 15 digits"),
    ({"phone": "12", "email": ""}, "id_phone", "7 to 15 digits"),
    ({"email": "not-an-email", "phone": ""}, "id_email", "valid email"),
    ({"message": "x" * 10_000}, "id_message", "at most 1000 characters"),
    ({"name": "Nick\x00Null"}, "id_name", "Null characters are not allowed"),
    ({"message": "a\x00b"}, "id_message", "Null characters are not allowed"),
    ({"urgency": ""}, "id_urgency_0", "how urgent"),
    ({"urgency": "tomorrow"}, "id_urgency_0", "Select a valid choice"),
    ({"acknowledged": ""}, "id_acknowledged", "Tick the box"),
    ({"language": "\x00"}, "id_language", ""),
]


@pytest.mark.parametrize(("overrides", "anchor", "text"), BAD_INPUTS)
def test_bad_input_gets_field_errors_keeps_what_was_typed_and_stores_nothing(
    client, help_page, overrides, anchor, text
):
    data = intake_data(**overrides)
    response = client.post(HELP_URL, data)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    assert 'class="error-summary"' in html
    assert f'href="#{anchor}"' in html
    assert text in html
    assert 'aria-invalid="true"' in html
    # What the person typed comes back (except the field that was refused).
    if "best_times" not in overrides:
        assert f"evenings {CANARY}" in html
    assert IntakeRequest.objects.count() == 0


def test_error_messages_are_described_by_their_fields(client, help_page):
    html = client.post(HELP_URL, intake_data(phone="12", email="")).content.decode()
    phone_input = re.search(r'<input[^>]*id="id_phone"[^>]*>', html).group(0)
    assert 'aria-invalid="true"' in phone_input
    assert "id_phone_error" in phone_input
    assert 'id="id_phone_error"' in html


def test_unknown_fields_are_ignored_never_stored(client, help_page):
    response = client.post(
        HELP_URL, intake_data(a_number="A123456789", ssn="123-45-6789", status="closed")
    )
    assert response.status_code == 303
    record = IntakeRequest.objects.get()
    assert record.status == "new"
    raw = str(_raw_rows("pages_intakerequest"))
    assert "A123456789" not in raw and "123-45-6789" not in raw
    assert not hasattr(record, "a_number")


@pytest.mark.parametrize("token", ["", "forged", "eyJuIjoieCJ9:bad:sig"])
def test_missing_or_forged_token_keeps_typing_and_hands_out_a_new_token(client, help_page, token):
    response = client.post(HELP_URL, intake_data(form_token=token))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Nothing you typed is lost" in html
    assert f"Nick {CANARY}" in html
    new_token = re.search(r'name="form_token" value="([^"]+)"', html).group(1)
    assert new_token != token
    assert IntakeRequest.objects.count() == 0


def test_token_of_another_form_is_refused(client, help_page):
    response = client.post(HELP_URL, intake_data(scope="attorney-help"))
    assert response.status_code == 200
    assert IntakeRequest.objects.count() == 0


def test_form_page_query_budget_is_constant(client, help_page, django_assert_max_num_queries):
    from django.test.utils import CaptureQueriesContext

    def count():
        client.get(HELP_URL)
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(HELP_URL).status_code == 200
        return len(ctx)

    for _ in range(2):
        client.post(HELP_URL, intake_data())
    small = count()
    help_page.intro = "<p>Tell us how to reach you.</p>" * 10
    help_page.save_revision().publish()
    for _ in range(8):
        client.post(HELP_URL, intake_data(), REMOTE_ADDR="192.0.2.7")
    large = count()
    assert large == small
    with django_assert_max_num_queries(QUERY_BUDGET):
        client.get(HELP_URL)


def test_behind_a_proxy_the_rate_limit_counts_each_reader_not_the_proxy(
    client, help_page, settings
):
    settings.IDP_TRUSTED_PROXY_COUNT = 1
    proxy = {"REMOTE_ADDR": "10.0.0.1"}
    for _ in range(10):
        client.post(HELP_URL, intake_data(), HTTP_X_FORWARDED_FOR="198.51.100.1", **proxy)
    # A forged left-hand part does not give the same reader a fresh allowance...
    forged = "6.6.6.6, 198.51.100.1"
    assert (
        client.post(HELP_URL, intake_data(), HTTP_X_FORWARDED_FOR=forged, **proxy).status_code
        == 429
    )
    # ...and another reader behind the same proxy is not refused.
    other = client.post(HELP_URL, intake_data(), HTTP_X_FORWARDED_FOR="198.51.100.2", **proxy)
    assert other.status_code == 303


@pytest.mark.parametrize("prefix, optional", [("/en/", "(optional)"), ("/es/", "(opcional)")])
def test_every_optional_label_says_so_once(client, help_page, prefix, optional):
    html = client.get(HELP_URL.replace("/en/", prefix, 1)).content.decode()
    labels = re.findall(r"<(?:label|legend)[^>]*>(.*?)</(?:label|legend)>", html, re.S)
    assert labels
    assert any(optional in label for label in labels)
    for label in labels:
        assert label.count(optional) <= 1, label
