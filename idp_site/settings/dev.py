"""Development: zero setup. SQLite unless DATABASE_URL is set, console email, DEBUG."""

import os

from .base import *  # noqa: F401,F403

DEBUG = True
# runserver starts a thread per browser connection: a connection kept per thread piled
# up to PostgreSQL's limit (issue 29). Each request closes its own.
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
SECRET_KEY = "django-insecure-development-only-key-never-use-in-production"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# A fixed, public development key: never holds real data. Set INTAKE_ENCRYPTION_KEYS to
# override it.
INTAKE_ENCRYPTION_KEYS = INTAKE_ENCRYPTION_KEYS or [  # noqa: F405
    "aWRwLWRldmVsb3BtZW50LW9ubHktaW50YWtlLWtleSE="
]

# Template and code edits show at once; set PAGE_CACHE=1 to try the page cache locally.
PAGE_CACHE_ENABLED = os.environ.get("PAGE_CACHE") == "1"
PAGE_FRAGMENT_CACHE = PAGE_CACHE_ENABLED

# Demo content, the benchmark and dev-only commands (never in production).
INSTALLED_APPS = [*INSTALLED_APPS, "idp_site.devtools"]  # noqa: F405
