"""`manage.py bench` only: production settings on a throwaway database, with the
/bench/plain/ ceiling URL. The command sets every required variable itself."""

import os

from .production import *  # noqa: F401,F403

ROOT_URLCONF = "idp_site.devtools.bench.urls"
# The plain view is a ceiling for the whole middleware stack: never answer it from cache.
PAGE_CACHE_EXCLUDED_PATHS = [*PAGE_CACHE_EXCLUDED_PATHS, "/bench/"]  # noqa: F405
STATIC_ROOT = os.path.join(os.environ["BENCH_TMP"], "static")
MEDIA_ROOT = os.path.join(os.environ["BENCH_TMP"], "media")
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "ERROR"}}

# The bench loads demo content and generates its content set in these processes.
INSTALLED_APPS = [*INSTALLED_APPS, "idp_site.devtools"]  # noqa: F405
