"""`manage.py run_tasks`: django-tasks-db's `db_worker`, which outlives a database
outage, says it is alive, and puts a time limit on every network call a task makes.

- A database that goes away no longer ends the process: the worker waits with a capped,
  doubling delay (workers.wait_for_database), then carries on. A task's outcome is
  written once the database answers, so a task that ran is neither run again nor left
  "running"; a task that failed because the database went away goes back to the queue.
- Its heartbeat (workers.Heartbeat, kind "tasks") tells `/health/` within a minute that
  no task worker is alive.
- Wagtail's HTTP purge backend opens its connection with no timeout: a purge endpoint
  that accepts and never answers would hold the worker, and every task behind it, for
  good. Here a call that waits longer than TASKS_NETWORK_TIMEOUT seconds fails (the
  purge is logged as failed and the page expires from the CDN after its s-maxage).

Its options are `db_worker`'s, except that it never reloads on code changes."""

import logging
import signal
import socket

from django.conf import settings
from django.core.management.base import CommandError
from django_tasks import TaskResultStatus
from django_tasks_db.management.commands.db_worker import Command as DatabaseWorkerCommand
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult
from django_tasks_db.utils import normalize_uuid

from idp_site.background.workers import OUTAGE_ERRORS, Heartbeat, wait_for_database

logger = logging.getLogger("idp.workers")

KIND = "tasks"
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGQUIT)


class ResilientWorker(Worker):
    """django-tasks-db's loop, started again after a database outage instead of ending."""

    def run(self):
        while self.running:
            try:
                self._requeue_orphans()
                return super().run()
            except OUTAGE_ERRORS as exc:
                wait_for_database(KIND, exc)
                self.startup_delay = False

    def _requeue_orphans(self):
        """Tasks this worker claimed as the database went away, and so never ran (the
        claim was written, its answer lost): back to the queue."""
        for result in DBTaskResult.objects.running():
            if result.worker_ids[-1:] == [self.worker_id]:
                self._requeue(result)

    def _requeue(self, result, error=None):
        result.status = TaskResultStatus.READY
        result.started_at = None
        result.save(update_fields=["status", "started_at"])
        logger.warning(
            "Task %s went back to the queue (%s).",
            normalize_uuid(result.id),
            type(error).__name__ if error else "claimed before an outage",
        )

    def run_task(self, db_task_result):
        succeeded, failed = db_task_result.set_successful, db_task_result.set_failed

        def set_failed(error):
            if isinstance(error, OUTAGE_ERRORS):  # not the task's fault: run it again
                return self._patiently(self._requeue, db_task_result, error)
            return self._patiently(failed, error)

        db_task_result.set_successful = lambda value: self._patiently(succeeded, value)
        db_task_result.set_failed = set_failed
        super().run_task(db_task_result)

    @staticmethod
    def _patiently(save, *args):
        """Write a task's outcome, waiting out an outage: the task has run."""
        while True:
            try:
                return save(*args)
            except OUTAGE_ERRORS as exc:
                wait_for_database(KIND, exc)


class Command(DatabaseWorkerCommand):
    help = "Run queued background tasks (CDN purges, reference index, bill syncs)."

    def handle(self, *args, **options):
        # `--reload` is not honoured: restart the worker after a code change.
        self.configure_logging(options["verbosity"])
        queue_names = options["queue_name"].split(",")
        excluded = options["exclude_queues"].split(",") if options["exclude_queues"] else []
        if excluded and "*" not in queue_names:
            raise CommandError("--exclude-queues can only be used with --queue-name=*")
        worker = ResilientWorker(
            queue_names=queue_names,
            interval=options["interval"],
            batch=options["batch"],
            backend_name=options["backend_name"],
            startup_delay=options["startup_delay"],
            max_tasks=options["max_tasks"],
            worker_id=options["worker_id"],
            excluded_queue_names=excluded,
        )
        before = socket.getdefaulttimeout()
        handlers = {signum: signal.getsignal(signum) for signum in STOP_SIGNALS}
        socket.setdefaulttimeout(settings.TASKS_NETWORK_TIMEOUT)
        try:
            worker.configure_signals()
            with Heartbeat(KIND):
                worker.run()
        finally:
            # Leave the process as it was (call_command in a test, a shell).
            for signum, handler in handlers.items():
                signal.signal(signum, handler)
            socket.setdefaulttimeout(before)
