"""How campaigns plug into the shared listings without `pages` importing `campaigns`:
program areas list campaigns sharing a topic, the home page shows the newest ones, and
search can be limited to campaigns."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from campaigns.models import CampaignIndexPage, CampaignPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(demo_content):
    return Site.objects.get(is_default_site=True).hostname


def test_program_area_lists_the_campaign_sharing_its_topic(client, demo):
    html = client.get("/en/our-work/one-day-for-new-yorkers/", HTTP_HOST=demo).content.decode()
    section = html[html.index("Related campaigns") :]
    assert 'href="/en/campaigns/one-day/"' in section


def test_program_area_without_shared_topic_lists_no_campaign(client, demo):
    html = client.get("/en/our-work/pre-arrest-diversion/", HTTP_HOST=demo).content.decode()
    assert "Related campaigns" not in html


def test_home_page_shows_campaigns_section(client, demo):
    html = client.get("/en/", HTTP_HOST=demo).content.decode()
    assert "One Day to Protect New Yorkers" in html[html.index(">Campaigns</h2>") :]


def test_search_can_be_limited_to_campaigns(client, demo):
    html = client.get("/en/search/?q=day&type=campaign", HTTP_HOST=demo).content.decode()
    assert "One Day to Protect New Yorkers" in html
    assert "Reforma" not in html and "Drug policy reform" not in html


def test_search_results_cost_no_query_per_campaign(client, demo, settings):
    """A result shows no status badge, so a campaign in the results is read with the
    common page fields only: three campaigns cost what one costs."""
    settings.PAGE_CACHE_ENABLED = False
    settings.PAGE_FRAGMENT_CACHE = False
    url = "/en/search/?q=deportation&type=campaign"

    def queries():
        client.get(url, HTTP_HOST=demo)
        with CaptureQueriesContext(connection) as ctx:
            html = client.get(url, HTTP_HOST=demo).content.decode()
        return len(ctx), html

    one, html = queries()
    assert html.count('class="search-results__title"') == 1
    index = CampaignIndexPage.objects.get(locale__language_code="en")
    for n in (1, 2):
        index.add_child(
            instance=CampaignPage(
                title=f"Deportation campaign {n}",
                slug=f"deportation-campaign-{n}",
                search_description="Ending a deportation penalty.",
                goal="Change a law.",
                status=CampaignPage.Status.WON,
            )
        )
    three, html = queries()
    assert "Deportation campaign 2" in html and "Ending a deportation penalty." in html
    assert html.count('class="search-results__title"') == 3
    assert three == one
