"""Settings of the app servers the database-outage tests start (test_database_outage.py):
the test settings on a PostgreSQL cluster of the test's own (DATABASE_URL), every cache
on a Redis of the test's own (REDIS_URL), the outage spool in Redis and in this server's
folder (SUBMISSION_SPOOL_DIR), and a quick opportunistic replay."""

import os

from idp_site.settings.test import *  # noqa: F401,F403

CACHES = cache_settings(os.environ["REDIS_URL"], prefix="outage")  # noqa: F405
PAGE_CACHE_ENABLED = True
PAGE_FRAGMENT_CACHE = True
CACHE_VERSION_DB_INTERVAL = 1.0
CACHE_BREAKER_SECONDS = 1.0
SUBMISSION_SPOOL_REDIS_URL = os.environ["REDIS_URL"]
SUBMISSION_SPOOL_DIR = os.environ["SUBMISSION_SPOOL_DIR"]
SUBMISSION_SPOOL_REPLAY_SECONDS = 1.0
# Thirty forms from one test client within a minute are not a flood here.
FORM_PROTECTION = {**FORM_PROTECTION, "RATE_LIMIT": 1000}  # noqa: F405
# Every log line of the app (the canary must be in none of them) goes to stderr.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}
