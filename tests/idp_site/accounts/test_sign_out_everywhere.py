"""Resetting someone's authenticator, changing their password (admin, their account
page, a password reset), deactivating them or taking them out of a group ends all their
sessions at once, with any session backend; joining a group or editing a name ends
none. A user changing their own password keeps that one session."""

import re

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from pages.roles import COMMUNICATIONS, MODERATORS
from tests.conftest import login_with_mfa, totp_now
from tests.idp_site.accounts.forms import form_data, form_errors

pytestmark = pytest.mark.django_db

PASSWORD = "pass-1234-word"
NEW_PASSWORD = "a-much-longer-new-passphrase"


@pytest.fixture
def pat(make_user):
    return make_user("pat", groups=[COMMUNICATIONS, MODERATORS], password=PASSWORD)


@pytest.fixture
def admin(home, make_user):
    client = Client()
    login_with_mfa(client, make_user("root", superuser=True))
    return client


def signed_in(user):
    """A new browser of `user`, signed in with both factors and reading the admin."""
    client = Client()
    login_with_mfa(client, user)
    assert client.get("/admin/pages/").status_code == 200
    return client


def is_signed_out(client):
    """The next admin request is sent to the sign-in page (not to a code page)."""
    response = client.get("/admin/pages/")
    return response.status_code == 302 and response["Location"].startswith("/admin/login/")


def edit_user_in_admin(admin, user, change):
    """Post Wagtail's user edit form back with `change(data)` applied."""
    url = reverse("wagtailusers_users:edit", args=[user.pk])
    data = form_data(admin.get(url).content.decode(), "#w-editor-form")
    # Wagtail requires a name; the test users have none yet.
    data["first_name"], data["last_name"] = ["Pat"], ["Lee"]
    change(data)
    response = admin.post(url, data)
    assert response.status_code == 302, form_errors(response.content.decode())


def test_authenticator_reset_ends_every_session(admin, home, pat):
    laptop, phone = signed_in(pat), signed_in(pat)
    admin.post(reverse("idp_reset_authenticator", args=[pat.pk]))
    assert is_signed_out(laptop) and is_signed_out(phone)
    assert admin.get("/admin/pages/").status_code == 200  # the superuser's own goes on


def test_password_changed_by_an_admin_ends_every_session(admin, pat):
    laptop, phone = signed_in(pat), signed_in(pat)

    def new_password(data):
        data["password1"] = data["password2"] = [NEW_PASSWORD]

    edit_user_in_admin(admin, pat, new_password)
    pat.refresh_from_db()
    assert pat.check_password(NEW_PASSWORD)
    assert is_signed_out(laptop) and is_signed_out(phone)


def test_own_password_change_keeps_only_this_session(home, pat):
    laptop, phone = signed_in(pat), signed_in(pat)
    data = form_data(laptop.get(reverse("wagtailadmin_account")).content.decode())
    data.update(
        {
            "name_email-first_name": ["Pat"],
            "name_email-last_name": ["Lee"],
            "password-old_password": [PASSWORD],
            "password-new_password1": [NEW_PASSWORD],
            "password-new_password2": [NEW_PASSWORD],
        }
    )
    response = laptop.post(reverse("wagtailadmin_account"), data)
    assert response.status_code == 302, form_errors(response.content.decode())
    pat.refresh_from_db()
    assert pat.check_password(NEW_PASSWORD)
    assert laptop.get("/admin/pages/").status_code == 200
    assert is_signed_out(phone)


def test_password_reset_ends_every_session(home, pat):
    laptop = signed_in(pat)
    stranger = Client()
    stranger.post(reverse("wagtailadmin_password_reset"), {"email": pat.email})
    link = re.search(r"https?://[^/\s]+(/admin/password_reset/confirm/\S+/)", mail.outbox[0].body)
    form_page = stranger.get(link.group(1), follow=True)
    set_url = form_page.redirect_chain[-1][0]
    response = stranger.post(
        set_url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    )
    assert response.status_code == 302
    pat.refresh_from_db()
    assert pat.check_password(NEW_PASSWORD)
    assert is_signed_out(laptop)


