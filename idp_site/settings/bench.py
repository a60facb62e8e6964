"""`manage.py bench` only: production settings on a throwaway database, with the
/bench/plain/ ceiling URL. The command sets every required variable itself."""

import os

from .production import *  # noqa: F401,F403

ROOT_URLCONF = "idp_site.devtools.bench.urls"
# The plain view is a ceiling for the whole middleware stack: never answer it from cache.
PAGE_CACHE_EXCLUDED_PATHS = [*PAGE_CACHE_EXCLUDED_PATHS, "/bench/"]  # noqa: F405
STATIC_ROOT = os.path.join(os.environ["BENCH_TMP"], "static")
# Kept between runs (--reuse-db): the demo-size and the large database share the images.
MEDIA_ROOT = os.environ.get("BENCH_MEDIA") or os.path.join(os.environ["BENCH_TMP"], "media")
# The bench serves two databases at once (demo size and large) through one Redis
# database: each keeps its cached rows (menus, settings, content version) apart.
CACHES = cache_settings(REDIS_URL, prefix=f"bench-{DATABASES['default']['NAME']}")  # noqa: F405
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "ERROR"}}

# The bench loads demo content and generates its content set in these processes.
INSTALLED_APPS = [*INSTALLED_APPS, "idp_site.devtools"]  # noqa: F405
