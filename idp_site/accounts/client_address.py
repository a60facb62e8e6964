"""Small security helpers the settings point to."""

from django.conf import settings


def client_ip(request):
    """The client address the login throttle keys on.

    Without a proxy (`IDP_TRUSTED_PROXY_COUNT = 0`) this is `REMOTE_ADDR`. Behind N
    trusted proxies, each appends the address it received the request from to
    `X-Forwarded-For`, so the Nth entry from the right is the one the outermost trusted
    proxy saw; anything further left was written by the client and cannot be trusted.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    count = settings.IDP_TRUSTED_PROXY_COUNT
    if count <= 0:
        return remote
    forwarded = [
        part.strip()
        for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if part.strip()
    ]
    if len(forwarded) < count:
        return remote
    return forwarded[-count]
