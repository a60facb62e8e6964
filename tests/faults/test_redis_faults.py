"""With the cache server stopped, hung or full, every public page type still answers
200 within a second, every form stores what was sent, and /health/ says the cache is
degraded; a page published meanwhile is shown at once; once the server is back, pages are
cached again (issue 14).

PostgreSQL and a Redis of the test's own (servers.py), the demo content, and the
production cache settings (fail-soft backend, short timeouts, circuit breaker)."""

import os
import signal
import time

import pytest
from django.test import Client

from campaigns.models import Signatory, StatementOfSupportPage
from idp_site.devtools.management.commands.bench import page_types
from pages.intake.models import AttorneyQuestion, IntakeRequest
from pages.models import StandardPage
from tests.campaigns.support.conftest import sign_data
from tests.faults.conftest import use_cache_server
from tests.pages.intake.conftest import attorney_data, intake_data

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("all_caches_on")]

HOST = "localhost"
STATEMENT = "/en/campaigns/one-day/statement-of-support/"
ABOUT = "/en/about/"
FORMS = [
    ("/en/get-legal-help/", intake_data),
    ("/en/attorneys/", attorney_data),
    (STATEMENT, sign_data),
]


@pytest.fixture
def demo(demo_content):
    # The demo's statement closed when its law passed; these tests need a form that
    # takes signatures, so they open it again.
    statement = StatementOfSupportPage.objects.get(
        slug="statement-of-support", locale__language_code="en"
    )
    statement.signing_open = True
    statement.save_revision().publish()
    client = Client(HTTP_HOST=HOST)
    for _label, url, kind, _status in page_types():
        client.get(url)  # the cache now holds every page and fragment
        if kind in ("index", "detail"):
            assert client.get(url).get("X-Page-Cache") == "hit", url
    return client


def _every_page_answers_within_a_second(client):
    for label, url, _kind, status in page_types():
        started = time.monotonic()
        response = client.get(url)
        elapsed = time.monotonic() - started
        assert response.status_code == status, (label, url, response.status_code)
        assert elapsed < 1.0, (label, url, f"{elapsed:.2f} s")


def _every_form_stores_its_submission(client):
    def counts():
        return [m.objects.count() for m in (IntakeRequest, AttorneyQuestion, Signatory)]

    before = counts()
    for number, (url, data) in enumerate(FORMS):
        payload = data()
        if url == STATEMENT:
            payload["email"] = f"signer-{time.time_ns()}@example.org"
        started = time.monotonic()
        response = client.post(url, payload, REMOTE_ADDR=f"192.0.2.{number + 10}")
        assert time.monotonic() - started < 1.0, url
        assert response.status_code in (200, 302, 303), (url, response.status_code)
    assert counts() == [n + 1 for n in before]


def _health_names_the_cache(client):
    response = client.get("/health/")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "degraded"
    assert "cache" in body["degraded"]
    assert body["database"] == "ok"


def _publish(client):
    """Publish a new title for the about page while the cache server is failing: the
    next reader sees it although the cache could not be told. Returns the title."""
    page = StandardPage.objects.get(url_path__endswith="/about/", locale__language_code="en")
    page.title = f"About us {time.time_ns()}"
    page.save_revision().publish()
    assert page.title in client.get(ABOUT).content.decode()
    return page.title


def _caching_resumes(client, settings, title):
    """Every page was stored before the fault and a page was published during it, so
    nothing stored before may be served: each page is rendered again and stored (miss),
    then answered from the cache (hit)."""
    time.sleep(settings.CACHE_BREAKER_SECONDS + 0.1)
    assert client.get("/health/").status_code == 200
    for _label, url, kind, _status in page_types():
        if kind in ("index", "detail"):
            first = client.get(url)
            second = client.get(url)
            assert first.get("X-Page-Cache") == "miss", url
            assert second.get("X-Page-Cache") == "hit", url
            assert second.content == first.content, url
    assert title in client.get(ABOUT).content.decode()


def _check_fault(client, settings):
    _every_page_answers_within_a_second(client)
    _every_form_stores_its_submission(client)
    _health_names_the_cache(client)
    title = _publish(client)
    _every_page_answers_within_a_second(client)  # and again once the breaker is open
    return title


def test_redis_stopped(demo, redis_server, settings):
    redis_server.stop()
    title = _check_fault(demo, settings)
    redis_server.start()
    _caching_resumes(demo, settings, title)


def test_redis_hung(demo, hung_server, redis_server, settings):
    use_cache_server(settings, hung_server.url)
    title = _check_fault(demo, settings)
    use_cache_server(settings, redis_server.url)
    _caching_resumes(demo, settings, title)


def test_redis_frozen_then_resumed(demo, redis_server, settings):
    """A hung server that comes back (SIGSTOP, then SIGCONT): the same connections."""
    os.kill(redis_server.process.pid, signal.SIGSTOP)
    try:
        title = _check_fault(demo, settings)
    finally:
        os.kill(redis_server.process.pid, signal.SIGCONT)
    _caching_resumes(demo, settings, title)


def test_redis_full(demo, redis_server, settings):
    redis_server.fill()
    title = _check_fault(demo, settings)
    redis_server.unfill()
    _caching_resumes(demo, settings, title)
