"""A story cannot go live without recorded consent, whichever way it is published."""

import datetime
import io

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from pages.models import StoryPage
from tests.conftest import login_with_mfa
from tests.pages import content

pytestmark = pytest.mark.django_db


@pytest.fixture
def stories(home):
    return content.story_index(home)


@pytest.fixture
def admin_client(client, make_user):
    login_with_mfa(client, make_user("root", superuser=True))
    return client


def _form(**extra):
    data = {
        "title": "Maria's story",
        "slug": "marias-story",
        "storyteller_name": "Maria (a pseudonym)",
        "search_description": "A story.",
        "photo_alt_text": "",
        "pull_quote": "",
        "body-count": "0",
        "topic_links-TOTAL_FORMS": "0",
        "topic_links-INITIAL_FORMS": "0",
        "topic_links-MIN_NUM_FORMS": "0",
        "topic_links-MAX_NUM_FORMS": "1000",
    }
    data.update(extra)
    return data


def test_publishing_without_consent_fails_with_a_message(admin_client, stories):
    response = admin_client.post(
        f"/admin/pages/add/pages/storypage/{stories.pk}/", _form(**{"action-publish": "1"})
    )
    assert response.status_code == 200
    assert "cannot be published until consent to publish is recorded" in response.content.decode()
    assert not StoryPage.objects.exists()


def test_consent_needs_a_date_too(admin_client, stories):
    response = admin_client.post(
        f"/admin/pages/add/pages/storypage/{stories.pk}/",
        _form(consent_recorded="on", **{"action-publish": "1"}),
    )
    assert response.status_code == 200
    assert "cannot be published until consent" in response.content.decode()
    assert not StoryPage.objects.exists()


def test_draft_without_consent_can_be_saved(admin_client, stories):
    response = admin_client.post(f"/admin/pages/add/pages/storypage/{stories.pk}/", _form())
    assert response.status_code == 302
    page = StoryPage.objects.get()
    assert not page.live


def test_publishing_with_consent_works(admin_client, stories, client):
    response = admin_client.post(
        f"/admin/pages/add/pages/storypage/{stories.pk}/",
        _form(consent_recorded="on", consent_date="2024-02-01", **{"action-publish": "1"}),
    )
    assert response.status_code == 302
    page = StoryPage.objects.get()
    assert page.live
    assert client.get(page.url).status_code == 200


def test_submitting_for_review_without_consent_fails(admin_client, stories):
    response = admin_client.post(
        f"/admin/pages/add/pages/storypage/{stories.pk}/", _form(**{"action-submit": "1"})
    )
    assert response.status_code == 200
    assert "cannot be published until consent" in response.content.decode()


def test_withdrawing_consent_on_a_live_story_is_refused(admin_client, stories):
    page = content.story(stories, "Live one")
    response = admin_client.post(
        f"/admin/pages/{page.pk}/edit/", _form(title=page.title, slug=page.slug)
    )
    assert response.status_code == 200
    assert "cannot be published until consent" in response.content.decode()
    page.refresh_from_db()
    assert page.live and page.consent_recorded


def test_revision_publish_without_consent_is_refused(stories):
    page = StoryPage(title="Draft", slug="draft", storyteller_name="R.", live=False)
    stories.add_child(instance=page)
    revision = page.save_revision()
    with pytest.raises(ValidationError) as excinfo:
        revision.publish()
    assert "consent" in str(excinfo.value)
    page.refresh_from_db()
    assert not page.live


def test_scheduled_publishing_without_consent_is_refused(stories):
    page = StoryPage(title="Scheduled", slug="scheduled", storyteller_name="R.", live=False)
    stories.add_child(instance=page)
    page.go_live_at = timezone.now() - datetime.timedelta(minutes=1)
    revision = page.save_revision()
    # What the editor's "publish" with a go-live date leaves behind.
    revision.approved_go_live_at = page.go_live_at
    revision.save()
    # Refused, not a crash: Wagtail's command goes on (tests/admin/test_consent.py has
    # the full run with other pages going live around it).
    call_command("publish_scheduled", stdout=io.StringIO(), stderr=io.StringIO())
    page.refresh_from_db()
    assert not page.live


def test_scheduled_publishing_with_consent_goes_live(stories):
    page = StoryPage(
        title="Scheduled",
        slug="scheduled",
        storyteller_name="R.",
        consent_recorded=True,
        consent_date=datetime.date(2024, 1, 1),
        live=False,
    )
    stories.add_child(instance=page)
    page.go_live_at = timezone.now() - datetime.timedelta(minutes=1)
    revision = page.save_revision()
    revision.approved_go_live_at = page.go_live_at
    revision.save()
    call_command("publish_scheduled")
    page.refresh_from_db()
    assert page.live


def test_photo_needs_alt_text_and_consent_date_not_in_future(stories):
    page = StoryPage(
        title="Photo",
        slug="photo",
        storyteller_name="R.",
        consent_recorded=True,
        consent_date=timezone.localdate() + datetime.timedelta(days=3),
        photo=content.make_image(),
        live=False,
    )
    with pytest.raises(ValidationError) as excinfo:
        page.full_clean()
    assert set(excinfo.value.message_dict) >= {"photo_alt_text", "consent_date"}


def test_story_page_shows_pseudonym_photo_alt_and_program_area(client, home, stories):
    area = content.program_area(content.program_index(home), "Youth justice")
    page = content.story(
        stories,
        "Kept home",
        program_area=area,
        photo=content.make_image("Photo"),
        photo_alt_text="Two people on a stoop",
        storyteller_name="Luis (a pseudonym)",
    )
    html = client.get(page.url).content.decode()
    assert "As told by Luis (a pseudonym)" in html
    assert 'alt="Two people on a stoop"' in html
    assert f'href="{area.url}"' in html


def test_the_number_of_stories_follows_every_change(client, stories, settings):
    """The story index counts every listed story for "Page 1 of N" in one query, and a
    story published or unpublished changes it at once."""
    for n in range(11):
        content.story(stories, f"Story {n}")

    def page_label():
        with CaptureQueriesContext(connection) as ctx:
            html = client.get(stories.url).content.decode()
        counts = [q for q in ctx.captured_queries if "COUNT(" in q["sql"].upper()]
        return ("Page 1 of 2" in html, "Page 1 of 3" in html, len(counts))

    assert page_label()[:2] == (True, False)
    assert page_label() == (True, False, 1)  # one count, whatever the number of stories
    for n in range(11, 21):
        content.story(stories, f"Story {n}")
    assert page_label()[:2] == (False, True)  # 21 stories: read again
    StoryPage.objects.get(title="Story 20").unpublish()
    assert page_label()[:2] == (True, False)
