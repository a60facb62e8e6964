"""Fixtures for the statement-of-support tests: a campaign with its statement page, a
Communications member to notify, and sign-on data carrying a canary email."""

import time

import pytest
from django.core.cache import cache

from campaigns.models import CampaignIndexPage, CampaignPage, StatementOfSupportPage
from idp_site.submissions.form_protection import issue_token
from pages.roles import COMMUNICATIONS
from tests.conftest import add_page

STATEMENT_URL = "/en/campaigns/one-day/statement/"
CANARY_EMAIL = "zebracanary7731@example.org"


def sign_data(age=30, **overrides):
    """A complete, valid signature POST whose form was rendered `age` seconds ago."""
    data = {
        "form_token": issue_token("statement-of-support", issued_at=time.time() - age),
        "homepage_url": "",
        "kind": "organization",
        "organization_name": "Harbor Defenders",
        "contact_name": "Rosa Canary",
        "title": "Director",
        "email": CANARY_EMAIL,
        "city": "Bronx",
        "consent_to_list": "on",
        "acknowledged": "on",
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


@pytest.fixture(autouse=True)
def _fresh_cache():
    # The rate limit lives in the cache; each test starts with a clean slate.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def campaign(home):
    index = add_page(
        home, CampaignIndexPage(title="Campaigns", slug="campaigns", search_description="x")
    )
    return add_page(
        index,
        CampaignPage(
            title="One Day",
            slug="one-day",
            goal="Cap misdemeanor sentences at 364 days.",
            search_description="x",
        ),
    )


@pytest.fixture
def statement(campaign):
    return add_page(
        campaign,
        StatementOfSupportPage(
            title="Statement of support",
            slug="statement",
            search_description="Sign the statement.",
            statement=[("paragraph", "<p>We support the 364-day cap.</p>")],
            sign_on_intro="<p>Anyone may sign.</p>",
            acknowledgement_text="I have read the statement and may sign it.",
        ),
    )


@pytest.fixture
def comms_member(make_user):
    return make_user("comms", groups=[COMMUNICATIONS])


@pytest.fixture(autouse=True)
def _one_email_per_signature(settings):
    """These tests follow the email each signature queues ("immediate"); the default
    daily digest is tested in tests/admin/test_signature_digest.py."""
    settings.SIGNATURE_NOTIFICATIONS = "immediate"
