"""Publishing or unpublishing a page purges its URLs, in English and Spanish, from a
CDN: here a local HTTP server standing in for Varnish records the PURGE requests."""

import pytest

from pages.models import StandardPage
from tests.conftest import add_page
from tests.idp_site.submissions.stubs import PurgeRecorder

pytestmark = pytest.mark.django_db


@pytest.fixture
def purge_server(settings):
    recorder = PurgeRecorder()
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{recorder.port}",
        }
    }
    yield recorder
    recorder.close()


def test_publish_and_unpublish_purge_the_page_in_every_language(home, purge_server):
    page = add_page(home, StandardPage(title="About", slug="about", search_description="x"))
    assert ("PURGE", "/en/about/", "testserver") in purge_server.requests
    assert ("PURGE", "/es/about/", "testserver") in purge_server.requests

    purge_server.requests.clear()
    page.title = "About us"
    page.save_revision().publish()
    assert {path for _method, path, _host in purge_server.requests} == {"/en/about/", "/es/about/"}

    purge_server.requests.clear()
    page.unpublish()
    assert ("PURGE", "/en/about/", "testserver") in purge_server.requests
