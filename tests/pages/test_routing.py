"""Finding the page for a URL (`BasePage.route`) answers as Wagtail's routing does, in a
number of queries that does not grow with the depth of the page, and view restrictions
cost no query on a site that has none."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Locale, Page, PageViewRestriction

from pages.models import StandardPage
from tests.conftest import add_page

pytestmark = pytest.mark.django_db


def _page(parent, slug, publish=True, **fields):
    fields.setdefault("title", slug.title())
    fields.setdefault("search_description", "x")
    return add_page(parent, StandardPage(slug=slug, **fields), publish=publish)


def _queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    return response, [q["sql"] for q in ctx.captured_queries]


def test_live_page_under_a_draft_is_served_and_the_draft_is_not(client, home):
    draft = _page(home, "section", publish=False, live=False)
    _page(draft, "inside", title="Inside a draft")
    assert client.get("/en/section/").status_code == 404
    response = client.get("/en/section/inside/")
    assert response.status_code == 200
    assert "Inside a draft" in response.content.decode()


def test_unpublished_page_and_unknown_paths_are_404(client, home):
    about = _page(home, "about")
    _page(about, "team")
    about.refresh_from_db()
    about.unpublish()
    assert client.get("/en/about/").status_code == 404
    assert client.get("/en/about/team/").status_code == 200
    assert client.get("/en/about/nobody/").status_code == 404
    assert client.get("/en/team/").status_code == 404  # a slug, but not a child of home


def test_a_namesake_in_another_branch_is_not_mistaken_for_the_child(client, home):
    one, two = _page(home, "one"), _page(home, "two")
    _page(one, "faq", title="FAQ of one")
    _page(two, "faq", title="FAQ of two")
    assert "FAQ of two" in client.get("/en/two/faq/").content.decode()
    assert "FAQ of one" in client.get("/en/one/faq/").content.decode()


def test_routing_follows_slugs_even_with_a_stale_url_path(client, home):
    page = _page(home, "kept", title="Still found")
    Page.objects.filter(pk=page.pk).update(url_path="/somewhere/else/")
    assert "Still found" in client.get("/en/kept/").content.decode()


def test_query_count_does_not_grow_with_depth(client, home):
    parent = home
    for depth in range(5):
        parent = _page(parent, f"level-{depth}")
    _, shallow = _queries(client, "/en/level-0/")
    response, deep = _queries(client, "/en/" + "".join(f"level-{d}/" for d in range(5)))
    assert response.status_code == 200
    assert len(deep) == len(shallow)


def test_every_page_on_the_path_is_read_in_one_query(client, home):
    _page(_page(_page(home, "deep"), "deeper"), "deepest", title="Deepest")
    _response, queries = _queries(client, "/en/deep/deeper/deepest/")
    assert len([sql for sql in queries if '"wagtailcore_page"."slug" =' in sql]) == 1


def test_next_readers_read_no_restriction_rows_when_there_are_none(client, home):
    # (The site and the locale are Wagtail's own lookups: one query each.)
    _page(home, "about")
    response, queries = _queries(client, "/en/about/")
    assert response.status_code == 200
    assert not any('FROM "wagtailcore_pageviewrestriction"' in sql for sql in queries)


def test_private_page_and_its_children_ask_for_the_password(client, home):
    private = _page(home, "private", title="Private area")
    _page(private, "child", title="Private child")
    _page(home, "open", title="Open page")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
    for url in ("/en/private/", "/en/private/child/"):
        html = client.get(url).content.decode()
        assert 'name="password"' in html, url
        assert "Private child" not in html
    assert "Open page" in client.get("/en/open/").content.decode()
    # Listings leave the private section out too.
    assert "Private child" not in client.get("/en/search/?q=private").content.decode()


def test_alias_of_a_private_page_is_private_too(client, home):
    source = _page(home, "source", title="Source page")
    section = _page(home, "section")
    source.refresh_from_db()
    alias = source.create_alias(parent=section, update_slug="alias-copy")
    PageViewRestriction.objects.create(
        page=source, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
    assert alias.live
    assert 'name="password"' in client.get("/en/section/alias-copy/").content.decode()
    assert 'name="password"' not in client.get("/en/section/").content.decode()


def test_a_restriction_added_later_applies_at_once(client, home):
    page = _page(home, "later", title="Soon private")
    assert "Soon private" in client.get("/en/later/").content.decode()
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
    assert 'name="password"' in client.get("/en/later/").content.decode()


def test_redirects_still_answer_unknown_paths(client, home):
    target = _page(home, "new-home", title="New home")
    Redirect.objects.create(old_path="/en/old-home", redirect_page=target)
    response = client.get("/en/old-home/")
    assert response.status_code in (301, 302)
    assert response["Location"].endswith("/en/new-home/")


def test_a_locale_added_later_is_found(client, home, settings):
    languages = [("en", "English"), ("es", "Español"), ("fr", "Français")]
    settings.LANGUAGES = languages
    settings.WAGTAIL_CONTENT_LANGUAGES = languages
    client.get("/en/")  # the locales are now remembered
    with pytest.raises(Locale.DoesNotExist):
        Locale.objects.get_for_language("fr")
    french = Locale.objects.create(language_code="fr")
    assert Locale.objects.get_for_language("fr").pk == french.pk
    assert Locale.get_default().language_code == "en"


def test_publish_unpublish_and_move_reach_a_url_read_before(client, home):
    about = _page(home, "about", title="About us")
    other = _page(home, "other")
    assert client.get("/en/about/").status_code == 200
    assert client.get("/en/about/team/").status_code == 404

    _page(about, "team", title="The team")
    assert "The team" in client.get("/en/about/team/").content.decode()

    team = Page.objects.get(slug="team").specific
    team.move(other, pos="last-child")
    moved = client.get("/en/about/team/")  # Wagtail leaves a redirect behind
    assert moved.status_code == 301 and moved["Location"] == "/en/other/team/"
    assert "The team" in client.get("/en/other/team/").content.decode()

    about.refresh_from_db()
    about.unpublish()
    assert client.get("/en/about/").status_code == 404


def test_made_up_urls_add_nothing_to_the_cache(client, home, settings):
    from idp_site.caching.version import pages_cache

    settings.PAGE_CACHE_ENABLED = True
    client.get("/en/")
    before = len(pages_cache()._cache)
    for n in range(20):
        assert client.get(f"/en/no-such-page-{n}/").status_code == 404
        assert client.get(f"/en/?made-up-{n}=1").status_code == 200
    assert len(pages_cache()._cache) == before
