"""Multi-factor login: no admin URL answers a user who has only typed a password."""

import re

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.conftest import login_with_mfa, totp_now

pytestmark = pytest.mark.django_db

PASSWORD = "pass-1234-word"  # make_user's

# A sample of admin URLs, including ones that do not exist yet (intake views will live
# under /admin/ and must be covered without anyone remembering to add them).
ADMIN_URLS = [
    "/admin/",
    "/admin/pages/",
    "/admin/pages/{home}/edit/",
    "/admin/pages/{home}/edit/preview/",
    "/admin/users/",
    "/admin/settings/pages/sitesettings/",
    "/admin/images/",
    "/admin/documents/",
    "/admin/snippets/",
    "/admin/intake/",
    "/admin/no-such-view/",
]


def admin_urls_answered_without_second_factor(client, urls):
    """The URLs that did not send a password-only user to the second-factor pages."""
    leaks = []
    for url in urls:
        response = client.get(url)
        location = response.headers.get("Location", "")
        if not (response.status_code == 302 and location.startswith("/admin/mfa/")):
            leaks.append((url, response.status_code))
    return leaks


@pytest.fixture
def admin(make_user):
    return make_user("boss", superuser=True)


def test_no_admin_url_without_second_factor(client, home, admin):
    client.force_login(admin)  # password only
    urls = [url.format(home=home.pk) for url in ADMIN_URLS]
    assert admin_urls_answered_without_second_factor(client, urls) == []


def test_the_mfa_check_catches_an_unguarded_admin(client, home, admin, settings):
    """Inject the fault: without the project's middleware the check reports leaks."""
    settings.MIDDLEWARE = [m for m in settings.MIDDLEWARE if "AdminMFAMiddleware" not in m]
    client.force_login(admin)
    leaks = admin_urls_answered_without_second_factor(client, ["/admin/", "/admin/pages/"])
    assert leaks == [("/admin/", 200), ("/admin/pages/", 200)]


def test_user_without_device_is_sent_to_enroll(client, home, admin):
    client.force_login(admin)
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/mfa/setup/?next=%2Fadmin%2Fpages%2F"


def test_enrollment_shows_qr_code_and_key_then_confirms(client, home, admin):
    client.force_login(admin)
    response = client.get("/admin/mfa/setup/?next=/admin/pages/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<svg" in html
    assert "Set up two-step sign-in" in html
    device = TOTPDevice.objects.get(user=admin)
    assert not device.confirmed
    key = re.search(r'<code class="mfa-secret">([A-Z2-7 ]+)</code>', html).group(1)
    assert len(key.replace(" ", "")) == 32

    wrong = client.post(
        "/admin/mfa/setup/", {"password": PASSWORD, "token": "000000", "next": "/admin/pages/"}
    )
    assert wrong.status_code == 200
    assert "That code is not right" in wrong.content.decode()
    assert client.get("/admin/pages/").status_code == 302
    # django-otp throttles: right after a wrong code even the right one is refused...
    throttled = client.post(
        "/admin/mfa/setup/",
        {"password": PASSWORD, "token": totp_now(device), "next": "/admin/pages/"},
    )
    assert "Too many wrong codes" in throttled.content.decode()
    device.refresh_from_db()
    device.throttle_reset()  # ...until the delay has passed.

    response = client.post(
        "/admin/mfa/setup/",
        {"password": PASSWORD, "token": totp_now(device), "next": "/admin/pages/"},
    )
    assert response.status_code == 302
    assert response["Location"] == "/admin/pages/"
    device.refresh_from_db()
    assert device.confirmed
    assert client.get("/admin/pages/").status_code == 200


def test_enrolled_user_verifies_with_code_then_reaches_admin(client, home, admin):
    device = TOTPDevice.objects.create(user=admin, name="Phone", confirmed=True)
    client.force_login(admin)
    response = client.get("/admin/users/")
    assert response["Location"] == "/admin/mfa/verify/?next=%2Fadmin%2Fusers%2F"

    page = client.get("/admin/mfa/verify/?next=/admin/users/")
    assert page.status_code == 200
    assert 'autocomplete="one-time-code"' in page.content.decode()

    bad = client.post("/admin/mfa/verify/", {"token": "12ab", "next": "/admin/users/"})
    assert bad.status_code == 200
    assert "Enter the six digits" in bad.content.decode()
    assert 'value="12ab"' in bad.content.decode()

    ok = client.post("/admin/mfa/verify/", {"token": totp_now(device), "next": "/admin/users/"})
    assert ok.status_code == 302
    assert ok["Location"] == "/admin/users/"
    assert client.get("/admin/users/").status_code == 200


def test_enrolled_user_cannot_replace_device_with_password_alone(client, home, admin):
    device = TOTPDevice.objects.create(user=admin, name="Phone", confirmed=True)
    client.force_login(admin)
    response = client.get("/admin/mfa/setup/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/mfa/verify/")
    assert list(TOTPDevice.objects.filter(user=admin)) == [device]


def test_verify_never_redirects_off_site(client, home, admin):
    device = TOTPDevice.objects.create(user=admin, name="Phone", confirmed=True)
    client.force_login(admin)
    response = client.post(
        "/admin/mfa/verify/", {"token": totp_now(device), "next": "https://evil.example/"}
    )
    assert response["Location"] == "/admin/"


def test_anonymous_admin_visit_goes_to_login(client, home):
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert client.get("/admin/mfa/verify/")["Location"].startswith("/admin/login/")


def test_sign_out_works_before_second_factor(client, home, admin):
    client.force_login(admin)
    response = client.post("/admin/logout/")
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_login_helper_gives_a_verified_session(client, home, admin):
    login_with_mfa(client, admin)
    assert client.get("/admin/").status_code == 200


def test_create_totp_device_command(admin, capsys):
    call_command("create_totp_device", "boss")
    out = capsys.readouterr().out
    device = TOTPDevice.objects.get(user=admin)
    assert device.confirmed
    assert "otpauth://totp/" in out
    with pytest.raises(CommandError, match="already has"):
        call_command("create_totp_device", "boss")
    call_command("create_totp_device", "boss", "--replace")
    assert TOTPDevice.objects.get(user=admin).pk != device.pk
    with pytest.raises(CommandError, match="No user"):
        call_command("create_totp_device", "nobody")


def test_dev_admin_gets_a_second_factor_and_a_code(settings, capsys):
    settings.DEBUG = True
    call_command("create_dev_admin")
    call_command("create_dev_admin")  # idempotent: same user, same device
    out = capsys.readouterr().out
    assert out.count("otpauth://totp/") == 2
    assert TOTPDevice.objects.filter(user__username="admin", confirmed=True).count() == 1
    call_command("totp_code")
    code = capsys.readouterr().out.strip()
    assert code == totp_now(TOTPDevice.objects.get(user__username="admin"))


def test_totp_code_refused_outside_development(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("totp_code")
