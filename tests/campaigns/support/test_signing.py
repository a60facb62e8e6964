"""Signing a statement of support: one pending row per address, published only once
approved and only with consent, spam kept aside, bad input answered with field errors."""

import pytest
from django.core import mail
from django.core.management import call_command
from wagtail.test.utils import WagtailPageTestCase

from campaigns.models import CampaignPage, Signatory, StatementOfSupportPage
from idp_site.submissions.models import Notification

from .conftest import CANARY_EMAIL, STATEMENT_URL, sign_data

pytestmark = pytest.mark.django_db


def test_tree_rules():
    case = WagtailPageTestCase()
    case.assertAllowedParentPageTypes(StatementOfSupportPage, {CampaignPage})
    case.assertAllowedSubpageTypes(StatementOfSupportPage, {})


def test_page_shows_statement_form_and_is_never_cached_publicly(client, statement):
    response = client.get(STATEMENT_URL)
    assert response.status_code == 200
    cache_control = response["Cache-Control"]
    assert "private" in cache_control and "no-store" in cache_control
    assert StatementOfSupportPage.cache_public is False
    html = response.content.decode()
    assert "We support the 364-day cap." in html
    assert "I have read the statement and may sign it." in html
    assert 'name="form_token"' in html and 'for="id_email"' in html
    assert "0 signers so far." in html
    assert "No signatures are listed yet." in html


