"""Pages restricted to signed-in users or to groups need the second factor too.

Wagtail lets such a page through once `request.user` is signed in, and its own front-end
login (`/<lang>/_util/login/`) asks for the password alone. The project chooses to send
these readers through the same two-step sign-in as the admin rather than build a second
one: `WAGTAIL_FRONTEND_LOGIN_URL` points Wagtail's login redirect at the admin sign-in,
`/_util/login/` itself redirects there (idp_site/urls.py), and this `before_serve_page`
hook sends a reader who has a password-only session to enter their code (or set up an
app) before the page is served, then back to the page. Password-protected pages (a
shared password, no account) are left to Wagtail."""

from urllib.parse import urlencode

from django.shortcuts import redirect
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import BaseViewRestriction

ACCOUNT_RESTRICTIONS = (BaseViewRestriction.LOGIN, BaseViewRestriction.GROUPS)


def needs_account(page):
    return any(
        restriction.restriction_type in ACCOUNT_RESTRICTIONS
        for restriction in page.get_view_restrictions()
    )


def require_second_factor(page, request, serve_args, serve_kwargs):
    """`before_serve_page`: a signed-in reader without a verified second factor is sent
    to the code page (or to set up an app) with the page as `next`. Anonymous readers
    are left to Wagtail's own check, which sends them to the sign-in."""
    user = request.user
    if not user.is_authenticated or user.is_verified() or not needs_account(page):
        return None
    has_device = TOTPDevice.objects.filter(user=user, confirmed=True).exists()
    target = reverse("mfa_verify" if has_device else "mfa_setup")
    response = redirect(f"{target}?{urlencode({'next': request.get_full_path()})}")
    add_never_cache_headers(response)
    return response
