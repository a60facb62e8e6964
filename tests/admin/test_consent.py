"""Consent rules for stories refuse cleanly wherever a story can go live: a moderator
approving after consent was withdrawn during review, the editor's approve button, bulk
publishing and Wagtail's own `manage.py publish_scheduled`. Never an error page, never a
crash."""

import datetime
import io

import pytest
from django.contrib.messages import get_messages
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry, WorkflowState

from pages.models import StandardPage, StoryPage
from pages.roles import COMMUNICATIONS, MODERATORS
from tests.conftest import add_page, login_with_mfa
from tests.pages import content

pytestmark = pytest.mark.django_db

REFUSAL = "Not published: consent to publish is not recorded for"


@pytest.fixture
def stories(home):
    return content.story_index(home)


@pytest.fixture
def people(make_user):
    return make_user("comms", groups=[COMMUNICATIONS]), make_user("mod", groups=[MODERATORS])


def _story_in_review(stories, author, title="Maria's story"):
    """A story submitted with consent, whose consent is then withdrawn in a new draft."""
    page = StoryPage(
        title=title,
        slug=title.lower().replace(" ", "-").replace("'", ""),
        storyteller_name="Maria (a pseudonym)",
        consent_recorded=True,
        consent_date=datetime.date(2024, 2, 1),
        search_description="A story.",
        live=False,
    )
    stories.add_child(instance=page)
    page.save_revision(user=author)
    page.get_workflow().start(page, author)
    page.consent_recorded = False
    page.save_revision(user=author)
    return page


def _messages(response):
    return [str(m) for m in get_messages(response.wsgi_request)]


def test_approving_a_story_whose_consent_was_withdrawn_explains_itself(client, stories, people):
    author, moderator = people
    page = _story_in_review(stories, author)
    state = WorkflowState.objects.get(object_id=str(page.pk))
    task_state = state.current_task_state
    login_with_mfa(client, moderator)
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])

    # From the dashboard's modal (an XMLHttpRequest), then as a plain form post.
    response = client.post(
        url, {"comment": ""}, HTTP_X_REQUESTED_WITH="XMLHttpRequest", HTTP_REFERER="/admin/"
    )
    assert response.status_code == 200
    assert response.json() == {"step": "success", "redirect": "/admin/"}
    assert any(REFUSAL in m and "Maria's story" in m for m in _messages(response))
    response = client.post(url, {"comment": ""})
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_pages:edit", args=[page.pk])

    page.refresh_from_db()
    assert not page.live
    # Nothing of the approval was kept: the story still waits for review.
    state.refresh_from_db()
    task_state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert task_state.status == task_state.STATUS_IN_PROGRESS
    # The dashboard the moderator lands on shows the message.
    page_html = client.get("/admin/").content.decode()
    assert client.get("/admin/").status_code == 200
    assert "Maria" in page_html


def test_approving_from_the_editor_without_consent_shows_the_field_error(client, stories, people):
    author, moderator = people
    page = _story_in_review(stories, author)
    login_with_mfa(client, moderator)
    data = {
        "title": page.title,
        "slug": page.slug,
        "storyteller_name": "Maria (a pseudonym)",
        "search_description": "A story.",
        "photo_alt_text": "",
        "pull_quote": "",
        "body-count": "0",
        "topic_links-TOTAL_FORMS": "0",
        "topic_links-INITIAL_FORMS": "0",
        "action-workflow-action": "true",
        "workflow-action-name": "approve",
    }
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 200
    assert "cannot be published until consent to publish is recorded" in (response.content.decode())
    page.refresh_from_db()
    assert not page.live


def test_bulk_publishing_refuses_stories_without_consent(client, home, stories, make_user):
    draft_story = StoryPage(title="No consent", slug="no-consent", storyteller_name="R.")
    draft_story.live = False
    stories.add_child(instance=draft_story)
    draft_story.save_revision()
    other = add_page(
        home,
        StandardPage(title="Other", slug="other", search_description="x", live=False),
        publish=False,
    )
    login_with_mfa(client, make_user("root", superuser=True))
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
    query = f"?id={draft_story.pk}&id={other.pk}&next=/admin/pages/{home.pk}/"
    response = client.post(url + query, {"include_descendants": ""})
    assert response.status_code == 302
    assert response.url == f"/admin/pages/{home.pk}/"
    assert any(REFUSAL in m and "No consent" in m for m in _messages(response))
    draft_story.refresh_from_db()
    other.refresh_from_db()
    assert not draft_story.live and not other.live  # nothing half done
    assert client.get(response.url).status_code == 200


def test_publish_scheduled_unschedules_a_story_without_consent_and_goes_on(stories, home):
    """Wagtail's own command runs (no project command shadows it)."""
    due = timezone.now() - datetime.timedelta(minutes=1)

    def scheduled(page):
        page.live = False
        stories.add_child(instance=page)
        page.go_live_at = due
        revision = page.save_revision()
        revision.approved_go_live_at = due
        revision.save()
        return page, revision

    # Due in this order: the refused story first, so a crash would stop the others.
    refused, refused_revision = scheduled(
        StoryPage(title="Refused", slug="refused", storyteller_name="R.")
    )
    allowed, _ = scheduled(
        StoryPage(
            title="Allowed",
            slug="allowed",
            storyteller_name="A.",
            consent_recorded=True,
            consent_date=datetime.date(2024, 1, 1),
        )
    )
    other, _ = scheduled(StandardPage(title="Other", slug="other"))
    with _no_exit():
        call_command("publish_scheduled", stdout=io.StringIO(), stderr=io.StringIO())
    for page in (refused, allowed, other):
        page.refresh_from_db()
    assert allowed.live and other.live and not refused.live
    refused_revision.refresh_from_db()
    assert refused_revision.approved_go_live_at is None  # not refused again every run
    entry = PageLogEntry.objects.get(page=refused, action="pages.story.scheduled_refused")
    assert "consent to publish is not recorded" in entry.message
    with _no_exit():  # the next run has nothing left to refuse
        call_command("publish_scheduled", stdout=io.StringIO(), stderr=io.StringIO())
    assert PageLogEntry.objects.filter(page=refused, action__endswith="refused").count() == 1


def test_the_refusal_shows_in_the_story_history(client, stories, make_user):
    page = StoryPage(title="Refused", slug="refused", storyteller_name="R.", live=False)
    stories.add_child(instance=page)
    revision = page.save_revision()
    revision.approved_go_live_at = timezone.now() - datetime.timedelta(minutes=1)
    revision.save()
    call_command("publish_scheduled", stdout=io.StringIO())
    login_with_mfa(client, make_user("root", superuser=True))
    html = client.get(reverse("wagtailadmin_pages:history", args=[page.pk])).content.decode()
    assert "Not published at its scheduled time: consent to publish is not recorded" in html


class _no_exit:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, traceback):
        assert kind is None, f"publish_scheduled ended with {kind.__name__}: {value}"
        return False
