"""Forms never depend on the cache: with the rate limit's cache down or hung, a help
request is stored at once, and the honeypot and fill time still flag bots."""

import time

import pytest
from django.core.cache import caches

from pages.intake.models import IntakeRequest

from .broken_cache import DownCache
from .conftest import HELP_URL, intake_data
from .stubs import SilentSocket

pytestmark = pytest.mark.django_db


def _rate_limit_cache(settings, backend, location, options):
    settings.CACHES = {
        **settings.CACHES,
        "ratelimit": {"BACKEND": backend, "LOCATION": location, "OPTIONS": options or {}},
    }
    settings.FORM_PROTECTION = {**settings.FORM_PROTECTION, "CACHE_ALIAS": "ratelimit"}


def test_cache_down_the_request_is_stored_and_bots_still_flagged(client, help_page, monkeypatch):
    # The counting calls of the default cache fail, as they do with Redis stopped.
    default = caches["default"]
    for name in ("add", "incr"):
        monkeypatch.setattr(default, name, DownCache("", {})._down)

    response = client.post(HELP_URL, intake_data())
    assert response.status_code == 303
    assert IntakeRequest.objects.get().status == "new"

    client.post(HELP_URL, intake_data(homepage_url="http://spam.example"))
    client.post(HELP_URL, intake_data(age=0))
    flagged = IntakeRequest.objects.filter(status="spam").values_list("spam_reasons", flat=True)
    assert sorted(flagged) == ["honeypot", "too_fast"]


def test_cache_hung_costs_one_short_timeout_then_none(client, help_page, settings):
    silent = SilentSocket()
    try:
        _rate_limit_cache(
            settings,
            "django.core.cache.backends.redis.RedisCache",
            f"redis://127.0.0.1:{silent.port}/0",
            {"socket_timeout": 0.2, "socket_connect_timeout": 0.2},
        )
        client.get(HELP_URL)
        timings = []
        for _ in range(3):
            started = time.monotonic()
            response = client.post(HELP_URL, intake_data())
            timings.append(time.monotonic() - started)
            assert response.status_code == 303
    finally:
        silent.close()
    assert IntakeRequest.objects.count() == 3
    assert max(timings) < 1.0
    assert sum(timings[1:]) < 0.5  # the breaker skips the hung cache after one timeout


def test_limit_still_applies_with_a_working_cache(client, help_page, settings):
    settings.FORM_PROTECTION = {**settings.FORM_PROTECTION, "RATE_LIMIT": 2}
    statuses = [client.post(HELP_URL, intake_data()).status_code for _ in range(3)]
    assert statuses == [303, 303, 429]