def test_valid_signature_is_stored_pending_notified_and_not_shown(
    client, statement, comms_member, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(STATEMENT_URL, sign_data())
    assert response.status_code == 303
    assert response["Location"] == STATEMENT_URL + "thanks/"
    assert CANARY_EMAIL not in response["Location"]
    signer = Signatory.objects.get()
    assert signer.status == "pending" and signer.spam_reasons == ""
    assert signer.organization_name == "Harbor Defenders"
    assert signer.email_normalized == CANARY_EMAIL and signer.acknowledged

    html = client.get(STATEMENT_URL).content.decode()
    assert "Harbor Defenders" not in html and "0 signers so far." in html

    thanks = client.get(STATEMENT_URL + "thanks/")
    assert thanks.status_code == 200 and "Thank you for signing" in thanks.content.decode()
    assert "no-store" in thanks["Cache-Control"]

    assert len(mail.outbox) == 0  # mail leaves the request: the worker sends it
    call_command("send_notifications")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [comms_member.email]
    assert f"/admin/snippets/campaigns/signatory/?statement={statement.pk}" in message.body
    for private in (CANARY_EMAIL, "Harbor Defenders", "Rosa Canary", "Bronx"):
        assert private not in message.subject + message.body


def test_shown_once_approved_and_only_with_consent(client, statement):
    client.post(STATEMENT_URL, sign_data())
    client.post(
        STATEMENT_URL,
        sign_data(
            kind="individual",
            organization_name="",
            contact_name="Quiet Supporter",
            email="quiet@example.org",
            consent_to_list=None,
        ),
    )
    assert Signatory.objects.count() == 2
    Signatory.objects.update(status="approved")
    html = client.get(STATEMENT_URL).content.decode()
    assert "Harbor Defenders" in html and "Bronx" in html
    assert "Quiet Supporter" not in html
    assert "1 signer so far." in html
    for private in (CANARY_EMAIL, "quiet@example.org", "Rosa Canary"):
        assert private not in html  # emails and an organization's contact stay private


def test_list_orders_organizations_first_then_alphabetically_with_counts(client, statement):
    rows = [
        ("individual", "", "zoe Adams"),
        ("organization", "beta Legal", "x"),
        ("individual", "", "Ana Zed"),
        ("organization", "Alpha Aid", "y"),
        ("organization", "Éclair Collective", "z"),
    ]
    for i, (kind, org, name) in enumerate(rows):
        Signatory.objects.create(
            statement=statement,
            kind=kind,
            organization_name=org,
            contact_name=name,
            email=f"s{i}@example.org",
            city="Queens",
            consent_to_list=True,
            status="approved",
        )
    html = client.get(STATEMENT_URL).content.decode()
    order = ["Alpha Aid", "beta Legal", "Éclair Collective", "Ana Zed", "zoe Adams"]
    positions = [html.index(name) for name in order]
    assert positions == sorted(positions)
    assert "3 organizations, 2 individuals." in html
    assert "Organizations (3)" in html and "Individuals (2)" in html


def test_duplicate_email_stores_nothing_and_answers_exactly_as_a_first_signature(client, statement):
    first = client.post(STATEMENT_URL, sign_data())
    second = client.post(
        STATEMENT_URL,
        sign_data(email="  ZebraCanary7731@Example.ORG ", organization_name="Another Org"),
    )
    assert second.status_code == first.status_code == 303
    assert second["Location"] == first["Location"] == STATEMENT_URL + "thanks/"
    assert Signatory.objects.count() == 1
    assert Signatory.objects.get().organization_name == "Harbor Defenders"
    html = client.get(second["Location"]).content.decode()
    assert "Thank you for signing" in html and "already" not in html
    assert "Harbor Defenders" not in html and CANARY_EMAIL not in html


def test_same_rendered_form_posted_twice_gives_one_row_and_the_thanks(client, statement):
    data = sign_data()
    first = client.post(STATEMENT_URL, data)
    second = client.post(STATEMENT_URL, data)
    assert first["Location"] == second["Location"] == STATEMENT_URL + "thanks/"
    assert Signatory.objects.count() == 1


def test_same_email_may_sign_another_statement(client, statement, campaign):
    from tests.conftest import add_page

    other = add_page(
        campaign,
        StatementOfSupportPage(
            title="Second statement",
            slug="second",
            search_description="x",
            statement=[("paragraph", "<p>Another.</p>")],
        ),
    )
    client.post(STATEMENT_URL, sign_data())
    response = client.post(other.url, sign_data())
    assert response["Location"] == other.url + "thanks/"
    assert Signatory.objects.count() == 2


@pytest.mark.parametrize(
    "overrides,reason",
    [({"homepage_url": "http://spam.example"}, "honeypot"), ({"age": 0}, "too_fast")],
    ids=["honeypot", "too-fast"],
)
def test_spam_is_stored_flagged_unpublished_and_not_notified(
    client, statement, comms_member, django_capture_on_commit_callbacks, overrides, reason
):
    age = overrides.pop("age", 30)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(STATEMENT_URL, sign_data(age=age, **overrides))
    assert response.status_code == 303  # a person whose autofill tripped it is not lost
    signer = Signatory.objects.get()
    assert signer.status == "spam" and reason in signer.spam_reasons
    assert Notification.objects.count() == 0 and len(mail.outbox) == 0
    assert "Harbor Defenders" not in client.get(STATEMENT_URL).content.decode()


def test_rate_limit_answers_429_with_a_clear_page(client, statement, settings):
    settings.FORM_PROTECTION = {**settings.FORM_PROTECTION, "RATE_LIMIT": 2}
    for i in range(2):
        assert client.post(STATEMENT_URL, sign_data(email=f"r{i}@example.org")).status_code == 303
    response = client.post(STATEMENT_URL, sign_data(email="r9@example.org"))
    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    assert "no-store" in response["Cache-Control"]
    assert "Too many attempts in a short time" in response.content.decode()
    assert Signatory.objects.count() == 2


def test_closed_signing_shows_no_form_and_stores_nothing(client, statement):
    statement.signing_open = False
    statement.save_revision().publish()
    html = client.get(STATEMENT_URL).content.decode()
    assert "Signing is closed." in html and 'name="form_token"' not in html
    client.post(STATEMENT_URL, sign_data())
    assert Signatory.objects.count() == 0


def _errors_page(client, **overrides):
    response = client.post(STATEMENT_URL, sign_data(**overrides))
    assert response.status_code == 200
    assert Signatory.objects.count() == 0
    return response.content.decode()


def test_missing_name_and_organization_give_linked_field_errors_and_keep_input(client, statement):
    html = _errors_page(client, contact_name="", organization_name="", city="Astoria")
    assert "Please check the form" in html
    assert 'href="#id_contact_name">Enter your name.' in html
    assert 'href="#id_organization_name">Enter the organization' in html
    assert 'value="Astoria"' in html and f'value="{CANARY_EMAIL}"' in html
    assert html.index("Please check the form") < html.index('id="sign-form"')
    assert "<title>Error:" in html


def test_missing_acknowledgement_is_a_field_error(client, statement):
    html = _errors_page(client, acknowledged=None)
    assert 'href="#id_acknowledged">Tick the box to confirm' in html


@pytest.mark.parametrize("email", ["not-an-email", "a@b", "x@@example.org", "a b@example.org"])
def test_malformed_email_is_a_field_error(client, statement, email):
    html = _errors_page(client, email=email)
    assert 'href="#id_email">Enter an email address such as name@example.org.' in html


@pytest.mark.parametrize(
    "field", ["organization_name", "contact_name", "title", "city", "email", "kind"]
)
def test_ten_thousand_characters_give_a_field_error(client, statement, field):
    value = "a" * 10_000 if field != "email" else "a" * 9_988 + "@example.org"
    html = _errors_page(client, **{field: value})
    assert f'href="#id_{field}' in html


@pytest.mark.parametrize("field", ["organization_name", "contact_name", "title", "city", "email"])
def test_null_bytes_give_a_field_error(client, statement, field):
    html = _errors_page(client, **{field: "Harbor\x00Defenders"})
    assert f'href="#id_{field}' in html


def test_forged_or_missing_token_is_explained_and_keeps_input(client, statement):
    html = _errors_page(client, form_token="forged")
    assert "could not be checked" in html and 'value="Harbor Defenders"' in html


@pytest.mark.parametrize(
    "organization,name,city",
    [
        ("华人移民法律援助中心", "李明", "法拉盛"),
        ("جمعية الدفاع عن المهاجرين", "ليلى حسن", "بروكلين"),
        ("Ассоциация защиты", "Анна Петрова", "Бруклин"),
    ],
    ids=["chinese", "arabic", "cyrillic"],
)
def test_non_latin_scripts_are_accepted_and_listed(client, statement, organization, name, city):
    response = client.post(
        STATEMENT_URL,
        sign_data(organization_name=organization, contact_name=name, city=city),
    )
    assert response.status_code == 303
    signer = Signatory.objects.get()
    assert (signer.organization_name, signer.contact_name, signer.city) == (
        organization,
        name,
        city,
    )
    Signatory.objects.update(status="approved")
    assert organization in client.get(STATEMENT_URL).content.decode()


def test_model_refuses_a_second_signature_for_staff_too(statement):
    from django.core.exceptions import ValidationError

    Signatory.objects.create(
        statement=statement,
        contact_name="A",
        email="dup@example.org",
        city="Bronx",
        kind="individual",
    )
    again = Signatory(
        statement=statement,
        contact_name="B",
        email="DUP@example.org",
        city="Bronx",
        kind="individual",
    )
    with pytest.raises(ValidationError) as raised:
        again.full_clean()
    assert "already signed this statement" in str(raised.value)
