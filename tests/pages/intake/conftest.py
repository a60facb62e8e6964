"""Fixtures for the legal-help intake tests: the two help pages, users in each role,
and form data carrying a canary string that must never leak."""

import time

import pytest
from django.core.cache import cache

from idp_site.submissions.form_protection import issue_token
from pages.intake.models import AttorneyHelpPage, LegalHelpPage
from pages.roles import COMMUNICATIONS, INTAKE, MODERATORS
from tests.conftest import add_page

CANARY = "ZebraCanary7731"
CANARY_PHONE = "(212) 555-0147"
CANARY_EMAIL = "zebracanary7731@example.org"
HELP_URL = "/en/get-legal-help/"
ATTORNEY_URL = "/en/attorneys/"


def canary_in(text):
    text = str(text).lower()
    return any(value.lower() in text for value in (CANARY, CANARY_EMAIL, CANARY_PHONE, "555-0147"))


def intake_data(age=30, scope="legal-help", **overrides):
    """A complete, valid legal-help POST whose form was rendered `age` seconds ago."""
    data = {
        "form_token": issue_token(scope, issued_at=time.time() - age),
        "homepage_url": "",
        "name": f"Nick {CANARY}",
        "phone": CANARY_PHONE,
        "email": CANARY_EMAIL,
        "safe_to_leave_message": "no",
        "best_times": f"evenings {CANARY}",
        "language": "other",
        "language_other": f"Wolof {CANARY}",
        "who_needs_help": "family_friend",
        "urgency": "detained",
        "message": f"My brother {CANARY} was taken this morning.",
        "acknowledged": "on",
    }
    data.update(overrides)
    return data


def attorney_data(age=30, **overrides):
    data = {
        "form_token": issue_token("attorney-help", issued_at=time.time() - age),
        "homepage_url": "",
        "name": f"Counsel {CANARY}",
        "organization": f"Defender office {CANARY}",
        "phone": CANARY_PHONE,
        "email": CANARY_EMAIL,
        "question": f"Plea to a misdemeanor; client {CANARY} is a permanent resident.",
        "acknowledged": "on",
    }
    data.update(overrides)
    return data


@pytest.fixture(autouse=True)
def _fresh_cache():
    # The rate limit lives in the cache; each test starts with a clean slate.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def help_page(home, site_settings):
    page = add_page(
        home,
        LegalHelpPage(
            title="Get legal help",
            slug="get-legal-help",
            intro="<p>Tell us how to reach you.</p>",
            search_description="Ask for a callback.",
        ),
    )
    site_settings.legal_help_page = page
    site_settings.save()
    return page


@pytest.fixture
def attorney_page(home, site_settings):
    page = add_page(
        home,
        AttorneyHelpPage(
            title="For defense attorneys",
            slug="attorneys",
            intro="<p>Ask before the plea.</p>",
            search_description="Ask about immigration consequences.",
        ),
    )
    site_settings.attorney_page = page
    site_settings.save()
    return page


@pytest.fixture
def intake_member(make_user):
    return make_user("intaker", groups=[INTAKE])


@pytest.fixture
def role_users(make_user, intake_member):
    """Everyone who might try to open the intake admin, by role."""
    return {
        "communications": make_user("comms", groups=[COMMUNICATIONS]),
        "moderator": make_user("mod", groups=[MODERATORS]),
        "superuser": make_user("root", superuser=True),
        "intake": intake_member,
    }
