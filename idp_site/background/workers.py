"""What the long-running workers share (`run_tasks`, `send_notifications --loop`): they
outlive a database outage, and they say they are alive.

- `wait_for_database`: after a database error the worker drops its broken connection
  and tries again after WORKER_RETRY_SECONDS (1 s, doubling to 30 s), logging only the
  kind of error (never its text, which may quote data), until the database answers.
- `Heartbeat`: a thread that writes the process's row (kind, host, pid, last_seen) every
  WORKER_HEARTBEAT_SECONDS and removes it on a clean exit. It runs beside the worker's
  loop, so a long task does not make the worker look dead; a worker alive but stuck
  shows in the overdue counts of `/health/` instead.
- `health`: what `/health/` says of each kind in WORKERS_MONITORED: "down" once none of
  its processes has written for WORKER_DOWN_AFTER_SECONDS.

Heartbeats live in the database rather than the cache: every app server reads the same
database, `/health/` reads it anyway, and the cache may be down or local to a server.
"""

import contextlib
import logging
import os
import socket
import threading
import time
from datetime import timedelta

from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError, close_old_connections
from django.db import connection as db_connection
from django.db.models import Count, Max, Q
from django.utils import timezone

from idp_site.background.models import WorkerHeartbeat

logger = logging.getLogger("idp.workers")

# Errors of a database that is unreachable or went away (not a bug in a query).
OUTAGE_ERRORS = (OperationalError, InterfaceError)


def drop_connection():
    """Close this thread's database connection, broken or not (never a caller's
    transaction: a test's would be cut)."""
    if not db_connection.in_atomic_block:
        with contextlib.suppress(DatabaseError):
            db_connection.close()


def wait_for_database(kind, error, wait=time.sleep):
    """After `error`, wait with a capped, doubling delay until the database answers.
    `wait(seconds)` sleeps and returns True when the worker is asked to stop (then this
    returns False). Returns True once the database answers."""
    delay, cap = settings.WORKER_RETRY_SECONDS
    logger.warning(
        "%s worker: database unavailable (%s); trying again in %g s.",
        kind,
        type(error).__name__,
        delay,
    )
    while True:
        drop_connection()
        if wait(delay):
            return False
        try:
            db_connection.ensure_connection()
            with db_connection.cursor() as cursor:
                cursor.execute("SELECT 1")
        except OUTAGE_ERRORS as exc:
            delay = min(delay * 2, cap)
            logger.warning(
                "%s worker: database still unavailable (%s); trying again in %g s.",
                kind,
                type(exc).__name__,
                delay,
            )
        else:
            logger.warning("%s worker: the database answers again; carrying on.", kind)
            return True


class Heartbeat:
    """`with Heartbeat("tasks"): run()`: this process's heartbeat row, written from a
    thread of its own (with its own database connection) while the block runs."""

    def __init__(self, kind):
        self.kind = kind
        self.host = socket.gethostname()[:255]
        self.pid = os.getpid()
        self.started_at = timezone.now()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"heartbeat-{kind}", daemon=True)
        self._failing = False

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc_info):
        self._stop.set()
        self._thread.join(timeout=10)

    def _run(self):
        try:
            with contextlib.suppress(DatabaseError):
                forget_old_heartbeats()
            while True:
                self.beat()
                if self._stop.wait(settings.WORKER_HEARTBEAT_SECONDS):
                    break
            with contextlib.suppress(DatabaseError):
                self._rows().delete()  # a clean exit is not a dead worker
        finally:
            drop_connection()  # this thread's own connection

    def _rows(self):
        return WorkerHeartbeat.objects.filter(kind=self.kind, host=self.host, pid=self.pid)

    def beat(self):
        """Write `last_seen` now (one upsert); during an outage, log once and go on."""
        close_old_connections()
        try:
            WorkerHeartbeat.objects.bulk_create(
                [
                    WorkerHeartbeat(
                        kind=self.kind,
                        host=self.host,
                        pid=self.pid,
                        started_at=self.started_at,
                        last_seen=timezone.now(),
                    )
                ],
                update_conflicts=True,
                unique_fields=["kind", "host", "pid"],
                update_fields=["last_seen"],
            )
        except DatabaseError as exc:
            if not self._failing:
                logger.warning(
                    "%s worker: heartbeat not written (%s).", self.kind, type(exc).__name__
                )
            self._failing = True
            drop_connection()
        else:
            self._failing = False


def forget_old_heartbeats(days=7):
    """Rows of processes gone for a week: no monitor needs them."""
    WorkerHeartbeat.objects.filter(last_seen__lt=timezone.now() - timedelta(days=days)).delete()


def health(kinds=None):
    """{kind: {"status": "ok" | "down", "processes": live processes, "seconds_since":
    seconds since the last heartbeat of any process of that kind, or None}} for the
    kinds in WORKERS_MONITORED (one query). Counts only: no host, no pid."""
    kinds = list(settings.WORKERS_MONITORED if kinds is None else kinds)
    if not kinds:
        return {}
    now = timezone.now()
    cutoff = now - timedelta(seconds=settings.WORKER_DOWN_AFTER_SECONDS)
    rows = {
        row["kind"]: row
        for row in WorkerHeartbeat.objects.filter(kind__in=kinds)
        .values("kind")
        .annotate(latest=Max("last_seen"), live=Count("pk", filter=Q(last_seen__gte=cutoff)))
    }
    report = {}
    for kind in kinds:
        row = rows.get(kind, {"latest": None, "live": 0})
        since = None if row["latest"] is None else round((now - row["latest"]).total_seconds())
        report[kind] = {
            "status": "ok" if row["live"] else "down",
            "processes": row["live"],
            "seconds_since": since,
        }
    return report
