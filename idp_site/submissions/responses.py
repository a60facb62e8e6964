"""Answers shared by every page that carries a public form."""

from django.conf import settings
from django.shortcuts import render
from django.utils.cache import patch_cache_control


def no_store(response):
    """Pages with a form, a one-time token or what someone sent must not be kept by
    browsers, proxies or a CDN."""
    patch_cache_control(response, no_store=True, private=True)
    return response


def too_many_requests(request):
    """The rate limit's answer: wait a minute, or call the hotline now."""
    response = render(request, "429.html", status=429)
    response["Retry-After"] = str(settings.FORM_PROTECTION["RATE_PERIOD_SECONDS"])
    return no_store(response)
