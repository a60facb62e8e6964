"""A PostgreSQL outage (issue 29), on a PostgreSQL cluster, a Redis and two app servers
(gunicorn) of the test's own.

While the database is stopped for 30 s: pages the page cache holds answer 200, marked
stale; others answer 503 with the hotline; 20 help requests and 10 signatures posted
meanwhile (real form posts, with the tokens of forms fetched before the outage) are kept
encrypted, and once the database is back each is in it exactly once, decryptable with
the intake keys; the spool (Redis and the folders) is then empty; a canary typed into
every field is nowhere in clear (pg_dump, the servers' logs, every Redis value, the
spool files while they exist). With Redis stopped too they are kept on disk; with Redis
stopped and the folders not writable, each form comes back filled in with the hotline,
and sending it again later stores it once.

Slow (about four minutes): `pytest -m outage tests/faults/test_database_outage.py`."""

import html
import os
import re
import shutil
import signal
import socket
import stat
import subprocess
import sys
import time

import pytest
import redis
import requests
from django.conf import settings as django_settings

from idp_site.submissions.keys import get_fernet
from tests.faults.servers import PostgresServer, RedisServer, _pg_bin, free_port

pytestmark = pytest.mark.outage

OUTAGE_SECONDS = 30
HOTLINE = "(212) 725-6422"
HELP_CANARY = "QuokkaCanary5519"
HELP_PHONE = "(212) 555-0199"
SIGN_CANARY = "ZebraSigner8842"
HELP_URL = "/en/get-legal-help/"
STATEMENT_URL = "/en/campaigns/one-day/statement/"
CACHED = ["/en/", "/en/about/", "/en/work/"]
NOT_CACHED = "/en/contact/"
SPOOL_KEY = "idp:submission-spool"
TOKEN = re.compile(r'name="form_token" value="([^"]+)"')
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


# ---------------------------------------------------------------- the servers


class OutageSite:
    """The private cluster, the Redis and the two app servers, with their folders."""

    def __init__(self, folder):
        self.folder = folder
        self.postgres = PostgresServer()
        self.redis = RedisServer()
        self.ports = [free_port(), free_port()]
        self.spools = [folder / "spool-a", folder / "spool-b"]
        self.logs = [folder / "server-a.log", folder / "server-b.log"]
        self.processes = []

    def env(self, spool=None):
        return {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.faults.outage_settings",
            "DATABASE_URL": self.postgres.url,
            "REDIS_URL": self.redis.url,
            "SUBMISSION_SPOOL_DIR": str(spool or self.folder / "spool-setup"),
        }

    def prepare(self):
        self.postgres.start()
        self.redis.start()
        commands = (["manage.py", "migrate", "--noinput"], ["-m", "tests.faults.outage_content"])
        for command in commands:
            subprocess.run(  # noqa: S603
                [sys.executable, *command], env=self.env(), cwd=django_settings.BASE_DIR,
                check=True, capture_output=True, timeout=600,
            )  # fmt: skip

    def start_app_servers(self):
        for port, spool, log in zip(self.ports, self.spools, self.logs, strict=True):
            with open(log, "ab") as output:
                self.processes.append(
                    subprocess.Popen(  # noqa: S603
                        [
                            sys.executable,
                            "-m",
                            "gunicorn",
                            "idp_site.wsgi",
                            "--workers",
                            "1",
                            "--bind",
                            f"127.0.0.1:{port}",
                            "--log-level",
                            "info",
                            "--access-logfile",
                            "-",
                            "--error-logfile",
                            "-",
                        ],
                        env=self.env(spool),
                        cwd=django_settings.BASE_DIR,
                        start_new_session=True,
                        stdout=output,
                        stderr=output,
                    )  # fmt: skip
                )
        for port in self.ports:
            deadline = time.monotonic() + 30
            while True:
                try:
                    socket.create_connection(("127.0.0.1", port), 0.2).close()
                    break
                except OSError:
                    assert time.monotonic() < deadline, "gunicorn did not start"
                    time.sleep(0.1)

    def stop(self):
        for process in self.processes:
            os.killpg(process.pid, signal.SIGQUIT)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        self.redis.stop()
        self.postgres.remove()

    # ------------------------------------------------------------ reading state

    def counts(self):
        """(help requests, signatures) in the database now."""
        return self.count("pages_intakerequest"), self.count("campaigns_signatory")

    def count(self, table):
        return self.postgres.sql(self.postgres.database, f"SELECT count(*) FROM {table}")[0][0]  # noqa: S608

    def redis_client(self):
        return redis.Redis(port=self.redis.port, socket_timeout=2)

    def redis_values(self):
        """Every key and value Redis holds, as bytes (hash fields and values too)."""
        client = self.redis_client()
        found = []
        for key in client.scan_iter(count=500):
            kind = client.type(key)
            if kind == b"hash":
                for field, value in client.hgetall(key).items():
                    found += [key, field, value]
            elif kind == b"string":
                found += [key, client.get(key) or b""]
            else:
                found += [key, client.dump(key) or b""]
        return found

    def spool_files(self):
        return [path for spool in self.spools if spool.is_dir() for path in spool.glob("*.spool")]

    def dump(self):
        return subprocess.run(  # noqa: S603
            [_pg_bin("pg_dump"), "-h", "127.0.0.1", "-p", str(self.postgres.port), "-U",
             "postgres", "--data-only", self.postgres.database],
            check=True, capture_output=True, timeout=120,
        ).stdout.decode()  # fmt: skip


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    site = OutageSite(tmp_path_factory.mktemp("outage"))
    try:
        site.prepare()
        site.start_app_servers()
        yield site
    finally:
        site.stop()


