"""Tests: fast and isolated. DATABASE_URL selects PostgreSQL, otherwise SQLite."""

import os

from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "test-only-secret-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = cache_settings("", prefix="test")  # noqa: F405
# Off so that query budgets and rendering tests see a real render; the page cache tests
# switch it on.
PAGE_CACHE_ENABLED = False
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# A folder per pytest-xdist worker ("gw0", "gw1"...; `make test` runs two): workers
# write and clear their media side by side. The app servers the fault tests start
# inherit the variable, and so their worker's folder.
MEDIA_ROOT = BASE_DIR / ".test-media" / os.environ.get("PYTEST_XDIST_WORKER", "main")  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"
INTAKE_ENCRYPTION_KEYS = ["aWRwLXRlc3Qtb25seS1pbnRha2Uta2V5LTAwMDAwMDA="]
# This process's own changes reset its read of the content version at once; tests of
# changes made by another process while the cache answers set the interval to 0. A long
# interval keeps query counts from depending on how long a test took.
CACHE_VERSION_DB_INTERVAL = 3600
CACHE_BREAKER_SECONDS = 1.0
# Fragments are kept as in production (PAGE_FRAGMENT_CACHE stays on): the query budgets
# measure what readers get; every test starts with empty caches (tests/conftest.py).

# Demo content, the benchmark and dev-only commands (never in production).
INSTALLED_APPS = [*INSTALLED_APPS, "idp_site.devtools"]  # noqa: F405

# A test database is thrown away: its commits need not wait for the disk (PostgreSQL's
# `synchronous_commit`; what other connections see is the same). The browser tests and
# other transactional tests commit after every statement.
add_postgresql_setting(DATABASES, "synchronous_commit=off")  # noqa: F405

# Submissions kept through a database outage: a folder of the tests' own, and no replay
# after each request (the tests replay when they mean to).
SUBMISSION_SPOOL_REDIS_URL = ""
SUBMISSION_SPOOL_DIR = str(BASE_DIR / ".test-spool")  # noqa: F405
SUBMISSION_SPOOL_REPLAY_SECONDS = 0
