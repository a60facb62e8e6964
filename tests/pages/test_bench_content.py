"""The benchmark's content generator and the page types it measures: every listed URL
answers as declared, and its query count does not grow with ten times the content."""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from pages import bench_content
from pages.management.commands.bench import page_types
from tests.budgets import QUERY_BUDGET

pytestmark = pytest.mark.django_db


def _counts(client):
    counts = {}
    for label, url, _kind, status in page_types():
        client.get(url)
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(url).status_code == status, url
        counts[label] = len(ctx)
    return counts


def test_bench_page_types_keep_their_query_count_on_more_content(settings, monkeypatch):
    settings.PAGE_CACHE_ENABLED = False
    monkeypatch.setattr(bench_content, "PAGES_PER_SCALE", 40)
    call_command("load_demo_content", stdout=io.StringIO())
    client = Client(HTTP_HOST="localhost")
    assert {label for label, *_ in page_types()} >= {"home", "standard page", "search"}
    demo = _counts(client)
    pages_before = Page.objects.live().count()
    out = io.StringIO()
    bench_content.generate(1, out)
    assert Page.objects.live().count() == pages_before + 40 + bench_content.SECTIONS
    assert "40 standard pages" in out.getvalue()
    large = _counts(client)
    for label, count in large.items():
        # Search fetches each page type among its results with one query, so its count
        # may drop when the results hold fewer types; nothing may grow with content.
        assert count <= demo[label] <= QUERY_BUDGET, (label, demo, large)
    assert 'href="/en/bench-section-1/"' in client.get("/en/").content.decode()
