"""Newsletter signup: the reader's request only stores an encrypted outbox row; the
notification worker makes exactly one call to the list provider (a local stub of
Mailchimp here) with double opt-in, then deletes the row. A provider that is down or
hung costs the reader nothing and the signup is delivered, once, when it is back."""

import hashlib
import re
import time

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.test.utils import WagtailPageTestCase

from idp_site.submissions import outage
from pages.alerts import newsletter
from pages.alerts.models import NewsletterSignupPage, PendingSignup
from pages.alerts.newsletter_form import NewsletterSignupForm
from pages.models import HomePage
from tests.budgets import QUERY_BUDGET

from .conftest import CANARY_EMAIL, NEWSLETTER_URL, signup_data

pytestmark = pytest.mark.django_db


def worker_round():
    """One round of the notification worker, as `send_notifications --loop` runs it."""
    call_command("send_notifications", "--loop", "--rounds", "1", "--interval", "0")


def test_tree_rules():
    case = WagtailPageTestCase()
    case.assertAllowedParentPageTypes(NewsletterSignupPage, {HomePage})
    case.assertAllowedSubpageTypes(NewsletterSignupPage, {})


def test_form_is_protected_and_never_cached(client, newsletter_page):
    response = client.get(NEWSLETTER_URL)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    assert 'name="form_token"' in html and 'name="homepage_url"' in html
    assert 'for="id_email"' in html and 'for="id_first_name"' in html
    assert "Mailchimp" in html  # the reader is told where the address goes
    # The page's own language is chosen for the newsletter by default.
    assert re.search(r'value="en"[^>]*checked', html)


def test_one_signup_makes_one_double_opt_in_call_and_leaves_no_row(
    client, newsletter_page, provider
):
    response = client.post(NEWSLETTER_URL, signup_data(), follow=True)
    assert response.redirect_chain[-1] == (NEWSLETTER_URL + "thanks/", 303)
    assert "Check your email" in response.content.decode()
    row = PendingSignup.objects.get()
    # Stored encrypted: the address is nowhere in the row in clear.
    assert CANARY_EMAIL.encode() not in bytes(row.payload)
    assert provider.calls == []  # nothing sent from the request

    worker_round()
    worker_round()  # a second round has nothing left to send

    assert len(provider.calls) == 1
    call = provider.calls[0]
    member = hashlib.md5(CANARY_EMAIL.lower().encode(), usedforsecurity=False).hexdigest()
    assert call["path"] == f"/3.0/lists/list123/members/{member}"
    assert call["body"] == {
        "email_address": CANARY_EMAIL,
        "status_if_new": "pending",
        "language": "es",
        "merge_fields": {"FNAME": "Lark"},
    }
    assert call["auth"].startswith("Basic ")
    assert PendingSignup.objects.count() == 0


def test_same_rendered_form_twice_is_one_signup(client, newsletter_page, provider):
    data = signup_data()
    client.post(NEWSLETTER_URL, data)
    client.post(NEWSLETTER_URL, data)
    assert PendingSignup.objects.count() == 1
    worker_round()
    assert len(provider.calls) == 1


@pytest.mark.parametrize("fault", ["down", "hung"])
def test_provider_down_or_hung_costs_the_reader_nothing_and_delivers_once_later(
    client, newsletter_page, provider, fault
):
    if fault == "down":
        provider.stop()
    else:
        provider.hang()
    # A running site has its templates compiled: so does this process before timing.
    client.get(NEWSLETTER_URL)
    client.get(NEWSLETTER_URL + "thanks/")
    started = time.monotonic()
    response = client.post(NEWSLETTER_URL, signup_data(), follow=True)
    elapsed = time.monotonic() - started
    assert response.status_code == 200 and "Check your email" in response.content.decode()
    assert elapsed < 1.0

    newsletter.deliver_pending()  # the worker tries: refused or timed out
    row = PendingSignup.objects.get()
    assert row.attempts == 1 and row.last_error
    assert provider.calls == []

    if fault == "down":
        provider.restart()
    else:
        provider.release()
    received_before = provider.received
    worker_round()
    worker_round()
    assert provider.received - received_before == 1  # once, after it came back
    assert len(provider.calls) == 1
    assert provider.calls[0]["body"]["status_if_new"] == "pending"
    assert PendingSignup.objects.count() == 0


def test_errors_are_shown_and_nothing_is_stored(client, newsletter_page, provider):
    response = client.post(NEWSLETTER_URL, signup_data(email="not-an-address", language=""))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Please check the form" in html
    assert "Enter an email address such as name@example.org." in html
    assert "Choose the language of the newsletter." in html
    assert PendingSignup.objects.count() == 0


def test_honeypot_signup_is_thanked_but_never_sent(client, newsletter_page, provider):
    response = client.post(NEWSLETTER_URL, signup_data(homepage_url="http://spam.example"))
    assert response.status_code == 303
    worker_round()
    assert PendingSignup.objects.count() == 0 and provider.calls == []


def test_provider_refusal_drops_the_row(client, newsletter_page, provider):
    provider.status = 400
    client.post(NEWSLETTER_URL, signup_data())
    worker_round()
    assert len(provider.calls) == 1
    assert PendingSignup.objects.count() == 0


def test_page_asks_no_other_host(client, newsletter_page):
    html = client.get(NEWSLETTER_URL).content.decode()
    assert_no_foreign_resources(html)


def assert_no_foreign_resources(html):
    """Nothing the page loads or sends to names a host: every src, href of a
    stylesheet or script, and form action is a path on this site."""
    tags = r"<(?:script|img|iframe|link|form|source)\b[^>]*?(?:src|href|action)=\"([^\"]+)\""
    loads = re.findall(tags, html)
    assert loads
    foreign = [url for url in loads if url.startswith(("http:", "https:", "//"))]
    # <link rel="alternate"/"canonical"> name this site's own host: allowed.
    foreign = [u for u in foreign if "://testserver/" not in u]
    assert not foreign, foreign


def test_rate_limit(client, newsletter_page, provider, settings):
    settings.FORM_PROTECTION = {**settings.FORM_PROTECTION, "RATE_LIMIT": 2}
    codes = [client.post(NEWSLETTER_URL, signup_data()).status_code for _ in range(3)]
    assert codes == [303, 303, 429]
    assert PendingSignup.objects.count() == 2


def test_form_query_budget(client, newsletter_page):
    client.get(NEWSLETTER_URL)
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(NEWSLETTER_URL).status_code == 200
    assert len(ctx) <= QUERY_BUDGET


def test_signup_kept_through_a_database_outage_is_queued_once(newsletter_page):
    form = NewsletterSignupForm(signup_data(), target=newsletter_page.pk)
    assert form.is_valid()
    assert outage.registered_for(form.data["form_token"]).form_class is NewsletterSignupForm
    entry = {"token": form.submission_token, "spam": [], "fields": form.record_fields()}
    assert NewsletterSignupPage.store_kept(entry) is True
    assert NewsletterSignupPage.store_kept(entry) is True  # a second replay stores nothing
    row = PendingSignup.objects.get()
    assert row.signup() == {"email": CANARY_EMAIL, "first_name": "Lark", "language": "es"}
