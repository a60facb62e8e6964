"""A form refused for its token (open over 24 hours, or signed before a SECRET_KEY
change) and sent again right away is judged by when the reader first opened it: a
person who typed for minutes is not filed as a bot that was "too fast"."""

import re
import time

import pytest
from django.core import signing

from idp_site.submissions.form_protection import issue_token
from pages.intake.models import IntakeRequest

from .conftest import HELP_URL, intake_data

pytestmark = pytest.mark.django_db

DAY = 24 * 60 * 60


def _resend(client, refused):
    """Post the refused form again at once with the fresh token it came back with."""
    html = refused.content.decode()
    assert refused.status_code == 200
    assert "This form was open for a long time" in html
    token = re.search(r'name="form_token" value="([^"]+)"', html).group(1)
    data = intake_data()
    data["form_token"] = token
    return client.post(HELP_URL, data)


def test_expired_token_resent_at_once_is_not_spam(client, help_page):
    old = issue_token("legal-help", issued_at=time.time() - DAY - 600)
    refused = client.post(HELP_URL, intake_data(form_token=old))
    assert IntakeRequest.objects.count() == 0

    assert _resend(client, refused).status_code == 303
    record = IntakeRequest.objects.get()
    assert (record.status, record.spam_reasons) == ("new", "")


def test_token_from_before_a_secret_key_change_resent_at_once_is_not_spam(
    client, help_page, settings
):
    settings.SECRET_KEY = "the-key-before-rotation"
    opened_ten_minutes_ago = issue_token("legal-help", issued_at=time.time() - 600)
    settings.SECRET_KEY = "the-key-after-rotation"
    refused = client.post(HELP_URL, intake_data(form_token=opened_ten_minutes_ago))
    assert IntakeRequest.objects.count() == 0

    assert _resend(client, refused).status_code == 303
    assert IntakeRequest.objects.get().status == "new"


def test_a_form_opened_just_now_is_still_too_fast_after_a_token_error(client, help_page, settings):
    settings.SECRET_KEY = "the-key-before-rotation"
    just_opened = issue_token("legal-help")
    settings.SECRET_KEY = "the-key-after-rotation"
    refused = client.post(HELP_URL, intake_data(form_token=just_opened))
    _resend(client, refused)
    assert IntakeRequest.objects.get().spam_reasons == "too_fast"


@pytest.mark.parametrize("garbage", ["", "not-a-token", "eyJ4Ijo1fQ:abc:def"])
def test_no_credit_for_a_token_that_is_not_ours(client, help_page, garbage):
    refused = client.post(HELP_URL, intake_data(form_token=garbage))
    _resend(client, refused)
    assert IntakeRequest.objects.get().spam_reasons == "too_fast"


def test_fresh_token_carries_the_opening_time_signed(client, help_page):
    old = issue_token("legal-help", issued_at=time.time() - DAY - 600)
    refused = client.post(HELP_URL, intake_data(form_token=old))
    token = re.search(r'name="form_token" value="([^"]+)"', refused.content.decode()).group(1)
    payload = signing.loads(token, salt="pages.form_protection")
    assert payload["t"] >= time.time() - 5  # valid for another 24 hours
    assert payload["f"] <= time.time() - DAY
