"""Every public page type of the demo site, in English and Spanish, at 320 and 1280 px.

One page load per (page, language, width), and on that same load: axe-core (WCAG 2.0,
2.1 and 2.2 A and AA) finds no violation, no request goes to another host, no CSP
violation is recorded, nothing scrolls sideways, pointer targets are at least 24 px,
and an anonymous reader gets no cookie unless the page carries a form that posts
(then only the CSRF cookie). Spanish URLs of pages without a Spanish version are the
English page served with a notice: they are tested too.

The help forms are checked in their three states: empty, with errors (sent empty; the
form has `novalidate`, so the server answers) and after success (the confirmation).
"""

from dataclasses import dataclass

import pytest

from tests.browser.checks import SMALL_TARGETS, assert_accessible
from tests.browser.conftest import WIDTHS

BILL = "campaigns/bills/ny/2019-2020/S1825/"


def send_form(session):
    """Press the help form's submit button and return the response it leads to."""
    page = session.page
    with page.expect_navigation() as navigation:
        page.locator("#help-form button[type=submit]").click()
    return navigation.value


def fill_intake(page):
    page.locator("[name=phone]").fill("(212) 555-0123")
    page.locator("[name=safe_to_leave_message][value=no]").check()
    page.locator("[name=language]").select_option("es")
    page.locator("[name=who_needs_help][value=self]").check()
    page.locator("[name=urgency][value=other]").check()
    page.locator("[name=acknowledged]").check()


def fill_attorney(page):
    page.locator("[name=name]").fill("Ana Defensora")
    page.locator("[name=organization]").fill("County defender office")
    page.locator("[name=email]").fill("ana@example.org")
    page.locator("[name=question]").fill("Would a plea to a class A misdemeanor be a problem?")
    page.locator("[name=acknowledged]").check()


def with_errors(session):
    response = send_form(session)
    assert session.page.locator(".error-summary").is_visible()
    return response


def intake_sent(session):
    fill_intake(session.page)
    response = send_form(session)
    assert session.page.url.endswith("/thanks/")
    return response


def attorney_question_sent(session):
    fill_attorney(session.page)
    response = send_form(session)
    assert session.page.url.endswith("/thanks/")
    return response


@dataclass
class Case:
    name: str
    en: str
    es: str = None  # defaults to the English path under /es/ (the fallback)
    status: int = 200
    then: object = None  # an action on the loaded page; the checks run on its result

    def path(self, lang):
        return f"/{lang}/{self.en if lang == 'en' or self.es is None else self.es}"


CASES = [
    Case("home", ""),
    Case("standard page", "about/", es="quienes-somos/"),
    Case(
        "standard page, translated by the workflow",
        "strategic-research-initiatives/",
        es="investigacion-estrategica/",
    ),
    Case("program area index", "our-work/"),
    Case("program area", "our-work/one-day-for-new-yorkers/"),
    Case("report index", "reports/"),
    Case("report index, filtered", "reports/?topic=sanctuary&year=2017"),
    Case("report index, filtered to nothing", "reports/?topic=youth"),
    Case("report", "reports/promise-of-sanctuary-cities/"),
    Case("story index", "stories/"),
    Case("story", "stories/one-day-on-a-sentence/"),
    Case("search results", "search/?q=deportation"),
    Case("search without results", "search/?q=xylophone"),
    Case("search, empty", "search/"),
    Case("campaign index", "campaigns/"),
    Case("campaign", "campaigns/one-day/"),
    Case("bill", BILL),
    Case("legal help, empty", "get-legal-help/"),
    Case("legal help, with errors", "get-legal-help/", then=with_errors),
    Case("legal help, confirmation", "get-legal-help/", then=intake_sent),
    Case("attorneys, empty", "attorneys/"),
    Case("attorneys, with errors", "attorneys/", then=with_errors),
    Case("attorneys, confirmation", "attorneys/", then=attorney_question_sent),
    Case("alert archive", "alerts/", es="alertas/"),
    Case("alert", "alerts/protect-our-courts/", es="alertas/proteger-nuestros-tribunales/"),
    Case(
        "alert, no longer current",
        "alerts/courthouse-memo-2021/",
        es="alertas/memorando-tribunales-2021/",
    ),
    Case("not found", "no-such-page/", status=404),
]


def has_form(page):
    return page.locator("form[method=post]").count() > 0


def check_loaded_page(session, lang, width, form_seen=False):
    """Everything checked on every page, on the load already made. `form_seen`: the
    session has shown a form that posts (which may set the CSRF cookie)."""
    page = session.page
    assert page.locator("html").get_attribute("lang") == lang
    assert page.locator("h1").count() == 1, "a page has exactly one h1"
    assert_accessible(page)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{page.url} scrolls sideways by {overflow}px at {width}px"
    small = page.evaluate(SMALL_TARGETS)
    assert not small, f"{page.url}: targets under 24x24 px: {small}"
    session.assert_clean()
    cookies = {cookie["name"] for cookie in session.context.cookies()}
    if form_seen or has_form(page):
        assert cookies <= {"csrftoken"}, f"{page.url}: cookies {cookies}"
    else:
        assert not cookies, f"{page.url} set cookies without a form: {cookies}"


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_page_type(demo_session, case, lang, width):
    session = demo_session(width=width)
    session.open(case.path(lang), expect_status=case.status)
    form_seen = has_form(session.page)
    if case.then is not None:
        response = case.then(session)
        assert response.status == 200, f"{session.page.url}: {response.status}"
    check_loaded_page(session, lang, width, form_seen)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_too_many_requests_page(demo_session, settings, lang):
    # Reachable by any reader who sends a help form too often: one try a minute here.
    settings.FORM_PROTECTION = {**settings.FORM_PROTECTION, "RATE_LIMIT": 1}
    session = demo_session(width=WIDTHS["narrow"])
    session.open(f"/{lang}/get-legal-help/")
    with_errors(session)
    response = send_form(session)
    assert response.status == 429
    assert response.headers["retry-after"] == "60"
    check_loaded_page(session, lang, WIDTHS["narrow"], form_seen=True)
    # The reader is told what to do instead: the hotline is on the page.
    assert session.page.locator("a[href^='tel:']").count() >= 1
