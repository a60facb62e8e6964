"""Tasks for the worker fault tests. Each notes its runs in a file (so a run counts even
when its result could not be written); `note_run` touches the cache on the way, the
others lose the worker's database connection around their run."""

import os

import psycopg2
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db import connection
from django_tasks import task


@task()
def note_run(run_log, item):
    """One run of item `item`: a line in `run_log`. The cache may be down: the task
    must not care (the site's caches fail soft)."""
    cache.set(f"worker-item-{item}", item, timeout=60)
    with open(run_log, "a") as log:
        log.write(f"{item}\n")


def cut_database_connection():
    """Terminate this thread's database connection from another one, as a database
    restart or failover does: its next statement fails."""
    connection.ensure_connection()
    db = connection.settings_dict
    other = psycopg2.connect(
        host=db["HOST"] or "127.0.0.1", port=db["PORT"] or 5432, user=db["USER"],
        dbname=db["NAME"],
    )  # fmt: skip
    other.autocommit = True
    with other.cursor() as cursor:
        cursor.execute("SELECT pg_terminate_backend(%s)", [connection.connection.info.backend_pid])
    other.close()


@task()
def run_then_lose_the_database(run_log, item):
    """Runs, then the worker's connection is cut before it can write the outcome."""
    note_run.call(run_log, item)
    cut_database_connection()


@task()
def lose_the_database_on_first_run(run_log, item):
    """Its first run fails because the database goes away mid-task; later runs work."""
    first = not os.path.exists(run_log)
    note_run.call(run_log, item)
    if first:
        cut_database_connection()
    Group.objects.count()
