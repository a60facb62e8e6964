"""The content version: both halves change with every change a reader could notice,
nothing is cached while either cannot be read, and readers' own records change
neither."""

import pytest
from django.core.cache import caches
from wagtail.models import PageViewRestriction

from idp_site.caching import version
from pages.models import StandardPage
from tests.conftest import add_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def about(home, site_settings, settings):
    settings.PAGE_CACHE_ENABLED = True
    return add_page(
        home, StandardPage(title="About us", slug="about", intro="Intro.", search_description="x")
    )


def _halves():
    return (
        version.pages_cache().get(version.VERSION_KEY),
        caches[version.DB_ALIAS].get(version.DB_KEY),
    )


@pytest.mark.parametrize(
    "change",
    [
        lambda page: page.save_revision().publish(),
        lambda page: page.unpublish(),
        lambda page: page.move(page.get_parent(), pos="first-child"),
        lambda page: page.delete(),
        lambda page: PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password="x"
        ),
    ],
    ids=["publish", "unpublish", "move", "delete", "private"],
)
def test_every_change_replaces_both_halves(about, change):
    version.read()
    before = _halves()
    change(about)
    after = _halves()
    assert after[0] != before[0] and after[1] != before[1]


def test_removing_a_restriction_replaces_the_version(about):
    restriction = PageViewRestriction.objects.create(
        page=about, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    before = _halves()
    restriction.delete()
    assert _halves()[1] != before[1]


def test_nothing_is_cached_while_the_database_half_cannot_be_read(client, about, monkeypatch):
    client.get("/en/about/")
    assert client.get("/en/about/")["X-Page-Cache"] == "hit"
    monkeypatch.setattr(version, "_db_token", lambda reuse=True: None)
    for _ in range(2):
        response = client.get("/en/about/")
        assert response.status_code == 200
        assert "X-Page-Cache" not in response


def test_a_change_made_while_the_cache_was_unwritable_is_still_seen(client, about, monkeypatch):
    client.get("/en/about/")
    cache = version.pages_cache()
    real_set = cache.set
    monkeypatch.setattr(cache, "set", lambda *args, **kwargs: False)  # Redis full
    about.intro = "Changed while the cache refused writes."
    about.save_revision().publish()
    monkeypatch.setattr(cache, "set", real_set)
    assert "Changed while" in client.get("/en/about/").content.decode()


def test_a_sitemap_section_kept_before_an_unrecorded_change_is_not_served(
    client, about, monkeypatch, settings
):
    """A page published while the page cache refused writes (Redis full or hung) could
    not change the cache's half of the version: the database half does, so the section
    kept before the change is not served once the cache answers again."""
    settings.PAGE_CACHE_ENABLED = True
    section = "/sitemap-en-pages-standardpage.xml?p=1"
    assert "/en/about/" in client.get(section).content.decode()
    cache = version.pages_cache()
    real_set = cache.set
    monkeypatch.setattr(cache, "set", lambda *args, **kwargs: False)
    add_page(about.get_parent(), StandardPage(title="Press", slug="press", search_description="x"))
    monkeypatch.setattr(cache, "set", real_set)
    body = client.get(section).content.decode()
    assert "/en/press/" in body


def test_the_database_half_is_read_in_one_query(about, django_assert_num_queries):
    version.read()
    version.reset_local_state()
    with django_assert_num_queries(1):
        assert version.read() is not None


def test_a_bulk_change_replaces_the_version_once_at_its_end(about):
    """`one_bump` (the bill import's): many saves inside, one new version at the end."""
    before = _halves()
    writes = []
    real_set = caches[version.DB_ALIAS].set
    caches[version.DB_ALIAS].set = lambda *args, **kwargs: (
        writes.append(args) or real_set(*args, **kwargs)
    )
    try:
        with version.one_bump():
            for n in range(3):
                about.title = f"About us {n}"
                about.save()  # a snippet's or a page's save bumps
            assert _halves() == before
    finally:
        del caches[version.DB_ALIAS].set
    after = _halves()
    assert after[0] != before[0] and after[1] != before[1]
    assert [key for key, *_rest in writes] == [version.DB_KEY]


def test_nothing_changed_inside_one_bump_replaces_nothing(about):
    before = _halves()
    with version.one_bump():
        pass
    assert _halves() == before
