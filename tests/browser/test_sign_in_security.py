"""Two-step sign-in in a real browser: a superuser resetting a colleague's authenticator
in the admin ends the colleague's session in their own browser at once, and the setup
page refuses to enroll an app without the account password (or with a wrong one)."""

import pytest
from playwright.sync_api import expect

from tests.conftest import totp_now

PASSWORD = "correct-horse-battery"
CODE_LABEL = "Six-digit code from your authenticator app"


@pytest.fixture
def people(live_site, django_user_model):
    from django.contrib.auth.models import Group
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from pages.roles import COMMUNICATIONS

    root = django_user_model.objects.create_superuser("root", "root@example.org", PASSWORD)
    pat = django_user_model.objects.create_user("pat", "pat@example.org", PASSWORD)
    pat.groups.add(Group.objects.get(name=COMMUNICATIONS))
    newcomer = django_user_model.objects.create_user("newcomer", "new@example.org", PASSWORD)
    newcomer.groups.add(Group.objects.get(name=COMMUNICATIONS))
    return {
        "root": (root, TOTPDevice.objects.create(user=root, name="Phone", confirmed=True)),
        "pat": (pat, TOTPDevice.objects.create(user=pat, name="Phone", confirmed=True)),
        "newcomer": (newcomer, None),
    }


def sign_in_with_password(session, username):
    page = session.page
    session.open("/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    with page.expect_navigation():
        page.get_by_role("button", name="Sign in").click()


def signed_in(open_session, username, device):
    """A browser context signed in with the password and the app's code."""
    session = open_session()
    sign_in_with_password(session, username)
    page = session.page
    assert "/admin/mfa/verify/" in page.url
    page.get_by_label(CODE_LABEL).fill(totp_now(device))
    with page.expect_navigation():
        page.get_by_role("button", name="Verify").click()
    assert page.url.endswith("/admin/")
    return session


def test_reset_in_the_admin_ends_the_colleagues_session_at_once(open_session, people):
    pat, pat_device = people["pat"]
    colleague = signed_in(open_session, "pat", pat_device)
    colleague.open("/admin/pages/")
    expect(colleague.page.locator("h1")).to_be_visible()
    assert colleague.page.url.endswith("/admin/pages/")

    admin = signed_in(open_session, "root", people["root"][1])
    admin.open("/admin/users/")
    row = admin.page.locator("tr", has=admin.page.get_by_role("link", name="pat", exact=True))
    row.get_by_role("button", name="More options for 'pat'").click()
    with admin.page.expect_navigation():
        row.get_by_role("link", name="Reset two-step sign-in").click()
    with admin.page.expect_navigation():
        admin.page.get_by_role("button", name="Reset two-step sign-in").click()
    expect(admin.page.locator(".messages")).to_contain_text("pat will set up a new")

    # The colleague's very next admin request lands on the sign-in page.
    colleague.page.goto("/admin/pages/")
    assert "/admin/login/" in colleague.page.url
    expect(colleague.page.get_by_label("Password")).to_be_visible()
    colleague.page.goto("/admin/")
    assert "/admin/login/" in colleague.page.url
    for session in (colleague, admin):
        session.assert_clean()


def test_enrolment_needs_the_right_password(open_session, people):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    newcomer, _none = people["newcomer"]
    session = open_session()
    sign_in_with_password(session, "newcomer")
    page = session.page
    assert "/admin/mfa/setup/" in page.url
    expect(page.locator(".mfa-secret")).to_be_visible()
    device = TOTPDevice.objects.get(user=newcomer)

    def submit(password, code):
        page.get_by_label("Your password").fill(password)
        page.get_by_label(CODE_LABEL).fill(code)
        with page.expect_navigation():
            page.get_by_role("button", name="Confirm and continue").click()

    submit("", totp_now(device))
    expect(page.get_by_role("alert")).to_contain_text("This field is required.")
    submit("not-my-password", totp_now(device))
    expect(page.get_by_role("alert")).to_contain_text("That password is not right.")
    assert "/admin/mfa/setup/" in page.url
    assert not TOTPDevice.objects.filter(user=newcomer, confirmed=True).exists()
    page.goto("/admin/pages/")
    assert "/admin/mfa/setup/" in page.url

    submit(PASSWORD, totp_now(device))
    assert page.url.endswith("/admin/pages/")
    assert TOTPDevice.objects.filter(user=newcomer, confirmed=True).exists()
    session.assert_clean()
