"""Program areas list related reports and stories by topic; other apps plug in by hook."""

import datetime

import pytest
from wagtail import hooks

from pages.models import PROGRAM_AREA_RELATED_HOOK, StandardPage
from tests.conftest import add_page
from tests.pages import content

pytestmark = pytest.mark.django_db


@pytest.fixture
def area(home):
    drugs, youth = content.topic("Drug offenses"), content.topic("Youth")
    reports = content.report_index(home)
    stories = content.story_index(home)
    area = content.program_area(
        content.program_index(home),
        "Drug policy",
        topics=[drugs],
        partners=[content.partner("Drug Policy Alliance", logo=content.make_image("Logo"))],
        key_figures=[
            {"type": "key_figure", "value": {"figure": "34,000", "label": "people", "source": ""}}
        ],
    )
    content.report(reports, "On drugs", datetime.date(2020, 1, 1), topics=[drugs])
    content.report(reports, "On youth", datetime.date(2020, 1, 1), topics=[youth])
    content.story(stories, "Drug story", topics=[drugs])
    content.story(stories, "Linked story", program_area=area)
    content.story(stories, "Youth story", topics=[youth])
    return area


def test_related_reports_and_stories_by_shared_topic(client, area):
    html = client.get(area.url).content.decode()
    assert "On drugs" in html and "On youth" not in html
    assert "Drug story" in html and "Linked story" in html and "Youth story" not in html
    assert "34,000" in html
    assert "Drug Policy Alliance" in html
    assert 'type="image/avif"' in html  # partner logo through <picture>


def test_other_apps_add_related_items_through_the_hook(client, home, area):
    extra = add_page(home, StandardPage(title="A campaign", slug="camp", search_description="x"))

    def campaigns(page, request):
        assert page.pk == area.pk
        return {"heading": "Campaigns", "items": [extra]}

    with hooks.register_temporarily(PROGRAM_AREA_RELATED_HOOK, campaigns):
        html = client.get(area.url).content.decode()
    assert '<h2 id="related-3">Campaigns</h2>' in html
    assert f'href="{extra.url}"' in html
    html = client.get(area.url).content.decode()
    assert "Campaigns" not in html


def test_home_lists_latest_reports_and_stories(client, area):
    html = client.get("/en/").content.decode()
    assert "Latest reports" in html and "On drugs" in html
    assert "Drug story" in html


def test_related_stories_show_the_newest_and_undated_ones_last(client, area, monkeypatch):
    """Of more stories than fit, the newest show; a story with no publication date (an
    import) comes after every dated one, in the database's order as in the merge."""
    from pages.models import program_areas
    from pages.models.stories import StoryPage

    monkeypatch.setattr(program_areas, "RELATED_LIMIT", 2)
    stories = StoryPage.objects.get(title="Linked story").get_parent()
    for n, year in enumerate([2019, 2023, 2021]):
        story = content.story(stories, f"Dated {n}", program_area=area)
        stamp = datetime.datetime(year, 1, 1, tzinfo=datetime.UTC)
        StoryPage.objects.filter(pk=story.pk).update(first_published_at=stamp)
    StoryPage.objects.filter(title="Linked story").update(first_published_at=None)
    StoryPage.objects.filter(title="Drug story").update(first_published_at=None)
    html = client.get(area.url).content.decode()
    assert "Dated 1" in html and "Dated 2" in html
    assert html.index("Dated 1") < html.index("Dated 2")
    assert "Dated 0" not in html and "Linked story" not in html and "Drug story" not in html
