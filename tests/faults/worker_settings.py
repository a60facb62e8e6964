"""Settings of the workers (and the app server that reports on them) that the worker
fault tests start as subprocesses: the test settings on the database of DATABASE_URL,
tasks queued in that database, mail to the SMTP stub on EMAIL_PORT, the caches on the
Redis of REDIS_URL (local memory without it), and heartbeats short enough that a test
sees a dead worker in seconds (the mechanism is production's; only the times differ)."""

import os

from idp_site.settings.test import *  # noqa: F401,F403

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
if os.environ.get("REDIS_URL"):
    CACHES = cache_settings(os.environ["REDIS_URL"], prefix="workers")  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "127.0.0.1"
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_USE_TLS = False
EMAIL_TIMEOUT = 2
WORKERS_MONITORED = ["tasks", "notifications"]
WORKER_HEARTBEAT_SECONDS = float(os.environ.get("WORKER_HEARTBEAT_SECONDS", "1"))
WORKER_DOWN_AFTER_SECONDS = float(os.environ.get("WORKER_DOWN_AFTER_SECONDS", "5"))
# A short first wait, so that a test's outage ends in the workers' next few tries.
WORKER_RETRY_SECONDS = (0.5, 4.0)
