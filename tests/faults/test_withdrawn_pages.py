"""A page made private, unpublished or deleted in the admin of one app server is never
served publicly again once the editor's request has returned: not by the other server,
not by the other worker of the same server (each process keeps its own copies of
routes, view restrictions and fragments), with Redis up, stopped or hung (issue 29).

Two gunicorn servers of two workers each share the test database and a cache server of
the test's own. The editor's change is a real admin request to the first server; while
it runs, concurrent pollers (two per server, so both workers answer) ask each server
for the page every 100 ms and note when each request started."""

import http.client
import threading
import time
from dataclasses import dataclass
from urllib.parse import urlencode

import pytest
from django.conf import settings as django_settings
from django.test import Client
from wagtail.models import Page, PageViewRestriction

from pages.models import StandardPage
from tests.conftest import add_page, login_with_mfa
from tests.faults.conftest import server_env, use_cache_server
from tests.faults.servers import AppServer, HungServer, RedisServer

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

URL = "/en/about/"
PREFIX = "two-servers"  # as in server_settings.py: one site, one prefix
TEXT = "Original intro."
CSRF = "c" * 32  # the editor's CSRF cookie, sent back in the form as Django expects
POLLERS_PER_SERVER = 2
PERIOD = 0.1  # seconds between two polls of one poller
PUBLIC_BEFORE = 10  # public answers of each server before the change
AFTER_CHANGE = 2.5  # seconds of polling after it (more than CACHE_VERSION_DB_INTERVAL)
POLLS_AFTER = 10  # and at least this many polls of each server
# Seconds a poll may take: at most one Redis timeout (0.2 s) and a render from the
# database, on a machine whose two cores the tests share with other work.
SLOWEST = 2.0


@dataclass(frozen=True)
class Poll:
    port: int
    started: float
    finished: float
    status: object  # the HTTP status, or the error
    public: bool  # 200 with the page's own text


def _get(port):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request("GET", URL, headers={"Host": "testserver"})
        response = conn.getresponse()
        return response.status, response.read().decode()
    finally:
        conn.close()


class Pollers:
    """Threads asking each server for the page every PERIOD seconds."""

    def __init__(self, ports):
        self.polls = []
        self._stop = threading.Event()
        self._threads = [
            threading.Thread(target=self._poll, args=(port,), daemon=True)
            for port in ports
            for _ in range(POLLERS_PER_SERVER)
        ]

    def start(self):
        for thread in self._threads:
            thread.start()
        return self

    def stop(self):
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=15)
        return list(self.polls)

    def wait_for_public(self, ports, count, timeout=30.0):
        """Wait until each server has served the page publicly `count` times."""
        deadline = time.monotonic() + timeout
        while not all(self._public_on(port) >= count for port in ports):
            seen = {port: self._public_on(port) for port in ports}
            assert time.monotonic() < deadline, f"public answers so far: {seen}"
            time.sleep(PERIOD)

    def wait_for_polls(self, ports, since, count, timeout=30.0):
        """Wait until each server has answered `count` polls started after `since`."""
        deadline = time.monotonic() + timeout
        while not all(self._answered_on(port, since) >= count for port in ports):
            assert time.monotonic() < deadline, "the servers stopped answering"
            time.sleep(PERIOD)

    def _answered_on(self, port, since):
        return sum(1 for poll in list(self.polls) if poll.port == port and poll.started > since)

    def _public_on(self, port):
        return sum(1 for poll in list(self.polls) if poll.port == port and poll.public)

    def _poll(self, port):
        while not self._stop.is_set():
            started = time.monotonic()
            try:
                status, body = _get(port)
            except OSError as error:
                status, body = repr(error), ""
            finished = time.monotonic()
            self.polls.append(Poll(port, started, finished, status, status == 200 and TEXT in body))
            self._stop.wait(max(0.0, started + PERIOD - time.monotonic()))


@dataclass(frozen=True)
class Change:
    """An editor's admin request that withdraws the page, and how readers then see it."""

    action: str  # the admin URL's last part
    fields: dict
    answer: int  # the admin's status
    readers_get: int  # the status readers get afterwards

    def done(self, page_id):
        if self.action == "privacy":
            return PageViewRestriction.objects.filter(page_id=page_id).exists()
        if self.action == "unpublish":
            return not Page.objects.get(pk=page_id).live
        return not Page.objects.filter(pk=page_id).exists()


CHANGES = {
    "private": Change("privacy", {"restriction_type": "password", "password": "s3cret"}, 200, 200),
    "unpublish": Change("unpublish", {}, 302, 404),
    "delete": Change("delete", {}, 302, 404),
}


