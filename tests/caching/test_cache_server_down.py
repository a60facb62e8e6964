"""With the cache server configured but stopped, a reader pays what a site with no
cache server pays: pages come from the process's own memory, judged by the content
version read from PostgreSQL on every request, so a change still reaches them at once."""

import pytest

from pages.models import StandardPage
from tests.conftest import add_page
from tests.faults.conftest import use_cache_server
from tests.faults.servers import unreachable_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def stopped_cache_server(settings):
    settings.PAGE_CACHE_ENABLED = True
    settings.CACHE_BREAKER_SECONDS = 30.0
    use_cache_server(settings, unreachable_url())


@pytest.fixture
def about(home, site_settings):
    return add_page(
        home,
        StandardPage(title="About us", slug="about", intro="Before.", search_description="x"),
    )


def _page_cache(response):
    return response.get("X-Page-Cache", "")


def test_a_stopped_cache_server_costs_one_query_per_cached_page(
    stopped_cache_server, client, about, django_assert_num_queries
):
    assert client.get("/en/about/").status_code == 200  # the breaker opens here
    client.get("/en/about/")  # stored in this process's memory
    with django_assert_num_queries(1):  # the content version's database half, no more
        response = client.get("/en/about/")
    assert response.status_code == 200 and _page_cache(response) == "hit"
    assert "Before." in response.content.decode()


def test_a_change_reaches_readers_at_once_while_the_cache_server_is_stopped(
    stopped_cache_server, client, about
):
    for _ in range(3):
        client.get("/en/about/")
    about.intro = "After."
    about.save_revision().publish()
    response = client.get("/en/about/")
    assert "After." in response.content.decode() and _page_cache(response) != "hit"
    about.unpublish()
    assert client.get("/en/about/").status_code == 404
