"""An editor signs in with a password and a TOTP code, edits a page, publishes it, and
readers see the change. The admin and the public page with Wagtail's userbar record
no CSP violation and no request to another host."""

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.conftest import totp_now

PASSWORD = "correct-horse-battery"


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", PASSWORD)
    device = TOTPDevice.objects.create(user=user, name="Phone", confirmed=True)
    return user, device


def sign_in_with_password(session):
    page = session.page
    session.open("/admin/login/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill(PASSWORD)
    with page.expect_navigation():
        page.get_by_role("button", name="Sign in").click()


def test_admin_needs_the_second_factor_in_the_browser(open_session, editor, live_site):
    session = open_session()
    sign_in_with_password(session)
    page = session.page
    assert "/admin/mfa/verify/" in page.url
    for path in ("/admin/", "/admin/pages/", f"/admin/pages/{live_site.about.pk}/edit/"):
        session.open(path)
        assert "/admin/mfa/verify/" in page.url, f"{path} answered without a second factor"
        assert page.get_by_role("heading", name="Enter your sign-in code").is_visible()
    session.assert_clean()


def test_editor_edits_publishes_and_the_public_page_shows_it(open_session, editor, live_site):
    _user, device = editor
    session = open_session()
    page = session.page
    sign_in_with_password(session)

    page.get_by_label("Six-digit code from your authenticator app").fill(totp_now(device))
    with page.expect_navigation():
        page.get_by_role("button", name="Verify").click()
    assert page.url.endswith("/admin/")

    session.open(f"/admin/pages/{live_site.about.pk}/edit/")
    new_intro = "We defend people facing deportation because of a criminal case."
    page.locator("#id_intro").fill(new_intro)
    page.locator("footer").get_by_role("button", name="More actions").click()
    with page.expect_navigation():
        page.locator("footer button[name='action-publish']").click()
    assert "has been published" in page.content()

    session.open("/en/about/")
    assert page.get_by_text(new_intro).is_visible()
    # Signed in, the reader's page carries Wagtail's userbar, still within the CSP.
    assert page.locator("wagtail-userbar").count() == 1
    page.locator("wagtail-userbar").get_by_role("button").first.click()
    session.assert_clean()
