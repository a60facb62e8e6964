"""The site pointed at a Redis of the tests' own (see servers.py), with every cache on."""

import pytest
from django.conf import settings as django_settings
from django.core.cache import caches

from idp_site.caching.backend import reset_breakers
from idp_site.settings.base import cache_settings
from tests.faults.servers import HungServer, PostgresServer, RedisServer


def use_cache_server(settings, url, prefix="faults"):
    """Point the "default" and "pages" aliases at `url`, as production does (`prefix`:
    the key prefix every process of one site shares)."""
    settings.CACHES = cache_settings(url, prefix=prefix)
    reset_breakers()


def server_env(redis_url):
    """The environment of an app server of these tests (servers.AppServer): the settings
    in server_settings.py on the test database, every cache on `redis_url`."""
    database = django_settings.DATABASES["default"]
    return {
        "DJANGO_SETTINGS_MODULE": "tests.faults.server_settings",
        "DATABASE_URL": f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}"
        f"/{database['NAME']}",
        "REDIS_URL": redis_url,
    }


@pytest.fixture
def redis_server():
    server = RedisServer().start()
    yield server
    server.stop()


@pytest.fixture
def hung_server():
    server = HungServer().start()
    yield server
    server.stop()


@pytest.fixture
def all_caches_on(settings, redis_server):
    settings.PAGE_CACHE_ENABLED = True
    settings.PAGE_FRAGMENT_CACHE = True
    settings.CACHE_BREAKER_SECONDS = 1.0
    use_cache_server(settings, redis_server.url)
    yield
    for alias in ("default", "pages"):
        caches[alias].close()


@pytest.fixture
def postgres_server():
    """A PostgreSQL cluster of the test's own (see servers.PostgresServer)."""
    server = PostgresServer().start()
    yield server
    server.remove()
