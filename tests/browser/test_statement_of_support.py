"""A journey in a real browser (JavaScript on): an organization signs a statement of
support. axe-core checks the form empty, with errors and after success, at 320 and
1280 px; nothing scrolls sideways, no request leaves the site, no CSP violation."""

import pytest

from tests.browser.checks import assert_accessible
from tests.browser.conftest import WIDTHS

URL = "/en/campaigns/one-day/statement/"


@pytest.fixture
def statement(live_site, settings):
    from campaigns.models import (
        CampaignIndexPage,
        CampaignPage,
        Signatory,
        StatementOfSupportPage,
    )
    from tests.conftest import add_page

    # A person fills the form in seconds here: do not flag the journey as too fast.
    settings.FORM_PROTECTION = {**settings.FORM_PROTECTION, "MIN_FILL_SECONDS": 0}
    index = add_page(
        live_site.home,
        CampaignIndexPage(title="Campaigns", slug="campaigns", search_description="x"),
    )
    campaign = add_page(
        index,
        CampaignPage(
            title="One Day",
            slug="one-day",
            goal="Cap sentences at 364 days.",
            search_description="x",
        ),
    )
    page = add_page(
        campaign,
        StatementOfSupportPage(
            title="Statement of support",
            slug="statement",
            search_description="Sign the statement.",
            statement=[("paragraph", "<p>We support the 364-day cap.</p>")],
            sign_on_intro="<p>Organizations and individuals may sign.</p>",
        ),
    )
    Signatory.objects.create(
        statement=page,
        organization_name="Listed Legal Aid",
        contact_name="Someone",
        email="listed@example.org",
        city="Queens",
        consent_to_list=True,
        status="approved",
    )
    return page


def _no_sideways_scroll(page, width):
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{page.url} scrolls sideways by {overflow}px at {width}px"


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
def test_an_organization_signs_the_statement(open_session, statement, width):
    from campaigns.models import Signatory

    session = open_session(width=width)
    page = session.page
    session.open(URL)
    assert page.locator("h1").inner_text() == "Statement of support"
    assert "Listed Legal Aid" in page.content()
    assert_accessible(page)
    _no_sideways_scroll(page, width)

    # Sending it half filled: an error summary at the top, what was typed kept.
    page.get_by_role("textbox", name="Organization").fill("Harbor Defenders")
    page.get_by_role("textbox", name="City or borough").fill("Bronx")
    page.get_by_role("button", name="Sign the statement").click()
    page.wait_for_load_state()
    summary = page.locator(".error-summary")
    assert summary.is_visible()
    assert "Enter your name." in summary.inner_text()
    assert page.get_by_role("textbox", name="Organization").input_value() == "Harbor Defenders"
    assert_accessible(page)
    _no_sideways_scroll(page, width)

    summary.get_by_role("link", name="Enter your name.").click()
    page.get_by_role("textbox", name="Your name").fill("Rosa Example")
    page.get_by_role("textbox", name="Email address").fill("rosa@example.org")
    page.get_by_role("checkbox", name="List this signature publicly").check()
    page.get_by_role("checkbox", name="I have read the statement").check()
    page.get_by_role("button", name="Sign the statement").click()
    page.wait_for_url("**/statement/thanks/")
    assert page.locator("h1").inner_text() == "Thank you for signing"
    assert_accessible(page)
    _no_sideways_scroll(page, width)
    session.assert_clean()

    signer = Signatory.objects.get(email_normalized="rosa@example.org")
    assert (signer.status, signer.organization_name, signer.kind) == (
        "pending",
        "Harbor Defenders",
        "organization",
    )
