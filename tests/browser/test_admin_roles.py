"""The admin for a small team, in a real browser: Communications signs in with a second
factor, creates a report with a cover image, a PDF and a chart, previews it, runs the
checks and submits it; a moderator approves; Communications translates it into Spanish
and submits that; the moderator publishes it, and only then does the translation
status report say "Up to date". A moderator approving a story whose consent was
withdrawn reads a clear message. No HTTP 500 and no JavaScript error on the way."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from tests.conftest import totp_now

PASSWORD = "correct-horse-battery"
REPORT_TITLE = "Raids at the courthouse"


class ProblemRecorder:
    """HTTP 5xx answers and JavaScript errors (uncaught exceptions and console errors) in
    every page of a browser context.

    Chromium also logs every 4xx answer as a console error. Wagtail's editor autosaves
    the draft as the editor types and is answered 400 while the draft is not yet valid
    (a block just inserted, its fields still empty); the editor shows that in its
    autosave indicator. Those answers are kept apart in `autosave_refusals`; any other
    4xx logged to the console counts as a problem."""

    def __init__(self, context):
        self.problems = []
        self.autosave_refusals = []
        context.on("response", self._response)
        context.on("console", self._console)
        context.on("weberror", lambda error: self.problems.append(f"JS: {error.error}"))

    def _response(self, response):
        if response.status >= 500:
            self.problems.append(f"HTTP {response.status}: {response.url}")
        elif (
            response.status == 400
            and response.request.method == "POST"
            and re.search(r"/admin/pages/(add/.+|\d+/edit)/$", response.url)
        ):
            self.autosave_refusals.append(response.url)

    def _console(self, message):
        if message.type != "error":
            return
        url = message.location.get("url", "")
        if "status of 400" in message.text and url in self.autosave_refusals:
            return
        self.problems.append(f"console: {message.text} ({url})")


@pytest.fixture
def team(live_site, django_user_model):
    from django.contrib.auth.models import Group
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from pages.roles import COMMUNICATIONS, MODERATORS

    devices = {}
    for username, group in (("casey", COMMUNICATIONS), ("morgan", MODERATORS)):
        user = django_user_model.objects.create_user(username, f"{username}@example.org", PASSWORD)
        user.groups.add(Group.objects.get(name=group))
        devices[username] = TOTPDevice.objects.create(user=user, name="Phone", confirmed=True)
    return devices


@pytest.fixture
def sections(live_site):
    from tests.pages import content

    content.make_document("Raids report PDF")
    return {
        "reports": content.report_index(live_site.home),
        "stories": content.story_index(live_site.home),
    }


def signed_in(open_session, username, device):
    """A browser session signed in with password and TOTP code, recording problems."""
    session = open_session()
    session.problems = ProblemRecorder(session.context)
    page = session.page
    session.open("/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    with page.expect_navigation():
        page.get_by_role("button", name="Sign in").click()
    assert "/admin/mfa/verify/" in page.url
    page.get_by_label("Six-digit code from your authenticator app").fill(totp_now(device))
    with page.expect_navigation():
        page.get_by_role("button", name="Verify").click()
    assert page.url.endswith("/admin/")
    return session


def choose(page, field, button_name, item_text):
    """Pick `item_text` in the chooser modal of the `field` form field."""
    page.locator(f"[data-contentpath='{field}']").get_by_role("button", name=button_name).click()
    page.locator(".modal-content").get_by_text(item_text).first.click()
    expect(page.locator(f"[data-contentpath='{field}']")).to_contain_text(item_text)


def create_report(page, reports_index):
    page.goto(f"/admin/pages/add/pages/reportpage/{reports_index.pk}/")
    page.locator("#id_title").fill(REPORT_TITLE)
    page.locator("#id_publication_date").fill("2026-11-02")
    page.locator("#id_summary").fill("Arrests by immigration agents at New York courthouses.")
    choose(page, "cover_image", "Choose an image", "Courthouse steps")
    choose(page, "report_file", "Choose a document", "Raids report PDF")
    # The block picker shows readable names, with previews: pick the chart.
    page.locator("[data-contentpath='body']").get_by_role("button", name="Insert a block").click()
    expect(page.get_by_role("option", name="Questions and answers")).to_be_visible()
    page.get_by_role("option", name="Bar chart").click()
    page.locator("[name$='-value-title']").first.fill("Courthouse arrests by year")
    page.locator("[name$='-value-unit']").first.fill("arrests")
    page.locator("[name$='-value-rows-0-value-label']").first.fill("2019")
    page.locator("[name$='-value-rows-0-value-value']").first.fill("1,700")
    page.get_by_role("tab", name="Promote").click()
    page.locator("#id_search_description").fill("How courthouse arrests spread.")
    page.get_by_role("tab", name="Content").click()
    with page.expect_navigation():
        page.locator("footer").get_by_role("button", name="Save draft").click()
    assert re.search(r"/admin/pages/\d+/edit/$", page.url), page.url


def preview_and_check(page):
    """The side panel shows the rendered page, and the checks run on it (the content
    metrics are read from the preview: with a refused frame there is nothing to count)."""
    page.get_by_role("button", name="Toggle preview").click()
    frame = page.frame_locator("iframe[title]").first
    expect(frame.locator("h1")).to_contain_text(REPORT_TITLE, timeout=20_000)
    expect(frame.get_by_text("Courthouse arrests by year").first).to_be_visible()
    page.get_by_role("button", name="Toggle checks").click()
    panel = page.locator("[data-side-panel='checks']")
    expect(panel.get_by_text("Issues found")).to_be_visible()
    expect(panel).to_contain_text(re.compile(r"Words\s*[1-9]\d*"))


def submit_for_review(page):
    page.locator("footer").get_by_role("button", name="More actions").click()
    with page.expect_navigation():
        page.locator("footer button[name='action-submit']").click()
    expect(page.locator(".messages")).to_contain_text("submitted for moderation")


def approve_on_dashboard(page, title):
    page.goto("/admin/")
    row = page.locator("tr", has_text=title)
    row.get_by_role("button", name=re.compile("More options|Actions")).click()
    with page.expect_navigation():
        row.get_by_role("button", name="Approve", exact=True).click()


def translate_every_string(page):
    """Fill each string of the translation editor, on every tab."""
    filled = 0
    for tab in ("Content", "Promote"):
        page.get_by_role("tab", name=tab).click()
        while page.get_by_role("button", name="Translate", exact=True).count():
            page.get_by_role("button", name="Translate", exact=True).first.click()
            page.locator("textarea").first.fill(f"Texto en español {filled}")
            page.get_by_role("button", name="Save", exact=True).first.click()
            expect(page.get_by_role("button", name="Save", exact=True)).to_have_count(0)
            filled += 1
    return filled


def report_status(page, title):
    page.goto("/admin/reports/translation-status/?locale=es")
    return page.locator("tr", has_text=title).get_attribute("data-status")


def story_with_withdrawn_consent(stories, author):
    from pages.models import StoryPage

    story = StoryPage(
        title="Rosa's story",
        slug="rosas-story",
        storyteller_name="Rosa (a pseudonym)",
        consent_recorded=True,
        consent_date=datetime.date(2025, 6, 1),
        search_description="A story.",
        live=False,
    )
    stories.add_child(instance=story)
    story.save_revision(user=author)
    story.get_workflow().start(story, author)
    story.consent_recorded = False  # withdrawn while the story waits for review
    story.save_revision(user=author)
    return story


def test_communications_and_moderators_publish_translate_and_refuse_cleanly(
    open_session, live_site, team, sections
):
    from django.contrib.auth import get_user_model

    from pages.models import ReportPage, StoryPage

    comms = signed_in(open_session, "casey", team["casey"])
    page = comms.page
    create_report(page, sections["reports"])
    report = ReportPage.objects.get(title=REPORT_TITLE)
    assert report.cover_image.title == "Courthouse steps"
    assert report.report_file.title == "Raids report PDF"
    assert report.get_latest_revision_as_object().body[0].block_type == "chart"
    preview_and_check(page)
    submit_for_review(page)

    moderator = signed_in(open_session, "morgan", team["morgan"])
    approve_on_dashboard(moderator.page, REPORT_TITLE)
    report.refresh_from_db()
    assert report.live

    # Communications translates the report and sends the Spanish page to review.
    page.goto(f"/admin/localize/submit/page/{report.pk}/")
    page.get_by_label("Español").check()
    with page.expect_navigation():
        page.get_by_role("button", name=re.compile("Submit")).click()
    expect(page.get_by_role("button", name="Convert to alias page")).to_have_count(0)
    assert report_status(page, REPORT_TITLE) == "incomplete"
    page.go_back()
    assert translate_every_string(page) >= 6
    with page.expect_navigation():
        page.get_by_role("button", name="Submit the Spanish translation for review").click()
    expect(page.locator(".messages")).to_contain_text("submitted for review")
    spanish = report.get_translation(live_site.home_es.locale)
    assert not ReportPage.objects.get(pk=spanish.pk).live
    assert report_status(page, REPORT_TITLE) == "unpublished"

    approve_on_dashboard(moderator.page, "Texto en español")
    assert ReportPage.objects.get(pk=spanish.pk).live
    assert report_status(page, REPORT_TITLE) == "current"
    expect(page.locator("tr", has_text=REPORT_TITLE)).to_contain_text("Up to date")

    # A moderator approves a story whose consent was withdrawn during review.
    author = get_user_model().objects.get(username="casey")
    story = story_with_withdrawn_consent(sections["stories"], author)
    approve_on_dashboard(moderator.page, "Rosa's story")
    expect(moderator.page.locator(".messages")).to_contain_text(
        "Not published: consent to publish is not recorded for “Rosa's story”"
    )
    assert not StoryPage.objects.get(pk=story.pk).live

    for session in (comms, moderator):
        session.settle()
        assert session.problems.problems == []
        session.assert_clean()
