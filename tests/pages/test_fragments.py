"""The fragment cache (help bar and footer, the fragment tag) and what pages show
around it: rendered once, dropped by any publish or setting change, never shown to an
editor's preview, kept apart by language."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from idp_site.devtools.demo.pages import generated_image, image_block
from pages.models import StandardPage
from tests.conftest import add_page, publish_help_line

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fragments_on(settings):
    settings.PAGE_FRAGMENT_CACHE = True
    settings.PAGE_CACHE_ENABLED = False  # whole pages are not cached: only fragments


@pytest.fixture
def page(home):
    image = generated_image("Fragment test", size=(200, 100))
    return add_page(
        home,
        StandardPage(
            title="Rights at a hearing",
            slug="hearing",
            search_description="x",
            body=[
                {"type": "paragraph", "value": "<p>First version of the text.</p>"},
                image_block(image, "Two colours"),
            ],
        ),
    )


def _render(client, url):
    with CaptureQueriesContext(connection) as ctx:
        html = client.get(url).content.decode()
    return html, len(ctx)


def test_the_shell_is_rendered_once_and_the_page_served_the_same(client, page):
    first, first_queries = _render(client, "/en/hearing/")
    again, queries = _render(client, "/en/hearing/")
    assert "First version of the text." in again
    assert again == first
    assert queries < first_queries  # the help bar and footer are no longer read


def test_publishing_a_change_shows_at_once(client, page):
    client.get("/en/hearing/")
    page.body = [{"type": "paragraph", "value": "<p>Second version.</p>"}]
    page.save_revision().publish()
    html = client.get("/en/hearing/").content.decode()
    assert "Second version." in html
    assert "First version of the text." not in html


def test_a_preview_shows_the_draft_not_the_cached_body(client, page):
    client.get("/en/hearing/")  # the published body is now cached
    page.body = [{"type": "paragraph", "value": "<p>Draft words.</p>"}]
    page.save_revision()  # a draft: readers still see the published version
    draft = page.get_latest_revision_as_object()
    preview = draft.make_preview_request().content.decode()
    assert "Draft words." in preview
    assert "First version of the text." not in preview
    assert "First version of the text." in client.get("/en/hearing/").content.decode()


def test_each_language_gets_its_own_fragments(client, home, spanish):
    english = client.get("/en/").content.decode()
    spanish_html = client.get("/es/").content.decode()
    assert "Back to top" in english
    assert "Back to top" not in spanish_html  # the Spanish footer, not the English one
    assert 'lang="es"' in spanish_html


def test_a_settings_change_reaches_the_footer_and_help_bar(client, home, site_settings):
    client.get("/en/")
    publish_help_line("(212) 555-0199")
    site_settings.general_email = "new-address@example.org"
    site_settings.save()
    html = client.get("/en/").content.decode()
    assert "(212) 555-0199" in html
    assert "new-address@example.org" in html


def test_listings_keep_each_page_and_filter_apart_and_follow_a_publish(client, home):
    import datetime

    from tests.pages import content

    reports = content.report_index(home)
    stories = content.story_index(home)
    topic = content.topic("Bail")
    for i in range(12):
        content.report(
            reports,
            f"Report number {i}",
            datetime.date(2010 + i, 1, 1),
            topics=[topic] if i % 2 else [],
        )
        content.story(stories, f"Story number {i}")
    first = client.get(stories.url).content.decode()
    second = client.get(stories.url + "?page=2").content.decode()
    assert "Story number 11" in first and "Story number 11" not in second
    assert "Story number 0" in second and "Story number 0" not in first
    filtered = client.get(reports.url + "?topic=bail").content.decode()
    assert "Report number 11" in filtered and "Report number 10" not in filtered
    assert "Report number 10" in client.get(reports.url).content.decode()
    content.story(stories, "A brand new story")
    assert "A brand new story" in client.get(stories.url).content.decode()


def test_search_results_follow_a_publish(client, home):
    add_page(home, StandardPage(title="Bail funds", slug="bail", search_description="Bail."))
    first = client.get("/en/search/", {"q": "bail"}).content.decode()
    assert "Bail funds" in first and "Bail hearings" not in first
    add_page(home, StandardPage(title="Bail hearings", slug="hearings", search_description="x"))
    again = client.get("/en/search/", {"q": "bail"}).content.decode()
    assert "Bail funds" in again and "Bail hearings" in again
    assert "Bail hearings" not in client.get("/en/search/", {"q": "funds"}).content.decode()
