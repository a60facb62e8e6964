"""A Redis of the tests' own, and the ways it fails: stopped, hung and full; and app
servers (gunicorn) to put in front of it.

Each server runs on a free port the system hands out, Redis with no persistence, and is
stopped when the test ends; nothing here touches the shared Redis on 6379. A PostgreSQL
cluster of the test's own, for database outages, is here too."""

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path


def free_port():
    """A port nothing listens on now (the system's pick; free until someone binds it)."""
    with socket.create_server(("127.0.0.1", 0)) as probe:
        return probe.getsockname()[1]


def unreachable_url():
    """A Redis URL where nothing listens: a stopped cache server."""
    return f"redis://127.0.0.1:{free_port()}/0"


def _wait_for_port(port, timeout=10.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
            return
        time.sleep(0.05)
    raise RuntimeError(f"nothing listens on port {port}")


class RedisServer:
    """`redis-server` on its own port, which a test can stop, restart and fill."""

    def __init__(self):
        self.port = free_port()  # kept across stop and start: a restart comes back here
        self.process = None

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        binary = shutil.which("redis-server")
        if binary is None:
            raise RuntimeError("redis-server is not installed")
        self.process = subprocess.Popen(  # noqa: S603
            [binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--maxmemory-policy", "noeviction"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        _wait_for_port(self.port)
        return self

    def stop(self):
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None

    def command(self, *args):
        import redis

        client = redis.Redis(port=self.port, socket_timeout=2)
        try:
            return client.execute_command(*args)
        finally:
            client.close()

    def fill(self):
        """Make it refuse every write, as a full server with `noeviction` does."""
        self.command("CONFIG", "SET", "maxmemory", "1")

    def unfill(self):
        self.command("CONFIG", "SET", "maxmemory", "0")


class HungServer:
    """A plain socket server that accepts connections and never answers."""

    def __init__(self):
        self.port = None
        self.url = None
        self._listener = None
        self._held = []
        self._stopped = threading.Event()

    def start(self):
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self._listener.settimeout(0.1)
        threading.Thread(target=self._accept, daemon=True).start()
        return self

    def _accept(self):
        while not self._stopped.is_set():
            try:
                connection, _address = self._listener.accept()
            except OSError:
                continue
            self._held.append(connection)  # read nothing, answer nothing

    def stop(self):
        self._stopped.set()
        for connection in [*self._held, self._listener]:
            with contextlib.suppress(OSError):
                connection.close()


def _pg_bin(name):
    """A PostgreSQL server binary: the cluster's own version first, then the PATH."""
    for version in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (version / name).exists():
            return str(version / name)
    found = shutil.which(name)
    if found is None:
        raise RuntimeError(f"{name} is not installed")
    return found


class PostgresServer:
    """A PostgreSQL cluster of the test's own (initdb in a temporary folder, a free port,
    trust auth), which a test can stop and start again with its data kept: a database
    outage without touching the shared server on 5432. Run as the `postgres` system user
    when the tests run as root (the server refuses to run as root)."""

    def __init__(self, database="idp_fault"):
        self.port = free_port()
        self.database = database
        self.folder = Path(tempfile.mkdtemp(prefix="idp-pg-"))
        self.data = self.folder / "data"
        self.log = self.folder / "server.log"

    @property
    def url(self):
        return f"postgres://postgres@127.0.0.1:{self.port}/{self.database}"

    def _run(self, *command):
        if os.geteuid() == 0:
            command = ("runuser", "-u", "postgres", "--", *command)
        subprocess.run(command, check=True, capture_output=True, timeout=120)  # noqa: S603

    def start(self):
        if not self.data.exists():
            if os.geteuid() == 0:
                shutil.chown(self.folder, "postgres", "postgres")
            self._run(_pg_bin("initdb"), "-D", str(self.data), "-U", "postgres",
                      "--auth=trust", "--no-sync", "-E", "UTF8")  # fmt: skip
            created = True
        else:
            created = False
        options = f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.folder} -c fsync=off"
        self._run(_pg_bin("pg_ctl"), "-D", str(self.data), "-l", str(self.log),
                  "-o", options, "-w", "-t", "60", "start")  # fmt: skip
        _wait_for_port(self.port)
        if created:
            self.sql("postgres", f'CREATE DATABASE "{self.database}"')
        return self

    def stop(self):
        if self.data.exists():
            with contextlib.suppress(subprocess.CalledProcessError):
                self._run(_pg_bin("pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")

    def sql(self, database, statement):
        import psycopg2

        connection = psycopg2.connect(host="127.0.0.1", port=self.port, user="postgres",
                                      dbname=database, connect_timeout=5)  # fmt: skip
        connection.autocommit = True
        try:
            with connection.cursor() as cursor:
                cursor.execute(statement)
                return cursor.fetchall() if cursor.description else None
        finally:
            connection.close()

    def remove(self):
        self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)


class AppServer:
    """The site under gunicorn (`idp_site.wsgi`) with `workers` processes on a free port,
    in its own process group, configured by `env` (DJANGO_SETTINGS_MODULE, DATABASE_URL,
    REDIS_URL...): an app server as production runs it, for tests of several servers
    sharing one database and one cache."""

    def __init__(self, env, cwd, workers=1, log=None):
        self.env = env
        self.log = log  # a path for the server's own messages (default: the test's stderr)
        self.cwd = cwd
        self.workers = workers
        self.port = free_port()
        self.process = None

    def start(self, timeout=30.0):
        with contextlib.ExitStack() as stack:
            log = None if self.log is None else stack.enter_context(open(self.log, "ab"))
            self.process = subprocess.Popen(  # noqa: S603
                [sys.executable, "-m", "gunicorn", "idp_site.wsgi", "--workers",
                 str(self.workers), "--bind", f"127.0.0.1:{self.port}", "--log-level",
                 "warning"],
                env={**os.environ, **self.env},
                cwd=self.cwd,
                start_new_session=True,
                stdout=subprocess.DEVNULL,
                stderr=log,
            )  # fmt: skip
        _wait_for_port(self.port, timeout)
        return self

    def stop(self):
        if self.process is None:
            return
        os.killpg(self.process.pid, signal.SIGQUIT)  # gunicorn's quick shutdown
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
        self.process = None
