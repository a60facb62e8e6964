"""Consent rules for stories refuse cleanly wherever a story can go live: a moderator
approving after consent was withdrawn during review, the editor's approve button, bulk
publishing and `manage.py publish_scheduled`. Never an error page, never a crash."""

import datetime
import io

import pytest
from django.contrib.messages import get_messages
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import WorkflowState

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


def test_publish_scheduled_skips_reports_and_exits_normally(stories):
    due = timezone.now() - datetime.timedelta(minutes=1)

    def scheduled(title, **fields):
        page = StoryPage(title=title, slug=title.lower(), storyteller_name="R.", **fields)
        page.live = False
        stories.add_child(instance=page)
        page.go_live_at = due
        revision = page.save_revision()
        revision.approved_go_live_at = due
        revision.save()
        return page

    refused = scheduled("Refused")
    allowed = scheduled("Allowed", consent_recorded=True, consent_date=datetime.date(2024, 1, 1))
    out, err = io.StringIO(), io.StringIO()
    with _no_exit():
        call_command("publish_scheduled", stdout=out, stderr=err)
    refused.refresh_from_db()
    allowed.refresh_from_db()
    assert allowed.live and not refused.live
    assert "'Refused'" in err.getvalue() and "consent to publish is not recorded" in err.getvalue()
    assert "1 published, 1 skipped" in out.getvalue()


class _no_exit:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, traceback):
        assert kind is None, f"publish_scheduled ended with {kind.__name__}: {value}"
        return False
