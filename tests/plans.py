"""Query-plan checks for PostgreSQL: run a request, EXPLAIN every query it sent with
sequential scans switched off, and report the scans over the big tables. With
`enable_seqscan = off` the planner still scans a table in full when no index can serve
the query, so a "Seq Scan" left in the plan is a query no index serves."""

import re

from django.db import connection
from django.test.utils import CaptureQueriesContext

#: The tables that grow with the content.
BIG_TABLES = (
    "wagtailcore_page",
    "pages_reportpage",
    "pages_storypage",
    "pages_standardpage",
    "pages_reporttopic",
    "pages_storytopic",
    "pages_searchentry",
    "campaigns_signatory",
    "resources_resourcepage",
    "resources_libraryentry",
    "resources_libraryfacet",
)


def explain(sql, switched_off=("enable_seqscan",)):
    """The plan of `sql` with the planner's `switched_off` methods off: a sequential scan
    (or, with enable_sort, a sort) left in it is one no index can spare."""
    with connection.cursor() as cursor:
        for setting in switched_off:
            cursor.execute(f"SET {setting} = off")
        try:
            cursor.execute("EXPLAIN " + sql)
            return "\n".join(row[0] for row in cursor.fetchall())
        finally:
            for setting in switched_off:
                cursor.execute(f"RESET {setting}")


def plans_of(client, url, settings, switched_off=("enable_seqscan",)):
    """{sql: plan} for every SELECT of `url` that reads a big table, rendered in full."""
    settings.PAGE_CACHE_ENABLED = False
    settings.PAGE_FRAGMENT_CACHE = False
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, url
    selects = [
        q["sql"]
        for q in ctx.captured_queries
        if q["sql"].lstrip().upper().startswith("SELECT")
        and any(table in q["sql"] for table in BIG_TABLES)
    ]
    return {sql: explain(sql, switched_off) for sql in selects}


def seq_scans(plans):
    """The (table, sql) pairs scanned in full."""
    found = []
    for sql, plan in plans.items():
        for table in re.findall(r"Seq Scan on (\w+)", plan):
            if table in BIG_TABLES:
                found.append((table, sql))
    return found


def analyze():
    with connection.cursor() as cursor:
        for table in BIG_TABLES:
            cursor.execute(f"ANALYZE {table}")
