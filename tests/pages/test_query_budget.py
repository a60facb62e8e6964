"""The home page renders in a fixed number of queries however many children it has."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from pages.models import StandardPage
from tests.budgets import QUERY_BUDGET
from tests.conftest import add_page

pytestmark = pytest.mark.django_db


def _count(client, url):
    client.get(url)  # warm per-process caches (content types, site root paths)
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx)


@pytest.mark.parametrize("url", ["/en/"])
def test_home_page_query_budget_is_constant(
    client, home, site_settings, url, django_assert_max_num_queries, settings
):
    settings.PAGE_CACHE_ENABLED = False  # count what rendering costs, not a cache hit
    for i in range(5):
        add_page(
            home,
            StandardPage(title=f"P{i}", slug=f"p{i}", show_in_menus=True, search_description="x"),
        )
    small = _count(client, url)
    for i in range(5, 50):
        add_page(
            home,
            StandardPage(title=f"P{i}", slug=f"p{i}", show_in_menus=True, search_description="x"),
        )
    large = _count(client, url)
    assert large == small
    with django_assert_max_num_queries(QUERY_BUDGET):
        client.get(url)
