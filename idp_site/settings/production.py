"""Production: everything secret or site-specific comes from the environment.

There are deliberately no defaults: a missing variable stops the process at start-up
instead of running with a guessable key or an open host list.
"""

import os

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F401,F403


def require_env(name):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"The environment variable {name} must be set in production.")
    return value


DEBUG = False
SECRET_KEY = require_env("SECRET_KEY")
ALLOWED_HOSTS = [h.strip() for h in require_env("ALLOWED_HOSTS").split(",") if h.strip()]
DATABASES = {
    # Kept a minute by gunicorn's threads (0 under runserver) and checked before reuse.
    "default": dj_database_url.parse(
        require_env("DATABASE_URL"),
        conn_max_age=persistent_connection_seconds(),  # noqa: F405
        conn_health_checks=True,
    )
}
add_postgresql_setting(DATABASES, "random_page_cost=1.1")  # noqa: F405 - see base.py
add_connect_timeout(DATABASES)  # noqa: F405 - see base.py
CSRF_TRUSTED_ORIGINS = [
    o.strip() for o in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o.strip()
]
WAGTAILADMIN_BASE_URL = require_env("WAGTAILADMIN_BASE_URL")


def require_fernet_keys(name):
    """Comma-separated Fernet keys; refuses a missing or malformed key rather than
    failing later, when someone is trying to ask for help."""
    from cryptography.fernet import Fernet

    keys = [k.strip() for k in require_env(name).split(",") if k.strip()]
    for position, key in enumerate(keys, start=1):
        try:
            Fernet(key)
        except ValueError:
            raise ImproperlyConfigured(
                f"Key {position} of {name} is not a Fernet key (32 url-safe base64 bytes)."
            )
    return keys


INTAKE_ENCRYPTION_KEYS = require_fernet_keys("INTAKE_ENCRYPTION_KEYS")

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "true").lower() == "true"

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() == "true"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31_536_000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))  # seconds; only the worker waits

# Behind a reverse proxy, the number of proxies that append to X-Forwarded-For; the
# login throttle then keys on the address the outermost trusted proxy saw.
IDP_TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

# Page cache: only with Redis. With local memory each process would keep its own copy
# of every page. PAGE_CACHE=off switches it off without a deploy.
PAGE_CACHE_ENABLED = bool(REDIS_URL) and os.environ.get("PAGE_CACHE", "on").lower() != "off"  # noqa: F405
# Cached fragments (pages/templatetags/fragment_tags.py); FRAGMENT_CACHE=off renders all.
PAGE_FRAGMENT_CACHE = os.environ.get("FRAGMENT_CACHE", "on").lower() != "off"

# CDN purge (wagtail.contrib.frontend_cache): publishing or unpublishing a page purges
# its URLs, in every language, from the CDN at once instead of after s-maxage. Set a
# Cloudflare zone and an API token (Zone > Cache Purge permission), and/or the address
# of an HTTP purge endpoint (Varnish, nginx proxy_cache_purge), which gets a PURGE
# request per URL with the site's Host header.
WAGTAILFRONTENDCACHE = {}
if os.environ.get("CLOUDFLARE_ZONE_ID", "").strip():
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": require_env("CLOUDFLARE_ZONE_ID"),
        "BEARER_TOKEN": require_env("CLOUDFLARE_API_TOKEN"),
    }
if os.environ.get("FRONTEND_CACHE_PURGE_URL", "").strip():
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": require_env("FRONTEND_CACHE_PURGE_URL"),
    }

# Background tasks wait in the database (written with the change that asks for them)
# for `manage.py run_tasks` (docs/deploy.md): a publish never waits on a CDN purge.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# Both workers must run: /health/ says "down" within WORKER_DOWN_AFTER_SECONDS (60) of
# the last heartbeat of the last process of a kind.
WORKERS_MONITORED = ["tasks", "notifications"]

# Media on S3-compatible object storage (AWS S3, MinIO, Scaleway, OVH, Backblaze...), so
# app servers keep no state on disk. Set AWS_STORAGE_BUCKET_NAME to switch it on; the
# endpoint is needed for anything but AWS itself. Credentials come from
# AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (or the machine's role), read by boto3.
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "").strip()
if AWS_STORAGE_BUCKET_NAME:
    _s3_options = {
        "bucket_name": AWS_STORAGE_BUCKET_NAME,
        "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL", "").strip() or None,
        "region_name": os.environ.get("AWS_S3_REGION_NAME", "").strip() or None,
        "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN", "").strip() or None,
        # Objects are private; pages link to them through signed, expiring URLs unless a
        # public custom domain (a CDN in front of the bucket) is configured.
        "default_acl": None,
        "querystring_auth": not os.environ.get("AWS_S3_CUSTOM_DOMAIN", "").strip(),
        "file_overwrite": False,
        "object_parameters": {"CacheControl": "public, max-age=31536000, immutable"},
    }
    STORAGES = {
        **STORAGES,  # noqa: F405
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {k: v for k, v in _s3_options.items() if v is not None},
        },
    }
