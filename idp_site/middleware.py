"""Project-owned middleware for security headers (the second factor is in accounts)."""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings


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
    `IDP_ADMIN_CONTENT_SECURITY_POLICY` (why it is looser: see the settings)."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and request.path_info.startswith(settings.IDP_ADMIN_CSP_PREFIX):
            return PolicyParts(
                config=settings.IDP_ADMIN_CONTENT_SECURITY_POLICY,
                update=parts.update,
                replace=parts.replace,
                nonce=parts.nonce,
            )
        return parts
