"""Project-owned middleware for security headers and request bodies (the second
factor is in accounts)."""

import codecs

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings

from idp_site.errors import bad_request


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


class RequestCharsetMiddleware:
    """Refuse with the 400 page a request body that declares a charset other than
    UTF-8 or a subset of it, before anything reads the body. Django would decode
    `application/x-www-form-urlencoded; charset=utf-16` form data into an exception,
    which readers met as a bare 500. Every form here is served as UTF-8, so a browser
    never sends anything else."""

    ACCEPTED = frozenset({"utf-8", "ascii"})

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ("GET", "HEAD", "OPTIONS"):  # those bodies are never read
            charset = request.content_params.get("charset")
            if charset is not None and self._codec(charset) not in self.ACCEPTED:
                return bad_request(request)
        return self.get_response(request)

    @staticmethod
    def _codec(charset):
        try:
            return codecs.lookup(charset.strip().strip('"')).name
        except LookupError:
            return None
