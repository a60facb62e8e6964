"""Two people: the author of an alert can never approve it, on any path through the
admin (the editor's approve action and Publish button, the workflow dashboard, bulk
publishing, live copies), superusers included; a second person approves it and it
goes live. Refusals explain themselves; none is an error page."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import rich_text

from pages.alerts.models import AlertPage
from pages.alerts.models.alerts import ALERT_WORKFLOW, TwoPersonApprovalTask
from pages.roles import MODERATORS
from tests.conftest import login_with_mfa
from tests.pages.alerts.content import add_alert, add_archive, alert_fields

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive(home, site_settings):
    return add_archive(home)


@pytest.fixture
def author(make_user):
    """A moderator: allowed to approve others' alerts, never their own."""
    return make_user("ana", groups=[MODERATORS])


@pytest.fixture
def second(make_user):
    return make_user("bo", groups=[MODERATORS])


def _form(page, **extra):
    data = alert_fields(title=page.title)
    for name in ("starts_at", "expires_at"):
        data[name] = data[name].astimezone().strftime("%Y-%m-%d %H:%M")
    for name in ("what_changed", "who_is_affected", "what_to_do", "what_not_to_do"):
        data[name] = rich_text(data[name])
    data |= {"get_help": rich_text(""), "supersedes": "", "source_checked_on": "2026-12-01"}
    return data | extra


def _submitted(client, archive, author):
    """The author writes an alert in the editor and submits it for review."""
    login_with_mfa(client, author)
    url = reverse("wagtailadmin_pages:add", args=["alerts", "alertpage", archive.pk])
    create = client.get(url)
    assert create.status_code == 200
    assert 'name="action-publish"' not in create.content.decode()  # no Publish button
    data = _form(AlertPage(title="Courthouse arrests"), **{"action-submit": "1"})
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    page = AlertPage.objects.get(slug="courthouse-arrests")
    assert not page.live
    state = WorkflowState.objects.get(object_id=str(page.pk), status="in_progress")
    assert state.workflow.name == ALERT_WORKFLOW
    assert isinstance(state.current_task_state.task.specific, TwoPersonApprovalTask)
    return page, state.current_task_state


def _approve_url(page, task_state):
    return reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])


def _messages(response):
    return [str(m) for m in get_messages(response.wsgi_request)]


def _refused(response):
    """Wagtail's answer to a refused admin action: back to the dashboard, with why."""
    assert response.status_code == 302 and response.url == "/admin/"
    assert any("do not have permission" in m for m in _messages(response))


def _live(page):
    page.refresh_from_db()
    return page.live


def test_the_author_cannot_approve_and_a_second_person_can(client, archive, author, second):
    page, task_state = _submitted(client, archive, author)
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    approve = _approve_url(page, task_state)

    # The editor: no approve action offered; posting one anyway publishes nothing.
    editor = client.get(edit_url).content.decode()
    assert 'value="approve"' not in editor and 'name="action-publish"' not in editor
    client.post(edit_url, _form(page, **{"action-workflow-action": "true",
                                         "workflow-action-name": "approve"}))  # fmt: skip
    assert not _live(page)
    # The workflow dashboard: nothing to review; the approve action itself is refused.
    assert approve not in client.get("/admin/").content.decode()
    for response in (client.get(approve), client.post(approve, {"comment": ""})):
        _refused(response)
    assert not _live(page)
    # Publish from the editor (no button; a post saves a draft), and bulk publishing.
    response = client.post(edit_url, _form(page, **{"action-publish": "1"}))
    assert response.status_code == 302
    assert not _live(page)
    bulk = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
    response = client.post(f"{bulk}?id={page.pk}&next=/admin/", {"include_descendants": ""})
    assert response.status_code == 302
    assert "0 pages have been published" in _messages(response)[-1]
    assert not _live(page)

    # A second person sees it on the dashboard and approves it: it goes live.
    client.logout()
    login_with_mfa(client, second)
    assert approve in client.get("/admin/").content.decode()
    assert client.post(approve, {"comment": ""}).status_code == 302
    assert _live(page)
    assert page.live_revision.user_id == author.pk  # the author's words, as approved


def test_a_superuser_author_is_refused_too(client, archive, make_user, second):
    root = make_user("root", superuser=True)
    page, task_state = _submitted(client, archive, root)
    approve = _approve_url(page, task_state)
    _refused(client.post(approve, {"comment": ""}))
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert 'name="action-publish"' not in client.get(edit_url).content.decode()
    response = client.post(edit_url, _form(page, **{"action-publish": "1"}))
    assert response.status_code == 302
    assert not _live(page)
    client.logout()
    login_with_mfa(client, second)
    assert client.post(approve, {"comment": ""}).status_code == 302
    assert _live(page)


def test_a_superuser_cannot_create_an_alert_live(client, archive, make_user):
    login_with_mfa(client, make_user("root", superuser=True))
    url = reverse("wagtailadmin_pages:add", args=["alerts", "alertpage", archive.pk])
    client.post(url, _form(AlertPage(title="Straight to live"), **{"action-publish": "1"}))
    page = AlertPage.objects.get(slug="straight-to-live")
    assert not page.live and page.live_revision is None


def test_an_editor_who_changed_the_alert_in_review_cannot_approve_it(
    client, archive, author, second
):
    """A reviewer who rewrites the alert during review becomes one of its authors."""
    page, task_state = _submitted(client, archive, author)
    page.refresh_from_db()
    page.what_to_do = "<p>Changed by the reviewer.</p>"
    page.save_revision(user=second)
    client.logout()
    login_with_mfa(client, second)
    _refused(client.post(_approve_url(page, task_state), {"comment": ""}))
    assert not _live(page)


def test_a_copy_of_a_live_alert_is_never_live(client, archive, make_user):
    """Copying with "Publish copies" (or as an alias) would put an unreviewed alert live."""
    live = add_alert(archive, title="Live notice")
    login_with_mfa(client, make_user("root", superuser=True))
    url = reverse("wagtailadmin_pages:copy", args=[live.pk])
    for slug, extra in (("copy-1", {"publish_copies": "on"}), ("copy-2", {"alias": "on"})):
        data = {"new_title": "Copied", "new_slug": slug, "new_parent_page": archive.pk} | extra
        response = client.post(url, data)
        assert response.status_code == 302
        copied = AlertPage.objects.filter(slug=slug).first()
        assert copied is None or not copied.live, slug
