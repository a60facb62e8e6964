"""Wagtail's own content checker (the userbar's "Checks", shown to signed-in editors on
the live page and in previews) finds no issue on any demo page type.

The userbar runs axe-core in the page with Wagtail's configuration (its rule list:
headings, empty links and buttons, paragraphs used as headings, alt text, meta
description), embedded in the page as JSON, and writes the number of issues into its
menu. The test signs in as an editor (password and TOTP code), opens each page type's
live URL and reads that number and the issues' names from the userbar."""

import pytest

from tests.browser.test_every_page_type import BILL, CASES
from tests.conftest import totp_now

PASSWORD = "correct-horse-battery"
PAGES = [case for case in CASES if case.status == 200 and case.then is None]
# Set by the userbar once its axe run has finished (to "0" when nothing was found).
COUNT = "wagtail-userbar [data-content-checker-count]"
COUNT_SET = """() => {
    const root = document.querySelector("wagtail-userbar")?.shadowRoot;
    const count = root?.querySelector("[data-content-checker-count]");
    return Boolean(count && count.textContent.trim());
}"""


@pytest.fixture
def editor_session(demo_session):
    from django.contrib.auth import get_user_model
    from django_otp.plugins.otp_totp.models import TOTPDevice

    user, _ = get_user_model().objects.get_or_create(
        username="checker", defaults={"email": "checker@example.org", "is_superuser": True}
    )
    user.is_staff = user.is_superuser = True
    user.set_password(PASSWORD)
    user.save()
    device, _ = TOTPDevice.objects.get_or_create(user=user, name="Phone", confirmed=True)
    session = demo_session()
    page = session.page
    session.open("/admin/login/")
    page.get_by_label("Username").fill("checker")
    page.get_by_label("Password").fill(PASSWORD)
    with page.expect_navigation():
        page.get_by_role("button", name="Sign in").click()
    page.get_by_label("Six-digit code from your authenticator app").fill(totp_now(device))
    with page.expect_navigation():
        page.get_by_role("button", name="Verify").click()
    assert page.url.endswith("/admin/")
    return session


def checker_issues(page):
    """The userbar checker's issue count and the names of the issues it lists."""
    count = page.locator(COUNT).first
    page.wait_for_function(COUNT_SET)
    names = page.locator("wagtail-userbar [data-content-checker-name]").all_text_contents()
    return int(count.text_content()), names


def test_userbar_checker_finds_no_issue_on_any_page_type(editor_session):
    page = editor_session.page
    found = {}
    for case in PAGES:
        editor_session.open(case.path("en"))
        assert page.locator("wagtail-userbar").count() == 1, case.name
        count, names = checker_issues(page)
        if count:
            found[case.name] = (count, names)
    assert not found, f"Wagtail's checker found issues: {found}"


# ------------------------------------------------------------------ print

REPORT = "/en/reports/promise-of-sanctuary-cities/"
# Each link of the main content that prints its address, with what it prints after it.
PRINTED_ADDRESSES = r"""() => [...document.querySelectorAll("main a[href]")]
    .filter((a) => /^https?:$/.test(a.protocol) && !a.getAttribute("href").startsWith("#"))
    .filter((a) => a.getClientRects().length > 0)
    .map((a) => {
        // The computed `content` may still name attr(...): resolve it as CSS does.
        const content = getComputedStyle(a, "::after").content.replace(
            /attr\(([\w-]+)\)/g, (_, name) => JSON.stringify(a.getAttribute(name) || ""));
        const text = [...content.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]).join("");
        return [a.getAttribute("href"), text];
    })"""


def test_printed_report_keeps_the_publication_link_with_full_addresses(demo_session):
    session = demo_session()
    page = session.page
    session.open(REPORT)
    page.emulate_media(media="print")
    # The demo report links to the publication on IDP's site (a call-to-action block);
    # a report with its own PDF also links to /documents/: both must print.
    publication = page.get_by_role("link", name="Read about the report on IDP's site")
    assert publication.is_visible(), "the link to the publication is not printed"
    for link in page.locator("main a[href*='/documents/']").all():
        assert link.is_visible(), f"{link.get_attribute('href')} is not printed"
    printed = dict(page.evaluate(PRINTED_ADDRESSES))
    assert printed[publication.get_attribute("href")].startswith(" (https://")
    relative = [href for href in printed if href.startswith("/")]
    assert relative, "the report has links within the site (its topics)"
    for href, after in printed.items():
        # Every address in full: links within the site start with the site's own address.
        assert after.startswith(" (http"), (href, after)
        if href.startswith("/"):
            assert after == f" ({session.base_url}{href})", (href, after)


# ------------------------------------------------------------------ layout

BOX = (
    "(selector) => { const r = document.querySelector(selector).getBoundingClientRect();"
    " return {left: r.left, right: r.right, top: r.top, bottom: r.bottom}; }"
)


def test_home_hero_lines_up_with_the_content_at_1280(demo_session):
    session = demo_session(width=1280)
    page = session.page
    session.open("/en/")
    heading = page.evaluate(BOX, ".hero h1")
    content = page.evaluate(BOX, "main .container > *")
    assert abs(heading["left"] - content["left"]) <= 1, (heading, content)
    hero = page.evaluate(BOX, ".hero")
    band = page.evaluate(BOX, ".hero + .figure-band")
    assert abs(band["top"] - hero["bottom"]) <= 0.5, f"white strip: {hero} then {band}"


def test_bill_history_fits_a_phone(demo_session):
    session = demo_session(width=375, height=800)
    page = session.page
    session.open("/en/" + BILL)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"the page scrolls sideways by {overflow}px"
    frame = page.locator(".table-scroll")
    hidden = frame.evaluate("(el) => el.scrollWidth - el.clientWidth")
    assert hidden <= 0, f"the history table is cut off by {hidden}px"
    right = page.evaluate(BOX, ".table-scroll")["right"]
    cells = page.locator(".bill-actions td:last-child")
    assert cells.count() >= 1
    for cell in cells.all():
        box = cell.bounding_box()
        assert box["x"] + box["width"] <= right + 0.5, cell.text_content()
        assert cell.evaluate("(el) => el.scrollWidth <= el.clientWidth"), cell.text_content()
