"""Autosave against Submit and Approve on a slow server.

The live server is slowed to one second per request (static files excepted, so that
the editor itself loads), so an autosave sent a moment before a click on Submit or
Approve is still in flight when the click's request arrives, as on a busy production
server; on the dashboard the moderator clicks Approve twice, as people do when nothing
seems to happen. The page must end live with no draft, the browser must see no answer
of 500 or more, each action must be logged once, and the revision that goes live must
be the one approved."""

import re
import time
from collections import Counter

import pytest
from playwright.sync_api import expect

from tests.browser import test_admin_roles
from tests.browser.test_admin_roles import signed_in

team = test_admin_roles.team  # the fixture: Communications and a Moderator, with TOTP

DELAY = 1.0
SUBMITTED = "We work where criminal law and immigration law meet, daily."
APPROVED = "We work where criminal law and immigration law meet, every day."


class SlowApp:
    """A WSGI wrapper that answers every request to the site one second late."""

    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        if not environ.get("PATH_INFO", "").startswith(("/static/", "/media/")):
            time.sleep(DELAY)
        return self.app(environ, start_response)


@pytest.fixture
def slow_server(live_server, live_site):
    httpd = live_server.thread.httpd
    original = httpd.get_app()
    httpd.set_app(SlowApp(original))
    yield live_server
    httpd.set_app(original)


class ServerErrors:
    """Every answer of 500 or more that a browser context receives."""

    def __init__(self, context):
        self.seen = []
        context.on("response", self._response)

    def _response(self, response):
        if response.status >= 500:
            self.seen.append(f"{response.status} {response.request.method} {response.url}")


def watched(open_session, username, device):
    """A signed-in session that waits as long as a slow server needs."""

    def patient(**options):
        session = open_session(**options)
        session.context.set_default_timeout(60_000)
        session.context.set_default_navigation_timeout(60_000)
        session.errors = ServerErrors(session.context)
        return session

    return signed_in(patient, username, device)


def type_then(page, about, text, button):
    """Change the intro and, while its autosave is in flight, click the footer's
    `button` (a CSS selector, in "More actions")."""
    page.goto(f"/admin/pages/{about.pk}/edit/")
    page.locator("#id_intro").fill(text)
    # The autosave starts half a second after the last keystroke: click while it runs.
    page.wait_for_timeout(700)
    page.locator("footer").get_by_role("button", name="More actions").click()
    with page.expect_navigation(wait_until="commit"):
        page.locator(button).click()
    page.wait_for_load_state("domcontentloaded")


def approve_twice_on_dashboard(page, title):
    page.goto("/admin/")
    row = page.locator("tr", has_text=title)
    row.get_by_role("button", name=re.compile("More options|Actions")).click()
    with page.expect_navigation(wait_until="commit"):
        row.get_by_role("button", name="Approve", exact=True).dblclick()
    page.wait_for_load_state("domcontentloaded")


def new_log_entries(page, before):
    from wagtail.models import PageLogEntry

    return list(
        PageLogEntry.objects.filter(page=page)
        .exclude(pk__in=before)
        .order_by("timestamp", "pk")
        .values_list("action", flat=True)
    )


@pytest.mark.parametrize("where", ["editor", "dashboard"])
def test_submit_then_approve_on_a_slow_server(open_session, slow_server, live_site, team, where):
    from wagtail.models import PageLogEntry, TaskState

    from pages.models import StandardPage

    about = live_site.about
    before = set(PageLogEntry.objects.filter(page=about).values_list("pk", flat=True))
    comms = watched(open_session, "casey", team["casey"])
    type_then(comms.page, about, SUBMITTED, "footer button[name='action-submit']")
    expect(comms.page.locator(".messages")).to_contain_text("submitted for moderation")

    moderator = watched(open_session, "morgan", team["morgan"])
    if where == "editor":
        type_then(moderator.page, about, APPROVED, "footer button:has-text('Approve and Publish')")
    else:
        approve_twice_on_dashboard(moderator.page, about.title)
        expect(moderator.page.locator(".messages")).to_contain_text(
            f"“{about.title}” was approved and published."
        )
    # Any request still in flight (a late autosave) finishes before the outcome is read.
    moderator.page.wait_for_timeout(3000)

    about = StandardPage.objects.get(pk=about.pk)
    actions = new_log_entries(about, before)
    assert about.live and not about.has_unpublished_changes, actions
    assert about.intro == (APPROVED if where == "editor" else SUBMITTED)
    assert about.live_revision_id == about.latest_revision_id
    task = TaskState.objects.filter(revision__object_id=str(about.pk)).get()
    assert task.status == TaskState.STATUS_APPROVED
    if where == "dashboard":
        assert about.live_revision_id == task.revision_id  # the revision submitted
    counts = Counter(actions)
    assert (
        counts["wagtail.workflow.start"],
        counts["wagtail.workflow.approve"],
        counts["wagtail.publish"],
    ) == (1, 1, 1), actions
    assert "wagtail.edit" not in actions[actions.index("wagtail.publish") :], actions
    assert comms.errors.seen == [] and moderator.errors.seen == []