def test_deactivation_ends_every_session_for_good(admin, pat):
    laptop, phone = signed_in(pat), signed_in(pat)
    edit_user_in_admin(admin, pat, lambda data: data.pop("is_active"))
    pat.refresh_from_db()
    assert not pat.is_active
    assert is_signed_out(laptop)
    # Reactivated later, the account must sign in afresh: the phone's session, untouched
    # since, stays ended (Django alone would let it back in: it only refuses inactive
    # users while they are inactive).
    pat.is_active = True
    pat.save()
    assert is_signed_out(phone)
    assert signed_in(pat)


def test_removal_from_a_group_in_the_admin_ends_every_session(admin, pat):
    laptop, phone = signed_in(pat), signed_in(pat)
    moderators = str(Group.objects.get(name=MODERATORS).pk)
    edit_user_in_admin(admin, pat, lambda data: data["groups"].remove(moderators))
    assert list(pat.groups.values_list("name", flat=True)) == [COMMUNICATIONS]
    assert is_signed_out(laptop) and is_signed_out(phone)


def _clear_then_rejoin(user, group):
    # Back in their groups at once: only the generation can tell the session ended.
    groups = list(user.groups.all())
    user.groups.clear()
    user.groups.add(*groups)


@pytest.mark.parametrize(
    "leave",
    [
        lambda user, group: user.groups.remove(group),
        lambda user, group: group.user_set.remove(user),
        lambda user, group: user.groups.set(user.groups.exclude(pk=group.pk)),
        _clear_then_rejoin,
        lambda user, group: group.user_set.clear(),
    ],
    ids=["user.groups.remove", "group.user_set.remove", "set", "clear", "group clear"],
)
def test_leaving_a_group_any_way_ends_the_sessions(home, pat, leave):
    laptop = signed_in(pat)
    leave(pat, Group.objects.get(name=MODERATORS))
    assert pat.groups.filter(name=COMMUNICATIONS).exists()  # still allowed in the admin
    assert is_signed_out(laptop)


def test_joining_a_group_or_a_new_name_ends_nothing(admin, pat):
    laptop = signed_in(pat)
    pat.groups.add(Group.objects.get(name="Editors"))

    edit_user_in_admin(admin, pat, lambda data: None)  # a name is given
    assert pat.__class__.objects.get(pk=pat.pk).first_name == "Pat"
    assert laptop.get("/admin/pages/").status_code == 200


def sign_in_with_code(user, device):
    """Sign in through the real views (password, then code): works with any backend."""
    client = Client()
    client.post("/admin/login/", {"username": user.username, "password": PASSWORD})
    response = client.post("/admin/mfa/verify/", {"token": totp_now(device)})
    assert response.status_code == 302
    TOTPDevice.objects.filter(pk=device.pk).update(last_t=-1)  # the next sign-in's code
    assert client.get("/admin/pages/").status_code == 200
    return client


@pytest.mark.parametrize(
    "engine",
    [
        "django.contrib.sessions.backends.db",
        "django.contrib.sessions.backends.cache",
        "django.contrib.sessions.backends.cached_db",
        "django.contrib.sessions.backends.signed_cookies",
    ],
)
def test_sessions_end_with_any_session_backend(admin, home, pat, settings, engine):
    settings.SESSION_ENGINE = engine
    device = TOTPDevice.objects.create(user=pat, name="Phone", confirmed=True)
    laptop, phone = sign_in_with_code(pat, device), sign_in_with_code(pat, device)
    pat.groups.remove(Group.objects.get(name=MODERATORS))
    assert is_signed_out(laptop) and is_signed_out(phone)
    # Signed in again, the reset of the authenticator ends that session too.
    again = sign_in_with_code(pat, device)
    device.delete()
    assert is_signed_out(again)
