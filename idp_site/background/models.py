"""Heartbeats of the long-running workers (see workers.py)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class WorkerHeartbeat(models.Model):
    """One worker process, and when it last said it was alive. Rows are kept in the
    database (not the cache) because every app server reads the same database and
    `/health/` already reads it: a cache may be down or local to one server."""

    kind = models.CharField(
        max_length=30, help_text=_('Which worker: "tasks" (run_tasks) or "notifications".')
    )
    host = models.CharField(max_length=255, help_text=_("The machine it runs on."))
    pid = models.PositiveIntegerField(help_text=_("Its process id on that machine."))
    started_at = models.DateTimeField()
    last_seen = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = _("worker heartbeat")
        constraints = [
            models.UniqueConstraint(fields=["kind", "host", "pid"], name="one_heartbeat_per_worker")
        ]

    def __str__(self):
        return f"{self.kind} {self.host}:{self.pid}"