class CacheServer:
    """The cache server of one mode: a Redis that answers throughout ("up"), a Redis
    stopped once both servers cached the page ("stopped"), or a server that never
    answers, from the start ("hung")."""

    def __init__(self, mode):
        self.mode = mode
        self.server = HungServer() if mode == "hung" else RedisServer()
        self.url = None

    def start(self):
        self.server.start()
        self.url = self.server.url
        return self

    def answering_as_before(self):
        """Start the Redis that the previous test stopped."""
        if self.mode == "stopped" and self.server.process is None:
            self.server.start()

    def fail(self):
        if self.mode == "stopped":
            self.server.stop()

    def stop(self):
        self.server.stop()


@pytest.fixture(scope="module", params=["up", "stopped", "hung"])
def cache_server(request):
    server = CacheServer(request.param).start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def app_servers(django_db_setup, cache_server, tmp_path_factory):
    env = server_env(cache_server.url)
    logs = tmp_path_factory.mktemp("app-servers")
    servers = [
        AppServer(env, django_settings.BASE_DIR, workers=2, log=logs / f"server-{n}.log")
        for n in range(2)
    ]
    try:
        for server in servers:
            server.start()
        yield [server.port for server in servers]
    finally:
        for server in servers:
            server.stop()


@pytest.fixture
def editor(make_user):
    """The Cookie header of a signed-in administrator (sessions are in the database)."""
    client = Client()
    login_with_mfa(client, make_user("editor", superuser=True))
    names = django_settings.SESSION_COOKIE_NAME, django_settings.CSRF_COOKIE_NAME
    return f"{names[0]}={client.cookies[names[0]].value}; {names[1]}={CSRF}"


@pytest.fixture
def about(settings, cache_server, home, site_settings, app_servers):
    """The page, public and served by both servers; this test process, which creates
    it, uses the same cache server."""
    cache_server.answering_as_before()
    use_cache_server(settings, cache_server.url, prefix=PREFIX)
    settings.PAGE_CACHE_ENABLED = True
    page = add_page(
        home, StandardPage(title="About us", slug="about", intro=TEXT, search_description="x")
    )
    deadline = time.monotonic() + 30  # a busy machine: a worker's first render is slow
    for port in app_servers:
        while _status(port) != 200:
            assert time.monotonic() < deadline, f"the page is not served on {port}"
            time.sleep(0.05)
    return page


def _status(port):
    try:
        return _get(port)[0]
    except OSError as error:
        return error


def _admin_post(port, path, cookie, fields):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        body = urlencode({"csrfmiddlewaretoken": CSRF, **fields})
        headers = {
            "Host": "testserver",
            "Cookie": cookie,
            "Content-Type": "application/x-www-form-urlencoded",
        }
        conn.request("POST", path, body, headers)
        response = conn.getresponse()
        response.read()
        return response.status
    finally:
        conn.close()


def _by_port(polls):
    found = {}
    for poll in polls:
        found.setdefault(poll.port, []).append(poll)
    return found


@pytest.mark.parametrize("name", list(CHANGES))
def test_a_withdrawn_page_is_never_served_publicly_once_the_change_returned(
    about, app_servers, cache_server, editor, name
):
    change = CHANGES[name]
    cache_server.fail()  # "stopped": after both servers cached the page in it
    pollers = Pollers(app_servers).start()
    try:
        # Each worker serves the page (with Redis out, from the database and its own
        # copies).
        pollers.wait_for_public(app_servers, PUBLIC_BEFORE)
        sent = time.monotonic()
        path = f"/admin/pages/{about.pk}/{change.action}/"
        status = _admin_post(app_servers[0], path, editor, change.fields)
        returned = time.monotonic()
        time.sleep(AFTER_CHANGE)
        # A worker's first render of what readers now get may be slow on a busy machine.
        pollers.wait_for_polls(app_servers, returned, POLLS_AFTER)
    finally:
        polls = pollers.stop()

    assert status == change.answer and change.done(about.pk)
    after = _by_port(p for p in polls if p.started > returned)
    for port in app_servers:
        # Served publicly by this server before the change (above), and
        # never again after the change returned, by any of its workers; every poll
        # answered as readers should, without waiting on the cache server.
        assert len(after[port]) >= POLLS_AFTER, port
        public = [round(p.started - returned, 3) for p in after[port] if p.public]
        assert public == [], f"{port}: public {len(public)} times, at +{public} s"
        assert {p.status for p in after[port]} == {change.readers_get}, port
        assert max(p.finished - p.started for p in after[port]) < SLOWEST, port
    print(f"\n{name}: admin answered in {(returned - sent) * 1000:.0f} ms; "
          f"{sum(len(v) for v in after.values())} polls after it, none public")  # fmt: skip
