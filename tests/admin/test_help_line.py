"""The hotline on every page: Communications changes it, a moderator reviews the change
before it goes live, nobody (superusers included) changes it any other way, and the
history says who did what and when."""

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry, Revision, WorkflowState

from pages.models import HelpLine, HelpLineHours, SiteSettings, live_help_line
from pages.roles import COMMUNICATIONS, MODERATORS
from tests.conftest import login_with_mfa

pytestmark = pytest.mark.django_db

OLD = "(212) 725-6422"
NEW = "(212) 555-0199"


@pytest.fixture
def help_line(home):
    line = HelpLine.objects.get()  # made by migration 0014
    assert line.live and line.hotline == OLD
    return line


def form_data(number, hours=(), action="action-submit"):
    """What the Help line's edit form posts: the number, the hours it had (deleted) and
    the new hours (language, text)."""
    data = {"hotline": number, action: "1"}
    existing = list(HelpLineHours.objects.order_by("sort_order"))
    rows = [(row.pk, row.language, row.text, "1") for row in existing]
    rows += [("", language, text, "") for language, text in hours]
    data.update(
        {
            "hours-TOTAL_FORMS": str(len(rows)),
            "hours-INITIAL_FORMS": str(len(existing)),
            "hours-MIN_NUM_FORMS": "0",
            "hours-MAX_NUM_FORMS": "1000",
        }
    )
    for index, (pk, language, text, delete) in enumerate(rows):
        data.update(
            {
                f"hours-{index}-id": str(pk),
                f"hours-{index}-language": language,
                f"hours-{index}-text": text,
                f"hours-{index}-ORDER": str(index + 1),
                f"hours-{index}-DELETE": delete,
            }
        )
    return data


def edit_url(line):
    return reverse("wagtailsnippets_pages_helpline:edit", args=[line.pk])


def approve(client, line, moderator):
    """The moderator approves the change waiting in the review workflow."""
    state = WorkflowState.objects.get(object_id=str(line.pk), status="in_progress")
    login_with_mfa(client, moderator)
    url = reverse(
        "wagtailsnippets_pages_helpline:workflow_action",
        args=[line.pk, "approve", state.current_task_state.pk],
    )
    response = client.post(url, {"comment": ""})
    client.logout()
    return response


def history(line):
    return [
        (entry.action, entry.user.username if entry.user else None)
        for entry in ModelLogEntry.objects.filter(object_id=str(line.pk)).order_by("pk")
    ]


