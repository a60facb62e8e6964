"""Production settings switch on Redis and S3-compatible media from the environment.

Each case imports `idp_site.settings.production` in a fresh interpreter with a chosen
environment (settings are read once per process) and reads back what it configured.
No network: nothing here talks to Redis or to a bucket."""

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
from django.utils.module_loading import import_string
print(json.dumps({
    "storages": s.STORAGES,
    "caches": s.CACHES,
    "page_cache": s.PAGE_CACHE_ENABLED,
    "storage_class": import_string(s.STORAGES["default"]["BACKEND"]).__name__,
}))
"""


def _production(**extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "REDIS", "PAGE_"))}
    env.update(REQUIRED, **extra)
    env.pop("DJANGO_SETTINGS_MODULE", None)
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_s3_media_when_a_bucket_is_named():
    conf = _production(
        AWS_STORAGE_BUCKET_NAME="idp-media",
        AWS_S3_ENDPOINT_URL="https://s3.example.net",
        AWS_S3_REGION_NAME="fr-par",
    )
    default = conf["storages"]["default"]
    assert default["BACKEND"] == "storages.backends.s3.S3Storage"
    assert conf["storage_class"] == "S3Storage"
    assert default["OPTIONS"]["bucket_name"] == "idp-media"
    assert default["OPTIONS"]["endpoint_url"] == "https://s3.example.net"
    assert default["OPTIONS"]["region_name"] == "fr-par"
    assert default["OPTIONS"]["querystring_auth"] is True
    assert default["OPTIONS"]["file_overwrite"] is False
    assert "custom_domain" not in default["OPTIONS"]
    # Static files stay with WhiteNoise.
    assert conf["storages"]["staticfiles"]["BACKEND"].startswith("whitenoise.")


def test_public_custom_domain_drops_signed_urls():
    conf = _production(
        AWS_STORAGE_BUCKET_NAME="idp-media", AWS_S3_CUSTOM_DOMAIN="media.example.org"
    )
    options = conf["storages"]["default"]["OPTIONS"]
    assert options["custom_domain"] == "media.example.org"
    assert options["querystring_auth"] is False
    assert "endpoint_url" not in options


def test_local_disk_and_no_page_cache_without_bucket_or_redis():
    conf = _production()
    assert conf["storages"]["default"]["BACKEND"].endswith("FileSystemStorage")
    assert conf["caches"]["pages"]["BACKEND"].endswith("LocMemCache")
    assert conf["page_cache"] is False


def test_redis_url_selects_redis_for_both_aliases_and_enables_the_page_cache():
    conf = _production(REDIS_URL="redis://cache:6379/0")
    for alias in ("default", "pages"):
        # Django's Redis backend, failing soft, with short socket timeouts (issue 14).
        assert conf["caches"][alias]["BACKEND"] == "idp_site.caching.backend.FailSoftRedisCache"
        assert conf["caches"][alias]["LOCATION"] == "redis://cache:6379/0"
        options = conf["caches"][alias]["OPTIONS"]
        assert 0.1 <= options["socket_connect_timeout"] <= 0.25
        assert 0.1 <= options["socket_timeout"] <= 0.25
    assert conf["caches"]["default"]["KEY_PREFIX"] != conf["caches"]["pages"]["KEY_PREFIX"]
    assert conf["page_cache"] is True
    assert _production(REDIS_URL="redis://cache:6379/0", PAGE_CACHE="off")["page_cache"] is False


@pytest.mark.parametrize("missing", sorted(REQUIRED))
def test_production_refuses_to_start_without_required_settings(missing):
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    env.update(REQUIRED)
    env.pop(missing)
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", "import idp_site.settings.production"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert missing in result.stderr
