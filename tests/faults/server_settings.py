"""Settings of the app servers the two-process tests start: the test settings on the
test database, with every cache on a Redis of the tests' own (REDIS_URL)."""

import os

from idp_site.settings.test import *  # noqa: F401,F403

CACHES = cache_settings(os.environ["REDIS_URL"], prefix="two-servers")  # noqa: F405
PAGE_CACHE_ENABLED = True
PAGE_FRAGMENT_CACHE = True
CACHE_VERSION_DB_INTERVAL = 1.0
CACHE_BREAKER_SECONDS = 1.0
