"""A superuser resets a colleague's lost authenticator from the admin; it is logged with
who and when, the colleague's open sessions end, and nobody else
(nor the superuser on their own account) can do it."""

import pytest
from django.test import Client
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from pages.roles import COMMUNICATIONS, MODERATORS
from tests.conftest import login_with_mfa

pytestmark = pytest.mark.django_db


@pytest.fixture
def colleague(make_user):
    user = make_user("pat", groups=[COMMUNICATIONS])
    TOTPDevice.objects.create(user=user, name="Old phone", confirmed=True)
    return user


def test_superuser_resets_a_colleagues_authenticator(client, home, make_user, colleague):
    colleague_browser = Client()
    login_with_mfa(colleague_browser, colleague)
    assert colleague_browser.get("/admin/pages/").status_code == 200

    admin = make_user("root", superuser=True)
    login_with_mfa(client, admin)
    url = reverse("idp_reset_authenticator", args=[colleague.pk])
    listing = client.get(reverse("wagtailusers_users:index")).content.decode()
    assert url in listing and "Reset two-step sign-in" in listing
    confirm = client.get(url)
    assert confirm.status_code == 200
    assert "lost their device" in confirm.content.decode()

    response = client.post(url)
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=colleague).exists()
    entry = ModelLogEntry.objects.get(action="idp.reset_authenticator")
    assert entry.user_id == admin.pk and entry.object_id == str(colleague.pk)
    assert entry.timestamp is not None
    history = client.get(reverse("wagtailadmin_reports:site_history")).content.decode()
    assert "Reset two-step sign-in" in history

    # The colleague's session has ended: they sign in again (then enroll a new app).
    response = colleague_browser.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert "_auth_user_id" not in colleague_browser.session


@pytest.mark.parametrize("role", [COMMUNICATIONS, MODERATORS, "self"])
def test_only_a_superuser_resets_and_not_their_own(client, home, make_user, colleague, role):
    if role == "self":
        actor = make_user("root", superuser=True)
        target = actor
    else:
        actor = make_user("someone", groups=[role])
        target = colleague
    login_with_mfa(client, actor)
    url = reverse("idp_reset_authenticator", args=[target.pk])
    for response in (client.get(url), client.post(url)):
        # Wagtail turns the refusal into "Sorry, you do not have permission" on /admin/.
        assert response.status_code == 302 and response["Location"] in (
            "/admin/",
            "/admin/login/?next=" + url,
        )
    assert TOTPDevice.objects.filter(user=target).exists()
    assert not ModelLogEntry.objects.filter(action="idp.reset_authenticator").exists()