# ---------------------------------------------------------------- a reader


class Reader:
    """A browser on one app server: cookies, the Host header, nothing else."""

    def __init__(self, port):
        self.base = f"http://127.0.0.1:{port}"
        self.session = requests.Session()
        self.session.headers["Host"] = "testserver"

    def get(self, path):
        return self.session.get(self.base + path, timeout=10, allow_redirects=False)

    def post(self, path, data):
        return self.session.post(self.base + path, data=data, timeout=10, allow_redirects=False)

    def open_form(self, path):
        """The hidden fields of a freshly rendered form."""
        response = self.get(path)
        assert response.status_code == 200, response.status_code
        page = response.text
        return {
            "form_token": html.unescape(TOKEN.search(page).group(1)),
            "csrfmiddlewaretoken": CSRF.search(page).group(1),
            "homepage_url": "",
        }


def help_answers(run, number):
    return {
        "name": f"Nick {HELP_CANARY} {run}-{number}",
        "phone": HELP_PHONE,
        "email": f"{HELP_CANARY.lower()}.{run}.{number}@example.org",
        "safe_to_leave_message": "no",
        "best_times": f"evenings {HELP_CANARY}",
        "language": "other",
        "language_other": f"Wolof {HELP_CANARY}",
        "who_needs_help": "family_friend",
        "urgency": "detained",
        "message": f"My brother {HELP_CANARY} was taken this morning ({run}-{number}).",
        "acknowledged": "on",
    }


def sign_answers(run, number):
    return {
        "kind": "organization",
        "organization_name": f"Harbor {SIGN_CANARY} {run}-{number}",
        "contact_name": f"Rosa {SIGN_CANARY}",
        "title": f"Director {SIGN_CANARY}",
        "email": f"{SIGN_CANARY.lower()}.{run}.{number}@example.org",
        "city": f"Bronx {SIGN_CANARY}",
        "acknowledged": "on",
    }


def open_forms(site, run):
    """20 help forms and 10 statement forms, opened before the outage on both servers:
    (reader, path, data) for each post to come."""
    readers = [Reader(port) for port in site.ports]
    posts = []
    for number in range(20):
        reader = readers[number % 2]
        form = reader.open_form(HELP_URL)
        posts.append((reader, HELP_URL, {**form, **help_answers(run, number)}))
    for number in range(10):
        reader = readers[number % 2]
        form = reader.open_form(STATEMENT_URL)
        posts.append((reader, STATEMENT_URL, {**form, **sign_answers(run, number)}))
    return posts


