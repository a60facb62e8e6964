"""Campaign and bill pages in a real browser: no axe-core violations, usable at 320 px."""

import os
import shutil

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed"),
]


@pytest.fixture
def browser_page():
    # Playwright's sync API runs an event loop; Django's ORM in the test thread is safe.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 320, "height": 800})
        yield page
        browser.close()


@pytest.fixture
def demo():
    from django.core.management import call_command
    from wagtail.models import Site

    call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
    return Site.objects.get(is_default_site=True)


PATHS = ["/en/campaigns/", "/en/campaigns/one-day/", "/en/campaigns/bills/ny/2019-2020/S1825/"]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_campaign_pages_pass_axe_at_320px(live_server, demo, browser_page):
    # One test for all pages: a transactional test flushes the tree Wagtail's
    # migrations made (serialized_rollback restores it for the tests after).
    from axe_playwright_python.sync_playwright import Axe

    for path in PATHS:
        response = browser_page.goto(live_server.url + path)
        assert response.status == 200, path
        # Nothing scrolls sideways at 320 px (the action table scrolls in its region).
        width = browser_page.evaluate("document.documentElement.scrollWidth")
        assert width <= 320, path
        results = Axe().run(browser_page)
        assert results.violations_count == 0, f"{path}\n{results.generate_report()}"
