"""Events in a real browser on the demo site: axe-core finds nothing on the events
index, an upcoming and a past event and the registration form with errors, in English
and Spanish; at 375 px a defender registers, the captured email carries the calendar
file and a cancel link, and the cancel link works."""

import re

import pytest

from tests.browser.checks import assert_accessible

JOURNEY_WIDTH = 375
UPCOMING = "trainings/crim-imm-101/"
PAST = "trainings/crim-imm-seminar-2026/"


def _no_sideways_scroll(page, width):
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{page.url} scrolls sideways by {overflow}px at {width}px"


@pytest.mark.parametrize("lang", ["en", "es"])
def test_events_pages_have_no_axe_violations(demo_session, settings, lang):
    settings.FORM_PROTECTION = {**settings.FORM_PROTECTION, "MIN_FILL_SECONDS": 0}
    session = demo_session(width=JOURNEY_WIDTH)
    page = session.page
    for path in ("trainings/", UPCOMING, PAST):
        session.open(f"/{lang}/{path}")
        assert_accessible(page)
        _no_sideways_scroll(page, JOURNEY_WIDTH)
    session.open(f"/{lang}/{UPCOMING}")
    page.locator("#register-form button[type=submit]").click()
    page.wait_for_load_state()
    assert page.locator(".error-summary").is_visible()
    assert_accessible(page)
    _no_sideways_scroll(page, JOURNEY_WIDTH)
    session.assert_clean()


def test_a_defender_registers_gets_the_calendar_and_cancels(demo_session, settings):
    from django.core import mail
    from icalendar import Calendar

    from idp_site.submissions import notifications
    from pages.events.registration import Registration

    settings.FORM_PROTECTION = {**settings.FORM_PROTECTION, "MIN_FILL_SECONDS": 0}
    session = demo_session(width=JOURNEY_WIDTH)
    page = session.page
    session.open(f"/en/{UPCOMING}")
    assert page.locator("h1").inner_text() == "Crim-Imm 101"
    page.get_by_role("textbox", name="Your name").fill("Dana Defender")
    page.get_by_role("textbox", name="Email address").fill("dana.defender@example.org")
    page.get_by_role("textbox", name="Organization").fill("County defenders")
    page.get_by_role("button", name="Register").click()
    page.wait_for_url("**/crim-imm-101/registered/")
    assert page.locator("h1").inner_text() == "Thank you for registering"
    assert_accessible(page)
    _no_sideways_scroll(page, JOURNEY_WIDTH)

    registration = Registration.objects.get(email_normalized="dana.defender@example.org")
    assert registration.status == "confirmed"
    mail.outbox.clear()
    notifications.send_pending()
    (message,) = [m for m in mail.outbox if m.to == ["dana.defender@example.org"]]
    ((filename, content, _type),) = message.attachments
    assert filename == "event.ics"
    (event,) = Calendar.from_ical(content).walk("VEVENT")
    assert str(event["SUMMARY"]) == "Crim-Imm 101"
    cancel_url = re.search(r"https?://\S+/cancel/\S+/", message.body).group(0)

    page.goto(cancel_url)
    assert page.locator("h1").inner_text() == "Cancel your registration"
    assert_accessible(page)
    page.get_by_role("button", name="Cancel my registration").click()
    page.wait_for_load_state()
    assert "Your registration is cancelled." in page.content()
    registration.refresh_from_db()
    assert registration.status == "cancelled"
    session.assert_clean()
