"""Staff roles: Communications publishes only through the review workflow."""

import pytest
from wagtail.models import WorkflowState

from pages.models import StandardPage
from pages.roles import COMMUNICATIONS, MODERATORS
from tests.conftest import add_page, login_with_mfa

pytestmark = pytest.mark.django_db


@pytest.fixture
def communications_user(make_user):
    return make_user("comms", groups=[COMMUNICATIONS])


def _edit_data(page, **extra):
    data = {
        "title": page.title,
        "slug": page.slug,
        "intro": "Updated intro",
        "body-count": "0",
        "search_description": "A description",
    }
    data.update(extra)
    return data


def test_communications_cannot_publish_directly(client, home, communications_user):
    page = add_page(home, StandardPage(title="About", slug="about", search_description="x"))
    login_with_mfa(client, communications_user)
    perms = page.permissions_for_user(communications_user)
    assert perms.can_edit()
    assert not perms.can_publish()
    client.post(f"/admin/pages/{page.pk}/edit/", _edit_data(page, **{"action-publish": "1"}))
    page.refresh_from_db()
    assert page.intro != "Updated intro"  # live content unchanged


def test_communications_publishes_through_workflow(client, home, communications_user, make_user):
    page = add_page(home, StandardPage(title="About", slug="about", search_description="x"))
    login_with_mfa(client, communications_user)
    response = client.post(
        f"/admin/pages/{page.pk}/edit/", _edit_data(page, **{"action-submit": "1"})
    )
    assert response.status_code == 302
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Review before publish"

    moderator = make_user("mod", groups=[MODERATORS])
    login_with_mfa(client, moderator)
    task_state = state.current_task_state
    response = client.post(
        f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": ""}
    )
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.live and page.intro == "Updated intro"


def test_communications_cannot_open_users_or_settings(client, home, communications_user):
    login_with_mfa(client, communications_user)
    assert client.get("/admin/").status_code == 200
    for url in ("/admin/users/", "/admin/groups/", "/admin/settings/pages/sitesettings/"):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        if response.status_code == 302:
            assert "/admin/users/" not in response["Location"]


def test_communications_can_add_pages(client, home, communications_user):
    login_with_mfa(client, communications_user)
    response = client.get(f"/admin/pages/add/pages/standardpage/{home.pk}/")
    assert response.status_code == 200


def test_publishing_without_description_is_refused(client, home, make_user):
    admin = make_user("root", superuser=True)
    page = add_page(home, StandardPage(title="About", slug="about", search_description="x"))
    login_with_mfa(client, admin)
    response = client.post(
        f"/admin/pages/{page.pk}/edit/",
        _edit_data(page, search_description="", **{"action-publish": "1"}),
    )
    assert response.status_code == 200
    assert "Write a short description" in response.content.decode()