def test_a_new_number_and_its_hours_go_live_only_after_review(client, home, help_line, make_user):
    comms = make_user("casey", groups=[COMMUNICATIONS])
    login_with_mfa(client, comms)
    assert client.get(reverse("wagtailsnippets_pages_helpline:list")).status_code == 200
    assert NEW not in client.get("/en/").content.decode()

    # Publishing directly is not theirs to do: the number stays as it was.
    client.post(edit_url(help_line), form_data(NEW, action="action-publish"))
    assert HelpLine.objects.get().hotline == OLD

    hours = [("en", "Weekdays, 9 to 5."), ("es", "Días laborables, de 9 a 5.")]
    response = client.post(edit_url(help_line), form_data(NEW, hours))
    assert response.status_code == 302
    state = WorkflowState.objects.get(object_id=str(help_line.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Review before publish"
    client.logout()
    page = client.get("/en/").content.decode()
    assert NEW not in page and OLD in page and "Weekdays, 9 to 5." not in page

    response = approve(client, help_line, make_user("morgan", groups=[MODERATORS]))
    assert response.status_code == 302
    assert HelpLine.objects.get().hotline == NEW
    english = client.get("/en/").content.decode()
    assert NEW in english and OLD not in english
    assert 'href="tel:+12125550199"' in english
    assert "Weekdays, 9 to 5." in english  # the footer shows the hours
    assert live_help_line().hours_by_language["es"] == "Días laborables, de 9 a 5."

    actions = history(help_line)
    assert ("wagtail.workflow.start", "casey") in actions
    assert ("wagtail.publish", "morgan") in actions
    assert all(e.timestamp for e in ModelLogEntry.objects.filter(object_id=str(help_line.pk)))


def test_a_mistyped_number_is_refused(client, home, help_line, make_user):
    login_with_mfa(client, make_user("casey", groups=[COMMUNICATIONS]))
    response = client.post(edit_url(help_line), form_data("212-555"))
    assert response.status_code == 200
    assert "Enter a US telephone number with its area code." in response.content.decode()
    assert not WorkflowState.objects.exists()


@pytest.mark.parametrize("role", ["superuser", "moderator"])
def test_nobody_changes_the_number_in_site_settings(client, home, help_line, make_user, role):
    """The settings have no hotline any more: a POST that sends one changes nothing, and
    the Help line's history shows no change."""
    if role == "superuser":
        user = make_user("root", superuser=True)
    else:
        user = make_user("morgan", groups=[MODERATORS])
    login_with_mfa(client, user)
    url = reverse("wagtailsettings:edit", args=["pages", "sitesettings", home.get_site().pk])
    form = client.get(url).content.decode()
    assert 'name="hotline"' not in form
    data = {
        "organization_name": "Immigrant Defense Project",
        "hotline": NEW,
        "legal_help_page": "",
        "attorney_page": "",
        "general_email": "info@example.org",
        "press_email": "",
        "address": "",
        "social_links-count": "0",
    }
    before = history(help_line)
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert SiteSettings.objects.get().general_email == "info@example.org"  # the form saved
    assert HelpLine.objects.get().hotline == OLD
    client.logout()
    page = client.get("/en/").content.decode()
    assert OLD in page and NEW not in page
    assert history(help_line) == before


def test_not_even_a_superuser_publishes_the_help_line_without_review(
    client, home, help_line, make_user
):
    root = make_user("root", superuser=True)
    login_with_mfa(client, root)
    edit = client.get(edit_url(help_line)).content.decode()
    assert 'name="action-publish"' not in edit  # no Publish button to press
    assert 'name="action-submit"' in edit

    client.post(edit_url(help_line), form_data(NEW, action="action-publish"))
    assert HelpLine.objects.get().hotline == OLD
    assert ("wagtail.publish", "root") not in history(help_line)

    # Neither a second help line nor deleting the one there is.
    assert client.get(reverse("wagtailsnippets_pages_helpline:add")).status_code in (302, 403)
    delete = reverse("wagtailsnippets_pages_helpline:delete", args=[help_line.pk])
    assert client.post(delete).status_code in (302, 403)
    assert HelpLine.objects.count() == 1

    # Through review it works, and the history says who asked and who approved.
    client.post(edit_url(help_line), form_data(NEW))
    assert approve(client, help_line, root).status_code == 302
    assert HelpLine.objects.get().hotline == NEW
    actions = history(help_line)
    assert ("wagtail.workflow.start", "root") in actions
    assert ("wagtail.publish", "root") in actions


def test_every_change_is_a_revision_in_the_history(client, home, help_line, make_user):
    comms = make_user("casey", groups=[COMMUNICATIONS])
    moderator = make_user("morgan", groups=[MODERATORS])
    for number in (NEW, "(212) 555-0142"):
        login_with_mfa(client, comms)
        client.post(edit_url(help_line), form_data(number, [("en", f"Call {number[-4:]}")]))
        client.logout()
        approve(client, help_line, moderator)
    published = ModelLogEntry.objects.filter(object_id=str(help_line.pk), action="wagtail.publish")
    numbers = [entry.revision.content["hotline"] for entry in published.order_by("pk")]
    assert numbers == [NEW, "(212) 555-0142"]
    assert Revision.objects.filter(object_id=str(help_line.pk)).count() == 2
    assert [h.text for h in HelpLineHours.objects.all()] == ["Call 0142"]
    # The history page lists both publications.
    login_with_mfa(client, moderator)
    url = reverse("wagtailsnippets_pages_helpline:history", args=[help_line.pk])
    assert client.get(url).content.decode().count("Published") >= 2