def warm_cache(site):
    for port in site.ports:
        reader = Reader(port)
        for path in CACHED:
            reader.get(path)
            response = reader.get(path)
            assert response.status_code == 200
            assert response.headers.get("X-Page-Cache") == "hit", (port, path)


def wait_for_fill_time(since):
    # The form protection flags a form sent within 3 s of opening it as too fast.
    time.sleep(max(0.0, since + 3.5 - time.monotonic()))


def assert_outage_pages(site, cache_up):
    for port in site.ports:
        reader = Reader(port)
        for path in CACHED:
            response = reader.get(path)
            if cache_up:
                assert response.status_code == 200, (port, path)
                assert response.headers["X-Page-Cache"] == "stale"
                assert "no-store" in response.headers["Cache-Control"]
            else:
                assert response.status_code == 503, (port, path)
        response = reader.get(NOT_CACHED)
        assert response.status_code == 503
        assert HOTLINE in response.text
        assert response.headers["Retry-After"] == "60"
        assert "no-store" in response.headers["Cache-Control"]


def canary_in(blob):
    text = blob.decode(errors="replace") if isinstance(blob, bytes) else str(blob)
    text = text.lower()
    return any(c.lower() in text for c in (HELP_CANARY, SIGN_CANARY, "555-0199"))


def assert_spool_sealed(site, expected_entries, where):
    """What the spool holds now: `expected_entries` entries, in `where`, all sealed."""
    client = site.redis_client()
    files = site.spool_files()
    if where == "redis":
        assert client.hlen(SPOOL_KEY) == expected_entries
        assert files == []
        for value in client.hvals(SPOOL_KEY):
            assert get_fernet().decrypt(value)  # the intake keys open it
    else:
        assert len(files) == expected_entries
        for path in files:
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
            assert get_fernet().decrypt(path.read_bytes())
            assert not canary_in(path.read_bytes()), path
    if where == "redis":
        assert not any(canary_in(value) for value in site.redis_values())


def wait_until_stored(site, help_before, signed_before, timeout=30):
    """Readers keep reading; each app server replays its spool after a response."""
    deadline = time.monotonic() + timeout
    readers = [Reader(port) for port in site.ports]
    while time.monotonic() < deadline:
        for reader in readers:
            reader.get("/en/")
        done = (
            site.count("pages_intakerequest") >= help_before + 20
            and site.count("campaigns_signatory") >= signed_before + 10
            and not site.spool_files()
            and site.redis_client().hlen(SPOOL_KEY) == 0
        )
        if done:
            return
        time.sleep(0.5)
    raise AssertionError("the kept submissions did not all reach the database")


def assert_stored_once(site, run):
    """Each of this run's 20 requests and 10 signatures is in the database exactly
    once, and the requests open with the intake keys."""
    rows = site.postgres.sql(
        site.postgres.database, "SELECT name, status, spam_reasons FROM pages_intakerequest"
    )
    names = [get_fernet().decrypt(row[0].encode()).decode() for row in rows]
    mine = sorted(name for name in names if f" {run}-" in name)
    assert mine == sorted(help_answers(run, n)["name"] for n in range(20))
    assert all(row[1] == "new" and row[2] == "" for row in rows)
    signed = site.postgres.sql(
        site.postgres.database,
        "SELECT organization_name FROM campaigns_signatory"
        f" WHERE organization_name LIKE '% {run}-%'",  # noqa: S608
    )
    assert sorted(r[0] for r in signed) == sorted(
        sign_answers(run, n)["organization_name"] for n in range(10)
    )


def assert_no_canary_anywhere(site):
    dump = site.dump()
    # Signatures are not encrypted (the public list shows them): only their own table
    # may hold what signers typed. Help requests are encrypted everywhere.
    signatures = re.compile(r"COPY public\.campaigns_signatory .*?\n\\\.\n", re.S)
    outside_signatures = signatures.sub("", dump)
    assert HELP_CANARY.lower() not in dump.lower()
    assert "555-0199" not in dump
    assert not canary_in(outside_signatures)
    for log in site.logs:
        assert not canary_in(log.read_bytes()), log
    assert not any(canary_in(value) for value in site.redis_values())
    assert site.spool_files() == []


