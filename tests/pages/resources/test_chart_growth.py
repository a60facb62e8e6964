"""The chart's search grows well (PostgreSQL): with five times the entries, the chart and
its searches render within 1.5 times their time at the starting size, and every query
they send reads an index (EXPLAIN with sequential scans switched off).

The demo ships no chart entries (see docs/quick-reference-chart.md), so the starting
size is the size of a real chart: IDP's New York chart covers about a hundred offenses."""

import statistics
import time

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.pages.resources.chart_rows import chart_page, invented_entries
from tests.plans import explain

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL query plans"),
]

START = 100
GROWTH = 5
QUERIES = [{}, {"page": "3"}, {"q": "220.03"}, {"q": "PL 300"}, {"q": "zeppelin"}, {"q": "widget"}]
TABLE = "resources_chartentry"


def _analyze():
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {TABLE}")


def _render_time(client, url, rounds=9):
    """The median time of one round of every chart query, after one warm-up round."""
    times = []
    for round_number in range(rounds + 1):
        start = time.perf_counter()
        for params in QUERIES:
            assert client.get(url, params).status_code == 200
        if round_number:
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def _chart_plans(client, url):
    """{sql: plan} of every query on the chart's table, for each chart query."""
    plans = {}
    for params in QUERIES:
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(url, params).status_code == 200
        for query in ctx.captured_queries:
            sql = query["sql"]
            if TABLE in sql and sql.lstrip().upper().startswith("SELECT"):
                plans[sql] = explain(sql)
    return plans


def test_chart_search_stays_fast_and_indexed_at_five_times_the_entries(client, home, settings):
    settings.PAGE_CACHE_ENABLED = False
    settings.PAGE_FRAGMENT_CACHE = False
    page = chart_page(home)
    invented_entries(START)
    _analyze()
    before = _render_time(client, page.url)
    invented_entries(START * (GROWTH - 1), start=START)
    _analyze()
    after = _render_time(client, page.url)
    assert after <= 1.5 * before, f"{START} entries: {before:.3f}s, {START * GROWTH}: {after:.3f}s"

    plans = _chart_plans(client, page.url)
    assert len(plans) >= len(QUERIES)
    scans = {sql: plan for sql, plan in plans.items() if f"Seq Scan on {TABLE}" in plan}
    assert scans == {}
    # Each kind of search reads the index made for it.
    joined = "\n".join(plans.values())
    for index_name in ("chart_entry_sort_key", "chart_section_prefix", "chart_search_vector_gin"):
        assert index_name in joined, index_name
