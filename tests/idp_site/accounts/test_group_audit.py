"""Changes to the Intake group's membership are logged with who made them and whom
they concern, however they are made: the admin's user form, the group's member list
from the shell (reverse side), adding or clearing from the ORM."""

import logging

import pytest
from django.contrib.auth.models import Group
from wagtail.models import ModelLogEntry

from pages.roles import INTAKE, MODERATORS
from tests.conftest import login_with_mfa

pytestmark = pytest.mark.django_db


def _entries(member):
    return [
        (entry.action, entry.user.username if entry.user else None, entry.data["group"])
        for entry in ModelLogEntry.objects.filter(
            action__startswith="idp.group_membership", object_id=str(member.pk)
        ).order_by("timestamp", "pk")
    ]


def _user_form(client, user):
    form = client.get(f"/admin/users/edit/{user.pk}/").context["form"]
    data = {}
    for name, field in form.fields.items():
        value = form.initial.get(name, field.initial)
        if value is None or name.startswith("password"):
            continue
        if name == "groups":
            value = [g.pk if hasattr(g, "pk") else g for g in value]
        if isinstance(value, bool):
            if value:
                data[name] = "on"
            continue
        data[name] = value
    data.update(first_name="Ana", last_name="Staff")  # required by Wagtail's form
    return data


def test_a_superuser_adding_himself_in_the_user_form_is_logged(client, make_user, caplog):
    root = make_user("root", superuser=True)
    login_with_mfa(client, root)
    data = _user_form(client, root)
    data["groups"] = [Group.objects.get(name=INTAKE).pk]
    caplog.set_level(logging.INFO, logger="idp.accounts")

    response = client.post(f"/admin/users/edit/{root.pk}/", data)

    assert response.status_code == 302, response.context["form"].errors
    assert root.groups.filter(name=INTAKE).exists()
    assert _entries(root) == [("idp.group_membership.add", "root", INTAKE)]
    assert "root added root to Intake" in caplog.text

    history = client.get("/admin/reports/site-history/").content.decode()
    assert "Added to the Intake group" in history


def test_another_admin_removing_a_member_names_both(client, make_user):
    root = make_user("root", superuser=True)
    member = make_user("intaker", groups=[INTAKE])
    login_with_mfa(client, root)
    data = _user_form(client, member)
    data["groups"] = []
    assert client.post(f"/admin/users/edit/{member.pk}/", data).status_code == 302
    assert _entries(member)[-1] == ("idp.group_membership.remove", "root", INTAKE)


def test_shell_changes_from_either_side_are_logged_without_an_actor(make_user, caplog):
    caplog.set_level(logging.INFO, logger="idp.accounts")
    member = make_user("intaker")
    intake = Group.objects.get(name=INTAKE)

    intake.user_set.add(member)  # the group's side
    member.groups.remove(intake)  # the user's side
    member.groups.add(intake)
    member.groups.clear()
    intake.user_set.add(member)
    intake.user_set.clear()

    assert _entries(member) == [
        ("idp.group_membership.add", None, INTAKE),
        ("idp.group_membership.remove", None, INTAKE),
        ("idp.group_membership.add", None, INTAKE),
        ("idp.group_membership.remove", None, INTAKE),
        ("idp.group_membership.add", None, INTAKE),
        ("idp.group_membership.remove", None, INTAKE),
    ]
    assert "(no signed-in user: shell or script) added intaker to Intake" in caplog.text


def test_other_groups_are_not_logged_here(make_user):
    member = make_user("mod", groups=[MODERATORS])
    member.groups.clear()
    assert _entries(member) == []
