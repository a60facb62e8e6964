"""What `/health/` reports about the task queue."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends
from django_tasks_db import DatabaseBackend
from django_tasks_db.models import DBTaskResult


def queued():
    """Whether tasks wait in the database for the worker (production), rather than
    running at once where they are asked for."""
    return isinstance(task_backends[DEFAULT_TASK_BACKEND_ALIAS], DatabaseBackend)


def overdue(minutes=None):
    """Tasks ready to run for longer than TASKS_OVERDUE_MINUTES: the worker is down or
    stuck. None of them when tasks are not queued."""
    if not queued():
        return DBTaskResult.objects.none()
    minutes = settings.TASKS_OVERDUE_MINUTES if minutes is None else minutes
    return DBTaskResult.objects.ready().filter(
        enqueued_at__lt=timezone.now() - timedelta(minutes=minutes)
    )
