"""Background tasks in production (idp_site/background/): a publish queues its CDN purge
instead of waiting on the CDN, `manage.py run_tasks` sends it, a purge endpoint that
hangs costs the worker one timeout and not its life, a database that goes away around
a task neither loses its outcome nor fails it, and `/health/` says when queued tasks
wait too long."""

import socket
import time
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from pages.models import StandardPage
from tests.conftest import add_page
from tests.faults.worker_items import lose_the_database_on_first_run, run_then_lose_the_database
from tests.idp_site.submissions.stubs import PurgeRecorder, SilentSocket

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PURGE_TASK = "wagtail.contrib.frontend_cache.tasks.purge_urls_from_cache_task"


@pytest.fixture
def queued_tasks(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.TASKS_NETWORK_TIMEOUT = 1


def _purge_through(settings, port):
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{port}",
        }
    }


def _queued_purges():
    return DBTaskResult.objects.ready().filter(task_path=PURGE_TASK)


def _run_tasks():
    call_command("run_tasks", batch=True, interval=0, verbosity=0)


def test_a_hung_cdn_neither_holds_the_publish_nor_the_worker(home, settings, queued_tasks):
    hung = SilentSocket()
    try:
        _purge_through(settings, hung.port)
        started = time.monotonic()
        page = add_page(home, StandardPage(title="About", slug="about", search_description="x"))
        assert time.monotonic() - started < 1  # the purge waits in the queue
        assert _queued_purges().count() >= 1

        started = time.monotonic()
        _run_tasks()  # each purge gives up after TASKS_NETWORK_TIMEOUT (1 s)
        assert time.monotonic() - started < 10
        assert not _queued_purges().exists()
        assert socket.getdefaulttimeout() is None  # the worker leaves the process as it was
    finally:
        hung.close()

    recorder = PurgeRecorder()
    try:
        _purge_through(settings, recorder.port)
        page.title = "About us"
        page.save_revision().publish()
        assert recorder.requests == []  # nothing sent from the editor's request
        _run_tasks()
        assert ("PURGE", "/en/about/", "testserver") in recorder.requests
        assert ("PURGE", "/es/about/", "testserver") in recorder.requests
    finally:
        recorder.close()


def test_health_is_degraded_while_a_queued_task_waits_too_long(home, client, queued_tasks):
    page = add_page(home, StandardPage(title="About", slug="about", search_description="x"))
    page.save_revision().publish()  # queues Wagtail's reference index update
    assert DBTaskResult.objects.ready().exists()
    body = client.get("/health/").json()
    assert body["tasks"] == "ok" and body["status"] == "ok"

    DBTaskResult.objects.update(enqueued_at=timezone.now() - timedelta(minutes=16))
    degraded = client.get("/health/")
    assert degraded.status_code == 503
    assert degraded.json()["degraded"] == ["tasks"]
    assert degraded.json()["overdue_tasks"] >= 1

    _run_tasks()
    assert client.get("/health/").json()["status"] == "ok"


def test_a_task_that_ran_as_the_database_went_away_is_recorded_not_run_again(
    settings, queued_tasks, tmp_path
):
    settings.WORKER_RETRY_SECONDS = (0.1, 1.0)
    run_log = tmp_path / "runs.txt"
    run_then_lose_the_database.enqueue(str(run_log), 1)
    _run_tasks()  # the outcome is written once the database answers again
    assert run_log.read_text().split() == ["1"]
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"


def test_a_task_the_database_failed_goes_back_to_the_queue(settings, queued_tasks, tmp_path):
    settings.WORKER_RETRY_SECONDS = (0.1, 1.0)
    run_log = tmp_path / "runs.txt"
    lose_the_database_on_first_run.enqueue(str(run_log), 1)
    _run_tasks()  # not the task's fault: it runs again, and then it works
    assert run_log.read_text().split() == ["1", "1"]
    result = DBTaskResult.objects.get()
    assert result.status == "SUCCESSFUL" and len(result.worker_ids) == 2
