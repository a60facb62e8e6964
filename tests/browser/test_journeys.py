"""What readers, people asking for help and editors do on the demo site, in a real
browser, by clicking and typing (no URL typed after the first page). Every journey
ends with no request to another host and no Content Security Policy violation."""

import time

import pytest
from django.conf import settings
from playwright.sync_api import expect

from tests.browser.conftest import WIDTHS
from tests.browser.test_keyboard import tab_until
from tests.conftest import totp_now

PASSWORD = "correct-horse-battery"


def open_main_navigation(page, width):
    """The reader's way to the main navigation and the search box: on a phone they sit
    behind the Menu button; on a wide screen they are in the header."""
    if width == WIDTHS["narrow"]:
        page.locator("summary", has_text="Menu").click()


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
def test_reader_follows_the_one_day_campaign_to_a_bill_status(demo_session, width):
    from campaigns.models import Bill, Relation

    session = demo_session(width=width)
    page = session.page
    session.open("/en/")
    open_main_navigation(page, width)
    with page.expect_navigation():
        page.get_by_role("navigation", name="Main").get_by_role("link", name="Campaigns").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Campaigns"
    with page.expect_navigation():
        page.get_by_role("link", name="One Day to Protect New Yorkers").first.click()
    assert page.get_by_role("heading", level=1).inner_text() == "One Day to Protect New Yorkers"
    assert "Won" in page.locator(".campaign__status").inner_text()

    card = page.locator(".bill-card").first
    number = card.locator(".bill-card__title a").inner_text()
    status_on_card = card.locator(".bill-card__status").inner_text()
    with page.expect_navigation():
        card.get_by_role("link", name=number).click()
    assert page.get_by_role("heading", level=1).inner_text().startswith(number)
    status = page.locator(".bill__status").inner_text()
    bill = Bill.objects.get(
        base_print_number=number.replace(".", ""), session__identifier="2019-2020"
    )
    assert status == status_on_card
    assert status.startswith(bill.status_text()), (status, bill.status_text())
    # The bill's story: how its policy became law (the enacting bill, as recorded), and
    # its history, oldest first.
    enacted_via = bill.relations.get(relation_type=Relation.ENACTED_VIA)
    notice = page.get_by_text("Its policy became law through another bill:")
    assert notice.is_visible()
    assert enacted_via.note and enacted_via.note in notice.inner_text()
    assert page.get_by_role("region", name="Table of actions, oldest first").is_visible()
    session.assert_clean()


def test_reader_searches_and_opens_a_report(demo_session):
    from pages.models import ReportPage

    report = ReportPage.objects.get(slug="promise-of-sanctuary-cities")
    # The full text stays on its publisher's site: the report's call to action links there.
    full_text = next(block.value for block in report.body if block.block_type == "call_to_action")
    session = demo_session(width=WIDTHS["narrow"])
    page = session.page
    session.open("/en/")
    open_main_navigation(page, WIDTHS["narrow"])
    search = page.get_by_role("searchbox", name="Search this site")
    search.fill("sanctuary")
    with page.expect_navigation():
        search.press("Enter")
    assert page.get_by_role("status").inner_text().endswith("for “sanctuary”")
    with page.expect_navigation():
        page.get_by_role("link", name=report.title).click()
    assert page.get_by_role("heading", level=1).inner_text() == report.title
    assert page.get_by_text(report.summary).is_visible()
    link = page.get_by_role("link", name=full_text["link_text"])
    assert link.is_visible(), "no link to the full report"
    assert full_text["url"] and link.get_attribute("href") == full_text["url"]
    session.assert_clean()


@pytest.mark.parametrize("javascript", [True, False], ids=["javascript on", "javascript off"])
def test_person_asks_for_legal_help_and_sees_the_confirmation(demo_session, javascript):
    """With the real minimum fill time (FORM_PROTECTION MIN_FILL_SECONDS, not
    overridden): the test waits it out, as a person typing would, so the request is
    stored as new, not flagged as too fast."""
    from idp_site.submissions.models import Notification
    from pages.intake.models import IntakeRequest

    min_fill = settings.FORM_PROTECTION["MIN_FILL_SECONDS"]
    notifications_before = Notification.objects.count()
    requests_before = IntakeRequest.objects.count()
    session = demo_session(width=WIDTHS["narrow"], java_script_enabled=javascript)
    page = session.page
    session.open("/en/")
    with page.expect_navigation():
        page.get_by_role("complementary", name="Legal help").get_by_role(
            "link", name="Get legal help"
        ).click()
    form_shown_at = time.monotonic()
    assert page.get_by_role("heading", level=1).inner_text() == "Get legal help"
    # The first thing in the tab order is the way out ("Leave this site").
    page.keyboard.press("Tab")
    assert page.locator(":focus").get_attribute("data-leave-site") is not None

    name = f"Rosa ({'with' if javascript else 'without'} JavaScript)"
    page.get_by_label("Name to use").fill(name)
    page.get_by_label("Phone number").fill("(212) 555-0199")
    page.get_by_label("No, do not leave a voicemail or send a text").check()
    page.get_by_label("Language you prefer").select_option(label="Español")
    page.get_by_label("A family member or friend").check()
    page.get_by_label("A court date within 14 days").check()
    # Forgot the acknowledgement: the form comes back with the error, nothing lost.
    with page.expect_navigation():
        page.get_by_role("button", name="Send my request").click()
    summary = page.get_by_role("alert")
    assert "Tick the box to confirm you have read the notice." in summary.inner_text()
    assert summary.locator("a[href='#id_acknowledged']").count() == 1
    assert page.get_by_label("Phone number").input_value() == "(212) 555-0199"
    assert page.get_by_label("A court date within 14 days").is_checked()
    assert IntakeRequest.objects.count() == requests_before, "stored despite the error"

    page.get_by_label("I have read the notice above.").check()
    time.sleep(max(0.0, min_fill + 0.5 - (time.monotonic() - form_shown_at)))
    with page.expect_navigation():
        page.get_by_role("button", name="Send my request").click()
    assert page.url.endswith("/en/get-legal-help/thanks/")
    assert page.get_by_role("heading", level=1).inner_text() == "Your request was sent"
    assert page.get_by_role("status").inner_text().startswith("Thank you.")

    assert IntakeRequest.objects.count() == requests_before + 1
    record = IntakeRequest.objects.latest("created_at")
    assert (record.name, record.phone, record.language, record.urgency) == (
        name,
        "(212) 555-0199",
        "es",
        "court_soon",
    )
    assert record.status == "new" and record.spam_reasons == ""
    assert Notification.objects.count() == notifications_before + 1
    session.assert_clean()


