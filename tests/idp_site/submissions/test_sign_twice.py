"""Signing a statement twice answers exactly as signing once (no way to learn whether
an address signed, listed or not), and the duplicate never reaches PostgreSQL as a
unique violation, whose log line would quote the name and the address."""

import logging
import re

import pytest
from django.db import IntegrityError, connection

from campaigns.models import Signatory
from idp_site.submissions.models import Notification

from .conftest import sign_data

pytestmark = pytest.mark.django_db

URL = "/en/campaigns/one-day/statement/"
EMAIL = "known.signer@example.org"


def _answer(client, data):
    response = client.post(URL, data)
    page = client.get(response["Location"])
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", page.content.decode())
    return response.status_code, response["Location"], page.status_code, html


@pytest.mark.parametrize("listed", ["on", None], ids=["listed", "unlisted"])
def test_a_known_address_gets_the_answer_a_new_one_gets(client, statement, listed):
    new = _answer(client, sign_data(email="first.time@example.org", consent_to_list=listed))
    client.post(URL, sign_data(email=EMAIL, consent_to_list=listed))
    Signatory.objects.filter(email_normalized=EMAIL).update(status="approved")

    again = _answer(client, sign_data(email=f" {EMAIL.upper()} ", consent_to_list=listed))

    assert again == new
    assert Signatory.objects.filter(email_normalized=EMAIL).count() == 1


def test_a_duplicate_raises_no_database_error_and_logs_nothing_personal(client, statement, caplog):
    """The hard case: another request with the same address commits between this
    one's checks and its INSERT (two tabs, a double click on two renderings)."""
    errors, raced = [], []

    def race_then_watch(execute, sql, params, many, context):
        if sql.startswith('INSERT INTO "campaigns_signatory"') and not raced:
            raced.append(sql)
            Signatory.objects.create(
                statement=statement, contact_name="Other Tab", email=EMAIL, city="Bronx"
            )
        try:
            return execute(sql, params, many, context)
        except Exception as exc:
            errors.append(exc)
            raise

    caplog.set_level(logging.DEBUG)
    with connection.execute_wrapper(race_then_watch):
        response = client.post(URL, sign_data(email=EMAIL, contact_name="Rosa Canary"))
    assert raced
    assert response.status_code == 303 and response["Location"] == URL + "thanks/"
    assert not [e for e in errors if isinstance(e, IntegrityError)]
    assert errors == []
    logged = " ".join(r.getMessage() for r in caplog.records if not r.name.startswith("django.db"))
    assert EMAIL not in logged and "Rosa Canary" not in logged
    assert list(Signatory.objects.values_list("contact_name", flat=True)) == ["Other Tab"]
    assert Notification.objects.count() == 0