def post_all(posts):
    return [reader.post(path, data) for reader, path, data in posts]


# ---------------------------------------------------------------- the tests


def test_database_outage_keeps_cached_pages_and_every_form_in_redis(site):
    warm_cache(site)
    help_before, signed_before = site.counts()
    posts = open_forms(site, "r")
    opened = time.monotonic()
    site.postgres.stop()
    stopped = time.monotonic()
    try:
        time.sleep(1.5)  # the content version's database half is reread every second
        assert_outage_pages(site, cache_up=True)
        wait_for_fill_time(opened)
        answers = post_all(posts)
        answers.append(post_all(posts[:1])[0])  # the same rendered form sent twice
        for answer in answers:
            assert answer.status_code == 200
            assert "We received what you sent" in answer.text
            assert "no-store" in answer.headers["Cache-Control"]
            assert not canary_in(answer.text)
        assert_spool_sealed(site, 30, "redis")
        time.sleep(max(0.0, stopped + OUTAGE_SECONDS - 2 - time.monotonic()))
        assert_outage_pages(site, cache_up=True)
    finally:
        site.postgres.start()
    wait_until_stored(site, help_before, signed_before)
    assert_stored_once(site, "r")
    assert_no_canary_anywhere(site)


def test_database_and_redis_outage_keeps_every_form_on_disk(site):
    help_before, signed_before = site.counts()
    posts = open_forms(site, "d")
    opened = time.monotonic()
    site.postgres.stop()
    site.redis.stop()
    stopped = time.monotonic()
    try:
        time.sleep(1.5)
        assert_outage_pages(site, cache_up=False)
        wait_for_fill_time(opened)
        answers = post_all(posts)
        answers.append(post_all(posts[-1:])[0])
        for answer in answers:
            assert answer.status_code == 200
            assert "We received what you sent" in answer.text
        assert_spool_sealed(site, 30, "disk")
        time.sleep(max(0.0, stopped + OUTAGE_SECONDS - time.monotonic()))
    finally:
        site.redis.start()
        site.postgres.start()
    wait_until_stored(site, help_before, signed_before)
    assert_stored_once(site, "d")
    assert_no_canary_anywhere(site)


def test_nothing_can_keep_a_form_so_it_comes_back_filled_in(site):
    help_before, signed_before = site.counts()
    posts = open_forms(site, "f")
    opened = time.monotonic()
    site.postgres.stop()
    site.redis.stop()
    for spool in site.spools:  # a file where the folder should be: nothing can be written
        shutil.rmtree(spool, ignore_errors=True)
        spool.write_text("not a folder")
    stopped = time.monotonic()
    try:
        wait_for_fill_time(opened)
        returned = []
        for (reader, path, data), answer in zip(posts, post_all(posts), strict=True):
            assert answer.status_code == 503
            assert "Your form was not sent" in answer.text and HOTLINE in answer.text
            assert "no-store" in answer.headers["Cache-Control"]
            page = html.unescape(answer.text)
            for name in ("name", "organization_name", "email", "message", "best_times"):
                if name in data:
                    assert data[name] in page, name  # everything typed is still there
            again = {**data, "form_token": html.unescape(TOKEN.search(answer.text).group(1))}
            assert again["form_token"] == data["form_token"]
            returned.append((reader, path, again))
        time.sleep(max(0.0, stopped + OUTAGE_SECONDS - time.monotonic()))
    finally:
        for spool in site.spools:
            spool.unlink()
        site.redis.start()
        site.postgres.start()
    time.sleep(2)  # the servers' connections and cache breakers notice the return
    assert site.count("pages_intakerequest") == help_before
    assert site.count("campaigns_signatory") == signed_before
    # The reader sends the returned form again, twice: each is stored once.
    for answer in post_all(returned) + post_all(returned):
        assert answer.status_code == 303, answer.status_code
    assert_stored_once(site, "f")
    assert site.count("pages_intakerequest") == help_before + 20
    assert site.count("campaigns_signatory") == signed_before + 10
    assert_no_canary_anywhere(site)