@pytest.fixture
def superuser(demo):
    # Not pytest-django's `django_user_model`: it needs `db`, whose flush would wipe
    # the shared demo site.
    from django.contrib.auth import get_user_model
    from django_otp.plugins.otp_totp.models import TOTPDevice

    user = get_user_model().objects.create_superuser("chief", "chief@example.org", PASSWORD)
    device = TOTPDevice.objects.create(user=user, name="Phone", confirmed=True)
    yield user, device
    user.delete()


def test_editor_edits_a_report_summary_and_readers_see_it(demo_session, superuser):
    # A superuser publishes directly; the Communications role would go through the
    # moderation workflow instead (tested in tests/pages).
    from pages.models import ReportPage

    _user, device = superuser
    report = ReportPage.objects.get(slug="promise-of-sanctuary-cities")
    original_summary = report.summary
    session = demo_session()
    page = session.page
    session.open("/admin/login/")
    page.get_by_label("Username").fill("chief")
    page.get_by_label("Password").fill(PASSWORD)
    with page.expect_navigation():
        page.get_by_role("button", name="Sign in").click()
    assert "/admin/mfa/verify/" in page.url
    page.get_by_label("Six-digit code from your authenticator app").fill(totp_now(device))
    with page.expect_navigation():
        page.get_by_role("button", name="Verify").click()
    assert page.url.endswith("/admin/")

    session.open(f"/admin/pages/{report.pk}/edit/")
    new_summary = "Sanctuary needs more than refusing ICE: it needs fair local courts."
    page.locator("#id_summary").fill(new_summary)
    page.locator("footer").get_by_role("button", name="More actions").click()
    with page.expect_navigation():
        page.locator("footer button[name='action-publish']").click()
    assert "has been published" in page.content()

    try:
        # A reader (another browser profile, signed out) sees the new summary...
        reader = demo_session(width=WIDTHS["narrow"])
        reader.open(report.url)
        assert reader.page.get_by_text(new_summary).is_visible()
        assert not reader.page.get_by_text(original_summary).count()
        assert reader.page.locator("wagtail-userbar").count() == 0
        reader.assert_clean()

        # ...and the editor's view of it carries Wagtail's userbar, within the CSP.
        session.open(report.url)
        assert page.get_by_text(new_summary).is_visible()
        userbar = page.locator("wagtail-userbar")
        assert userbar.count() == 1
        userbar.get_by_role("button", name="View Wagtail quick actions").click()
        expect(userbar.get_by_role("menuitem", name="Edit this page")).to_be_visible()
        session.assert_clean()
    finally:
        # Later tests in this module read the demo report as it was.
        report = ReportPage.objects.get(pk=report.pk)
        report.summary = original_summary
        report.save_revision().publish()


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
def test_keyboard_reader_skips_to_main_opens_an_faq_and_switches_language(demo_session, width):
    session = demo_session(width=width)
    page = session.page
    session.open("/en/campaigns/one-day/")

    page.keyboard.press("Tab")  # first the quick exit ("Leave this site now")
    assert page.evaluate("document.activeElement.hasAttribute('data-leave-site')")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#main"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"

    assert tab_until(page, "el.tagName === 'SUMMARY' && el.textContent.includes('What changed?')")
    details = page.locator("details", has_text="What changed?")
    assert details.get_attribute("open") is None
    page.keyboard.press("Enter")
    assert details.get_attribute("open") is not None
    assert details.get_by_text("364 days instead of one year").is_visible()

    # Back up the page to the language switcher in the header.
    found = False
    for _ in range(120):
        page.keyboard.press("Shift+Tab")
        if page.evaluate("document.activeElement.getAttribute('hreflang') === 'es'"):
            found = True
            break
    assert found, "the language switcher cannot be reached backwards from the content"
    with page.expect_navigation():
        page.keyboard.press("Enter")
    # The demo has a Spanish edition of the campaign: the switcher lands on it.
    assert page.url.endswith("/es/campanas/un-dia/")
    assert page.locator("html").get_attribute("lang") == "es"
    assert page.locator("main").get_attribute("lang") in (None, "es")
    assert (
        page.get_by_role("heading", level=1).inner_text() == "Un día menos: la ley de los 364 días"
    )
    session.assert_clean()
