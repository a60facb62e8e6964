"""The hotline number on every page: Communications changes it, a moderator reviews the
change before it goes live, and the history says who did what and when."""

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry, WorkflowState

from pages.models import HelpLine, SiteSettings
from pages.roles import COMMUNICATIONS, MODERATORS
from tests.conftest import login_with_mfa

pytestmark = pytest.mark.django_db

NEW = "(212) 555-0199"


@pytest.fixture
def help_line(site_settings):
    line = HelpLine.objects.get()  # made by the migration from the settings' number
    assert line.live and line.hotline == site_settings.hotline
    return line


def test_a_new_number_goes_live_only_after_review(client, home, help_line, make_user):
    comms = make_user("casey", groups=[COMMUNICATIONS])
    login_with_mfa(client, comms)
    edit_url = reverse("wagtailsnippets_pages_helpline:edit", args=[help_line.pk])
    assert client.get(reverse("wagtailsnippets_pages_helpline:list")).status_code == 200
    assert NEW not in client.get("/en/").content.decode()

    # Publishing directly is not theirs to do: the number stays as it was.
    client.post(edit_url, {"hotline": NEW, "action-publish": "1"})
    assert SiteSettings.objects.get().hotline != NEW

    response = client.post(edit_url, {"hotline": NEW, "action-submit": "1"})
    assert response.status_code == 302
    state = WorkflowState.objects.get(object_id=str(help_line.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Review before publish"
    assert SiteSettings.objects.get().hotline != NEW
    client.logout()
    assert NEW not in client.get("/en/").content.decode()

    moderator = make_user("morgan", groups=[MODERATORS])
    login_with_mfa(client, moderator)
    url = reverse(
        "wagtailsnippets_pages_helpline:workflow_action",
        args=[help_line.pk, "approve", state.current_task_state.pk],
    )
    response = client.post(url, {"comment": ""})
    assert response.status_code == 302
    assert SiteSettings.objects.get().hotline == NEW
    client.logout()
    assert NEW in client.get("/en/").content.decode()

    history = {
        (entry.action, entry.user.username)
        for entry in ModelLogEntry.objects.filter(object_id=str(help_line.pk))
    }
    assert ("wagtail.workflow.start", "casey") in history
    assert ("wagtail.publish", "morgan") in history
    assert all(e.timestamp for e in ModelLogEntry.objects.filter(object_id=str(help_line.pk)))


def test_a_mistyped_number_is_refused_and_settings_stay_closed(client, home, help_line, make_user):
    login_with_mfa(client, make_user("casey", groups=[COMMUNICATIONS]))
    edit_url = reverse("wagtailsnippets_pages_helpline:edit", args=[help_line.pk])
    response = client.post(edit_url, {"hotline": "212-555", "action-submit": "1"})
    assert response.status_code == 200
    assert "Enter a US telephone number with its area code." in response.content.decode()
    assert not WorkflowState.objects.exists()
    response = client.get(f"/admin/settings/pages/sitesettings/{home.get_site().pk}/")
    assert response.status_code in (302, 403)


def test_moderators_change_the_help_pages_and_each_change_is_logged(
    client, home, site_settings, make_user
):
    from pages.models import StandardPage
    from tests.conftest import add_page

    help_page = add_page(home, StandardPage(title="Get help", slug="help", search_description="x"))
    url = reverse("wagtailsettings:edit", args=["pages", "sitesettings", home.get_site().pk])
    login_with_mfa(client, make_user("casey", groups=[COMMUNICATIONS]))
    assert client.get(url).status_code in (302, 403)

    login_with_mfa(client, make_user("morgan", groups=[MODERATORS]))
    assert client.get(url).status_code == 200
    data = {
        "organization_name": "Immigrant Defense Project",
        "hotline": site_settings.hotline,
        "legal_help_page": help_page.pk,
        "attorney_page": "",
        "general_email": "",
        "press_email": "",
        "address": "",
        "social_links-count": "0",
    }
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert SiteSettings.objects.get().legal_help_page_id == help_page.pk
    entry = ModelLogEntry.objects.get(action="wagtail.edit", object_id=str(site_settings.pk))
    assert entry.user.username == "morgan" and entry.timestamp
