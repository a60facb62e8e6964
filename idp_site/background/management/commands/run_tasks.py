"""`manage.py run_tasks`: django-tasks-db's `db_worker`, with a time limit on every
network call a task makes.

Wagtail's HTTP purge backend opens its connection with no timeout: a purge endpoint
that accepts and never answers would hold the worker, and every task behind it, for
good. Here a call that waits longer than TASKS_NETWORK_TIMEOUT seconds fails (the purge
is logged as failed and the page expires from the CDN after its s-maxage), and the
worker goes on with the next task. Its options are `db_worker`'s."""

import socket

from django.conf import settings
from django_tasks_db.management.commands.db_worker import Command as DatabaseWorker


class Command(DatabaseWorker):
    help = "Run queued background tasks (CDN purges, reference index, bill syncs)."

    def handle(self, *args, **options):
        before = socket.getdefaulttimeout()
        socket.setdefaulttimeout(settings.TASKS_NETWORK_TIMEOUT)
        try:
            return super().handle(*args, **options)
        finally:
            socket.setdefaulttimeout(before)
