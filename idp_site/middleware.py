"""Project-owned middleware for security headers and the admin's second factor."""

from urllib.parse import urlencode

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django_otp.plugins.otp_totp.models import TOTPDevice


class PermissionsPolicyMiddleware:
    """Send `Permissions-Policy` from `IDP_PERMISSIONS_POLICY` on every response."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(
            f"{feature}=({' '.join(origins)})"
            for feature, origins in settings.IDP_PERMISSIONS_POLICY.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.header)
        return response


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's own policy under `IDP_ADMIN_CSP_PREFIX`.

    Public pages get `CONTENT_SECURITY_POLICY`; the Wagtail admin gets
    `IDP_ADMIN_CONTENT_SECURITY_POLICY` (why it is looser: see the settings). So do
    previews: Wagtail renders them through a made-up request for the page's public
    address (`is_dummy`), and the admin shows the result in a same-origin frame, which
    the public `frame-ancestors 'none'` would blank out."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        in_admin = request.path_info.startswith(settings.IDP_ADMIN_CSP_PREFIX)
        if not report_only and (in_admin or getattr(request, "is_dummy", False)):
            return PolicyParts(
                config=settings.IDP_ADMIN_CONTENT_SECURITY_POLICY,
                update=parts.update,
                replace=parts.replace,
                nonce=parts.nonce,
            )
        return parts


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
