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
import json, sys
sys.argv = ARGV
from idp_site.settings import production as s
print(json.dumps({
    "health_checks": s.DATABASES["default"]["CONN_HEALTH_CHECKS"],
    "conn_max_age": s.DATABASES["default"]["CONN_MAX_AGE"],
    "workers_monitored": s.WORKERS_MONITORED,
    "heartbeat": s.WORKER_HEARTBEAT_SECONDS,
    "down_after": s.WORKER_DOWN_AFTER_SECONDS,
    "message_id_domain": s.NOTIFICATION_MESSAGE_ID_DOMAIN,
    "email_timeout": s.EMAIL_TIMEOUT,
    "frontend_cache": s.WAGTAILFRONTENDCACHE,
    "app": "wagtail.contrib.frontend_cache" in s.INSTALLED_APPS,
}))
"""


def _production(argv=("gunicorn",), **extra):
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("CLOUDFLARE_", "FRONTEND_CACHE", "EMAIL_"))
    }
    env.update(REQUIRED, **extra)
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return subprocess.run(  # noqa: S603
        [sys.executable, "-c", PROBE.replace("ARGV", repr(list(argv)))],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )


def _settings(argv=("gunicorn",), **extra):
    result = _production(argv, **extra)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_connections_are_health_checked_and_mail_waits_are_bounded():
    conf = _settings()
    assert conf["health_checks"] is True
    assert conf["email_timeout"] == 10
    assert _settings(EMAIL_TIMEOUT="3")["email_timeout"] == 3


def test_persistent_connections_for_gunicorn_never_under_runserver():
    assert _settings()["conn_max_age"] == 60
    # runserver starts a thread per browser connection: each would keep its own.
    assert _settings(("manage.py", "runserver", "0.0.0.0:8000"))["conn_max_age"] == 0


def test_a_dead_worker_shows_on_health_within_a_minute():
    conf = _settings()
    assert conf["workers_monitored"] == ["tasks", "notifications"]
    assert conf["heartbeat"] <= 15
    assert conf["heartbeat"] < conf["down_after"] <= 60
    assert conf["message_id_domain"] == "immdefense.org"
    assert _settings(DEFAULT_FROM_EMAIL="web@idp.example")["message_id_domain"] == "idp.example"


DEV_PROBE = "from idp_site.settings import dev; print(dev.DATABASES['default']['CONN_MAX_AGE'])"


def test_development_settings_keep_no_connection_between_requests():
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", DEV_PROBE],
        cwd=ROOT,
        env={**os.environ, "DATABASE_URL": REQUIRED["DATABASE_URL"]},
        capture_output=True,
        text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "0"


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
