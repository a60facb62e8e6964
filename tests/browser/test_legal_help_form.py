"""The help form in a real browser: JavaScript off, 320 px wide, no sideways scrolling,
sent with the keyboard-visible controls, and no axe violations."""

import time

import pytest

from pages.models import IntakeRequest, LegalHelpPage
from tests.conftest import add_page

pytestmark = [pytest.mark.browser]


@pytest.fixture
def live_help_page(live_site):
    from wagtail.models import Site

    from pages.models import SiteSettings

    page = add_page(
        live_site.home,
        LegalHelpPage(
            title="Get legal help",
            slug="get-legal-help",
            intro="<p>Tell us how to reach you.</p>",
            hotline_text="Weekdays, English and Spanish.",
            search_description="Ask for a callback.",
        ),
    )
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.legal_help_page = page
    site_settings.save()
    return live_site.url + "/en/get-legal-help/"


def test_form_works_without_javascript_at_320px(browser, live_help_page):
    from axe_playwright_python.sync_playwright import Axe

    if True:  # one shared browser for the whole run (tests/browser/conftest.py)
        context = browser.new_context(
            java_script_enabled=False, viewport={"width": 320, "height": 640}
        )
        page = context.new_page()
        page.goto(live_help_page.replace("127.0.0.1", "localhost"))
        assert page.evaluate("document.documentElement.scrollWidth") <= 320

        # First control in focus order is "Leave this site".
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.hasAttribute('data-leave-site')")

        # Sending an empty form: error summary with links, nothing stored.
        page.get_by_role("button", name="Send my request").click()
        assert page.locator(".error-summary a[href='#id_phone']").count() == 1
        assert page.evaluate("document.documentElement.scrollWidth") <= 320

        page.fill("#id_phone", "(212) 555-0100")
        page.check("#id_safe_to_leave_message_1")
        page.select_option("#id_language", "es")
        page.check("#id_who_needs_help_0")
        page.check("#id_urgency_1")
        page.check("#id_acknowledge")
        time.sleep(3.2)  # a person takes longer than the minimum fill time
        page.get_by_role("button", name="Send my request").click()
        page.wait_for_url("**/thanks/")
        assert "What happens next" in page.content()

        context_js = browser.new_context(viewport={"width": 320, "height": 640})
        axe_page = context_js.new_page()
        axe_page.goto(live_help_page.replace("127.0.0.1", "localhost"))
        wcag = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
        results = Axe().run(axe_page, options={"runOnly": {"type": "tag", "values": wcag}})
        context.close()
        context_js.close()
    assert results.violations_count == 0, results.generate_report()
    record = IntakeRequest.objects.get()
    assert record.status == "new" and record.phone == "(212) 555-0100"
