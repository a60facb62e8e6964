"""A task for the worker fault tests: it notes each run in a file (so a run counts even
when its result could not be written) and touches the cache on the way."""

from django.core.cache import cache
from django_tasks import task


@task()
def note_run(run_log, item):
    """One run of item `item`: a line in `run_log`. The cache may be down: the task
    must not care (the site's caches fail soft)."""
    cache.set(f"worker-item-{item}", item, timeout=60)
    with open(run_log, "a") as log:
        log.write(f"{item}\n")
