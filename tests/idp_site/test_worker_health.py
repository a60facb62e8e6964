"""`/health/` and the workers' heartbeats (idp_site/background/workers.py): each kind in
WORKERS_MONITORED is "down" (503, degraded) until one of its processes writes a
heartbeat, and again once the last heartbeat is older than WORKER_DOWN_AFTER_SECONDS.
The worker fault tests (tests/faults/test_worker_outages.py) do the same with real
worker processes killed by SIGKILL."""

import time
from datetime import timedelta

import pytest
from django.utils import timezone

from idp_site.background.models import WorkerHeartbeat
from idp_site.background.workers import Heartbeat

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _health(client):
    response = client.get("/health/")
    return response.status_code, response.json()


def _wait_for(condition, timeout=5):
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline
        time.sleep(0.05)


def test_health_names_a_monitored_worker_down_until_it_beats(client, settings):
    assert "tasks_worker" not in _health(client)[1]  # nothing monitored: tests, development
    settings.WORKERS_MONITORED = ["tasks", "notifications"]
    settings.WORKER_HEARTBEAT_SECONDS = 0.2

    status, body = _health(client)
    assert status == 503 and body["status"] == "degraded"
    assert body["degraded"] == ["tasks_worker", "notifications_worker"]
    assert body["workers"]["tasks"] == {"status": "down", "processes": 0, "seconds_since": None}

    with Heartbeat("tasks"):
        _wait_for(lambda: _health(client)[1]["tasks_worker"] == "ok")
        status, body = _health(client)
        assert status == 503 and body["degraded"] == ["notifications_worker"]
        assert body["workers"]["tasks"]["processes"] == 1
        with Heartbeat("notifications"):
            _wait_for(lambda: _health(client)[0] == 200)
    assert WorkerHeartbeat.objects.count() == 0  # a clean exit leaves no row behind
    assert _health(client)[1]["degraded"] == ["tasks_worker", "notifications_worker"]


def test_a_heartbeat_older_than_the_limit_is_a_dead_worker(client, settings):
    settings.WORKERS_MONITORED = ["notifications"]
    now = timezone.now()
    row = WorkerHeartbeat.objects.create(
        kind="notifications", host="app1", pid=4242, started_at=now, last_seen=now
    )
    status, body = _health(client)
    assert status == 200 and body["notifications_worker"] == "ok"
    assert "app1" not in str(body) and "4242" not in str(body)  # counts only

    row.last_seen = now - timedelta(seconds=settings.WORKER_DOWN_AFTER_SECONDS + 1)
    row.save()
    status, body = _health(client)
    assert status == 503 and body["degraded"] == ["notifications_worker"]
    assert body["workers"]["notifications"]["seconds_since"] >= 61
