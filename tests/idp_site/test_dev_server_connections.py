"""The development server keeps no database connection per thread (issue 29): runserver
starts a thread per browser connection, and a persistent database connection in each
stayed open for as long as the browser kept its connection alive. `manage.py
runserver` with the development settings serves 200 requests over ten kept-alive
connections; the test database then has no more connections than before."""

import http.client
import os
import subprocess
import sys
import time

import pytest
from django.conf import settings as django_settings
from django.db import connection

from tests.faults.servers import free_port

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

URLS = ["/en/", "/health/", "/admin/login/", "/en/no-such-page/"]


def _database_url():
    db = connection.settings_dict
    return f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def _others():
    """Connections to the test database other than this test's own."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        return cursor.fetchone()[0]


@pytest.fixture
def dev_server(tmp_path):
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "idp_site.settings.dev",
        "DATABASE_URL": _database_url(),
    }
    log = open(tmp_path / "runserver.log", "wb")  # noqa: SIM115
    process = subprocess.Popen(  # noqa: S603
        [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
        cwd=django_settings.BASE_DIR, env=env, stdout=log, stderr=log,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                _get(http.client.HTTPConnection("127.0.0.1", port, timeout=5), "/health/")
                break
            except OSError:
                assert process.poll() is None, (tmp_path / "runserver.log").read_text()
                assert time.monotonic() < deadline, "runserver did not start"
                time.sleep(0.2)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=10)
        log.close()


def _get(client, url):
    client.request("GET", url, headers={"Host": "127.0.0.1"})
    response = client.getresponse()
    response.read()
    return response.status


def test_runserver_holds_no_connection_per_browser_connection(home, site_settings, dev_server):
    time.sleep(0.5)  # the first request's thread has closed its client connection
    before = _others()
    browsers = [http.client.HTTPConnection("127.0.0.1", dev_server, timeout=10) for _ in range(10)]
    statuses = set()
    for request in range(200):  # kept alive, as a browser keeps its connections
        client = browsers[request % len(browsers)]
        statuses.add(_get(client, URLS[request % len(URLS)]))
    time.sleep(0.5)
    during = _others()
    for client in browsers:
        client.close()
    print(f"\ndatabase connections: {before} before, {during} after 200 requests")
    assert statuses <= {200, 302, 404}
    assert during - before <= 1
