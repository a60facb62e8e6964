"""/health/, for monitoring: what each part of the site says of itself. It reads every
part (database, cache, outbox, task queue, workers), so like the URL map it may import
every room of idp_site (tests/architecture/imports.py)."""

from django.conf import settings
from django.db import DatabaseError
from django.http import JsonResponse

from idp_site.background import queue as task_queue
from idp_site.background.workers import health as worker_health
from idp_site.caching.health import check_cache
from idp_site.submissions import notifications


def health(request):
    """For monitoring: counts only, never records. Checks the database, the cache, the
    notification outbox, the task queue and the workers, and answers 503 with
    `"status": "degraded"` and the names of the degraded parts in `degraded` when any of
    them is down: the database cannot be read, the cache does not store and give back a
    value (stopped, hung or full), a staff notification has waited longer than
    NOTIFICATION_OVERDUE_MINUTES, a queued task longer than TASKS_OVERDUE_MINUTES, or a
    worker kind of WORKERS_MONITORED ("tasks_worker", "notifications_worker") has
    written no heartbeat for WORKER_DOWN_AFTER_SECONDS (killed, or never started)."""
    body = {"status": "ok", "degraded": [], "database": "ok", "cache": check_cache()}
    monitored = [f"{kind}_worker" for kind in settings.WORKERS_MONITORED]
    try:
        body.update(_queues_health())
        workers = worker_health()
    except DatabaseError:
        body.update(database="unavailable", outbox="unknown", tasks="unknown")
        body.update(dict.fromkeys(monitored, "unknown"))
    else:
        if workers:  # only where workers are monitored (production)
            body["workers"] = workers
        body.update({f"{kind}_worker": report["status"] for kind, report in workers.items()})
    parts = ("database", "cache", "outbox", "tasks", *monitored)
    body["degraded"] = [part for part in parts if body[part] != "ok"]
    if body["degraded"]:
        body["status"] = "degraded"
    return _json_no_store(body, status=503 if body["degraded"] else 200)


def _queues_health():
    overdue = notifications.overdue().count()
    overdue_tasks = task_queue.overdue().count()
    return {
        "outbox": "overdue" if overdue else "ok",
        "unsent_notifications": notifications.unsent().count(),
        "overdue_notifications": overdue,
        "overdue_after_minutes": settings.NOTIFICATION_OVERDUE_MINUTES,
        "tasks": "overdue" if overdue_tasks else "ok",
        "overdue_tasks": overdue_tasks,
    }


def _json_no_store(body, status):
    response = JsonResponse(body, status=status)
    response["Cache-Control"] = "no-store, private"
    return response
