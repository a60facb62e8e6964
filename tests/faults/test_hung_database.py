"""A database host that accepts connections and never answers (a hung server, or a
network that drops packets) costs a request or a worker a few seconds, not the system's
TCP timeout: the 503 page and the workers' retry depend on it."""

import time

import dj_database_url
import pytest
from django.db.utils import ConnectionHandler
from psycopg2 import OperationalError

from idp_site.settings.base import add_connect_timeout
from tests.faults.servers import HungServer


@pytest.fixture
def hung_database():
    server = HungServer().start()
    yield f"postgres://postgres@127.0.0.1:{server.port}/idp"
    server.stop()


def test_connecting_to_a_hung_database_gives_up_within_the_timeout(hung_database):
    databases = {"default": dj_database_url.parse(hung_database)}
    add_connect_timeout(databases, seconds=2)
    connection = ConnectionHandler(databases)["default"]
    started = time.monotonic()
    with pytest.raises(OperationalError):  # psycopg's, as Django's wrapper sees it
        connection.get_new_connection(connection.get_connection_params())
    assert time.monotonic() - started < 6


def test_the_site_sets_a_connect_timeout():
    from django.conf import settings

    assert settings.DATABASES["default"]["OPTIONS"]["connect_timeout"] == 5
