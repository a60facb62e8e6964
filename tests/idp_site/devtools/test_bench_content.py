"""The benchmark's content generators and the page types it measures: every listed URL
answers as declared, within the query budget, and its query count does not grow with
more content."""

import io
import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from campaigns.models import Bill, BillAction, CampaignPage, Signatory
from idp_site.caching.version import bump as invalidate_page_cache
from idp_site.devtools.bench import campaigns_content as campaign_bench
from idp_site.devtools.bench import pages_content as bench_content
from idp_site.devtools.management.commands.bench import page_types
from pages.models import ReportPage, StoryPage
from tests.budgets import FIRST_READER_BUDGET, QUERY_BUDGET

pytestmark = pytest.mark.django_db


def _counts(client, first=False):
    """Queries of each page type: for its next readers, or with `first` for the first
    reader after a change to the site (nothing kept in memory or in the cache)."""
    counts = {}
    for label, url, _kind, status in page_types():
        client.get(url)
        if first:
            invalidate_page_cache()
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(url).status_code == status, url
        counts[label] = len(ctx)
    return counts


def test_bench_page_types_keep_their_query_count_on_more_content(
    settings, monkeypatch, demo_content
):
    settings.PAGE_CACHE_ENABLED = False
    monkeypatch.setattr(bench_content, "PAGES_PER_SCALE", 40)
    monkeypatch.setattr(bench_content, "REPORTS_PER_SCALE", 30)
    monkeypatch.setattr(bench_content, "STORIES_PER_SCALE", 12)
    monkeypatch.setattr(campaign_bench, "CAMPAIGNS_PER_SCALE", 5)
    monkeypatch.setattr(campaign_bench, "BILLS_PER_SCALE", 20)
    # More than one page of the public list (SIGNERS_PER_PAGE) once filtered.
    monkeypatch.setattr(campaign_bench, "SIGNERS_PER_SCALE", 1000)
    client = Client(HTTP_HOST="localhost")
    labels = {label for label, *_ in page_types()}
    assert labels >= {
        "home",
        "standard page",
        "search",
        "program area index",
        "program area",
        "report index",
        "report index, filtered",
        "report",
        "story index",
        "story",
        "reports feed",
        "updates feed",
        "legal help (form)",
        "not found",
        "campaign index",
        "campaign",
        "bill",
        "statement of support (form)",
    }
    demo, demo_first = _counts(client), _counts(client, first=True)
    pages_before = Page.objects.live().count()
    reports_before, stories_before = ReportPage.objects.count(), StoryPage.objects.count()
    bills_before, actions_before = Bill.objects.count(), BillAction.objects.count()
    campaigns_before = CampaignPage.objects.count()
    signers_before = Signatory.objects.count()
    out = io.StringIO()
    bench_content.generate(1, out)
    campaign_bench.generate(1, out)
    assert ReportPage.objects.count() == reports_before + 30
    assert StoryPage.objects.count() == stories_before + 12
    assert Bill.objects.count() == bills_before + 20
    assert BillAction.objects.count() == actions_before + 20 * campaign_bench.ACTIONS_PER_BILL
    assert CampaignPage.objects.count() == campaigns_before + 5
    assert Signatory.objects.count() == signers_before + 1000
    assert "1000 signers" in out.getvalue()
    assert Page.objects.live().count() == pages_before + 40 + bench_content.SECTIONS + 30 + 12 + 5
    assert "40 standard pages" in out.getvalue() and "30 reports" in out.getvalue()
    large, large_first = _counts(client), _counts(client, first=True)
    assert large == demo, (demo, large)
    assert large_first == demo_first, (demo_first, large_first)
    assert max(large.values()) <= QUERY_BUDGET, sorted(large.items(), key=lambda kv: -kv[1])
    assert max(large_first.values()) <= FIRST_READER_BUDGET, sorted(
        large_first.items(), key=lambda kv: -kv[1]
    )
    # The generated content is what readers see: listed, linked and searchable.
    assert 'href="/en/bench-section-1/"' in client.get("/en/").content.decode()
    reports = client.get("/en/reports/").content.decode()
    assert 'href="/en/reports/bench-report-' in reports and "Bench partner 1" in reports
    report = client.get("/en/reports/bench-report-1/").content.decode()
    assert "Researcher 1" in report and "Co-author 0" in report
    assert "Bench campaign 1" in client.get("/en/campaigns/").content.decode()
    campaign = client.get("/en/campaigns/bench-campaign-1/").content.decode()
    assert "S7000" in campaign.replace(".", "")
    bill = client.get("/en/campaigns/bills/ny/2025-2026/S7000/").content.decode()
    assert "Legislator 1" in bill and "REPORTED TO CALENDAR" in bill
    statement = client.get("/en/campaigns/one-day/statement-of-support/").content.decode()
    listed = re.findall(r"Bench Organization \d+", statement)
    assert "Bench Organization 3" in listed  # approved and listed
    # Organization 0 would come first alphabetically, but it did not agree to be listed.
    assert "Bench Organization 0" not in listed
    assert "Bench Organization 18" not in listed  # rejected (statuses cycle through ten)
    assert "@example.org" not in statement  # never an address
    assert "?page=2" in statement  # the list is paged, not rendered whole
