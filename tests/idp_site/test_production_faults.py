"""Production settings for surviving faults, read from the environment as in
tests/idp_site/test_production_settings.py: database connections are health-checked,
mail waits are bounded (only the worker waits), and a CDN purge is switched on by a
Cloudflare zone and token or an HTTP purge URL."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
REQUIRED = {
    "SECRET_KEY": "x" * 50,
    "ALLOWED_HOSTS": "www.example.org",
    "DATABASE_URL": "postgres://idp:pw@db:5432/idp",
    "WAGTAILADMIN_BASE_URL": "https://www.example.org",
    "INTAKE_ENCRYPTION_KEYS": "F5sGwSd8jT4n0n1X0ZfQ0o6kq3c1k2CqS0bW2Qk3v8E=",
}
PROBE = """
import json
from idp_site.settings import production as s
print(json.dumps({
    "health_checks": s.DATABASES["default"]["CONN_HEALTH_CHECKS"],
    "email_timeout": s.EMAIL_TIMEOUT,
    "frontend_cache": s.WAGTAILFRONTENDCACHE,
    "app": "wagtail.contrib.frontend_cache" in s.INSTALLED_APPS,
}))
"""


def _production(**extra):
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("CLOUDFLARE_", "FRONTEND_CACHE", "EMAIL_"))
    }
    env.update(REQUIRED, **extra)
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return subprocess.run(  # noqa: S603
        [sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True
    )


def _settings(**extra):
    result = _production(**extra)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_connections_are_health_checked_and_mail_waits_are_bounded():
    conf = _settings()
    assert conf["health_checks"] is True
    assert conf["email_timeout"] == 10
    assert _settings(EMAIL_TIMEOUT="3")["email_timeout"] == 3


def test_no_cdn_purge_unless_configured():
    conf = _settings()
    assert conf["frontend_cache"] == {} and conf["app"] is True


def test_cloudflare_zone_and_token_switch_on_its_purge():
    conf = _settings(CLOUDFLARE_ZONE_ID="zone123", CLOUDFLARE_API_TOKEN="tok")
    assert conf["frontend_cache"] == {
        "cloudflare": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "ZONEID": "zone123",
            "BEARER_TOKEN": "tok",
        }
    }


def test_a_zone_without_a_token_refuses_to_start():
    result = _production(CLOUDFLARE_ZONE_ID="zone123")
    assert result.returncode != 0
    assert "CLOUDFLARE_API_TOKEN must be set" in result.stderr


def test_http_purge_url_for_varnish_or_nginx():
    conf = _settings(FRONTEND_CACHE_PURGE_URL="http://varnish:6081")
    assert conf["frontend_cache"]["http"] == {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": "http://varnish:6081",
    }


@pytest.mark.django_db
def test_test_and_base_settings_health_check_connections(settings):
    assert settings.DATABASES["default"]["CONN_HEALTH_CHECKS"] is True
