"""Sessions that may go on: ended ones are signed out, and every admin URL needs a
verified TOTP device."""

from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth import logout
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from idp_site.accounts.sign_out_everywhere import session_is_current

# URL names reachable with a password alone: signing in and out, the second-factor views
# themselves, and the static bits (translations, icons) their pages load.
MFA_EXEMPT_URL_NAMES = frozenset(
    {
        "wagtailadmin_login",
        "wagtailadmin_logout",
        "wagtailadmin_javascript_catalog",
        "wagtailadmin_sprite",
        "mfa_setup",
        "mfa_verify",
    }
)


class SessionGenerationMiddleware:
    """Sign out a request whose session was ended elsewhere (see `sign_out_everywhere`):
    its user's authenticator was reset, they were deactivated or left a group since it
    began. The request goes on as anonymous, so the admin sends it to the sign-in page.

    Comes right after Django's `AuthenticationMiddleware`, before anything reads
    `request.user`. Costs one query per request of a signed-in user; readers without a
    session cost none."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated and not session_is_current(request):
            logout(request)
        return self.get_response(request)


class AdminMFAMiddleware:
    """Refuse every URL under `IDP_MFA_PROTECTED_PREFIXES` to a signed-in user who has
    not passed a second factor in this session.

    Such a user is sent to enroll a TOTP device (if they have none) or to enter a code.
    Anonymous users pass through so Wagtail sends them to its login page as usual. Must
    come after django-otp's `OTPMiddleware`, which sets `request.user.is_verified`."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self._needs_second_factor(request):
            user = request.user
            has_device = TOTPDevice.objects.filter(user=user, confirmed=True).exists()
            target = reverse("mfa_verify" if has_device else "mfa_setup")
            return redirect(f"{target}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)

    @staticmethod
    def _needs_second_factor(request):
        path = request.path_info
        if not path.startswith(tuple(settings.IDP_MFA_PROTECTED_PREFIXES)):
            return False
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return False
        try:
            url_name = resolve(path).url_name
        except Resolver404:
            return True
        return url_name not in MFA_EXEMPT_URL_NAMES
