"""Full-page cache for anonymous readers: what is stored, what never is, and that every
kind of change a reader could notice drops stored pages."""

import pytest
from django.core.cache import caches
from django.http import HttpResponse
from django.template import engines
from django.urls import path
from django.views.decorators.cache import never_cache
from wagtail.models import Page, PageViewRestriction

from idp_site import urls as project_urls
from idp_site.caching.middleware import same_in_every_language
from pages.models import StandardPage
from tests.conftest import add_page, login_with_mfa, publish_help_line

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    """The test settings leave the page cache off so that other tests count what a
    render costs; here it is what is under test."""
    settings.PAGE_CACHE_ENABLED = True


def form_view(request):
    template = engines["django"].from_string(
        '<form method="post">{% csrf_token %}<label for="n">Name</label>'
        '<input id="n" name="n"><button>Send</button></form>'
    )
    return HttpResponse(template.render({}, request))


@never_cache
def never_cached_view(request):
    return HttpResponse("private answer")


def plain_view(request):
    return HttpResponse("plain answer")


@same_in_every_language
def any_language_view(request):
    return HttpResponse("the same answer in every language")


# Used by tests marked `@pytest.mark.urls(__name__)`: the project's URLs plus four views.
urlpatterns = [
    path("t/form/", form_view),
    path("t/never/", never_cached_view),
    path("t/plain/", plain_view),
    path("t/any-language/", any_language_view),
    *project_urls.urlpatterns,
]


@pytest.fixture
def about(home, site_settings):
    # site_settings: the first render would create the settings row, and that save
    # rightly drops what the same request stores; a live site has the row already.
    return add_page(
        home,
        StandardPage(
            title="About us", slug="about", intro="Original intro.", search_description="x"
        ),
    )


def test_second_anonymous_visit_is_served_from_cache_without_queries(
    client, about, django_assert_num_queries
):
    first = client.get("/en/about/")
    assert first.status_code == 200
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = client.get("/en/about/")
    assert second.status_code == 200
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert "Original intro." in second.content.decode()


def test_cached_anonymous_responses_set_no_cookies_and_allow_cdn_caching(client, about):
    for _ in range(2):
        response = client.get("/en/about/")
        assert response.cookies == {}
        assert "Set-Cookie" not in response
        control = {d.strip() for d in response["Cache-Control"].split(",")}
        assert {"public", "max-age=60", "s-maxage=60"} <= control
        assert response["Vary"] == "Cookie"
    assert response["X-Page-Cache"] == "hit"


SECURITY_HEADERS = (
    "Content-Security-Policy",
    "Permissions-Policy",
    "X-Content-Type-Options",
    "Referrer-Policy",
    "Cross-Origin-Opener-Policy",
    "X-Frame-Options",
)


def test_a_hit_carries_the_same_security_headers_as_a_fresh_page(client, about):
    fresh = client.get("/en/about/")
    hit = client.get("/en/about/")
    assert (fresh["X-Page-Cache"], hit["X-Page-Cache"]) == ("miss", "hit")
    for header in SECURITY_HEADERS:
        assert hit[header] == fresh[header], header
    assert "default-src 'self'" in hit["Content-Security-Policy"]


def test_a_response_with_a_csp_nonce_is_never_stored(client, about, settings):
    """Should a page ever use a nonce (the policy names it, a template reads it), each
    reader must get their own: such a response is never stored."""
    import copy

    from csp.constants import NONCE
    from wagtail import hooks

    policy = copy.deepcopy(settings.CONTENT_SECURITY_POLICY)
    policy["DIRECTIVES"]["script-src"].append(NONCE)
    settings.CONTENT_SECURITY_POLICY = policy

    def make_nonce(page, request, serve_args, serve_kwargs):
        str(request.csp_nonce)  # what `{{ request.csp_nonce }}` in a template does

    with hooks.register_temporarily("before_serve_page", make_nonce):
        first = client.get("/en/about/")
        second = client.get("/en/about/")
    assert "nonce-" in first["Content-Security-Policy"]
    assert "X-Page-Cache" not in first and "X-Page-Cache" not in second  # not stored
    assert first["Content-Security-Policy"] != second["Content-Security-Policy"]


def test_static_files_pass_by_the_page_cache(client, about, monkeypatch):
    """WhiteNoise serves them further down the stack; the page cache asks nothing."""
    asked = []
    monkeypatch.setattr(caches["pages"], "get_many", lambda *a, **k: asked.append(a) or {})
    response = client.get("/static/css/site.css")
    assert asked == [] and "X-Page-Cache" not in response
    assert "Content-Security-Policy" in response
    client.get("/en/about/")
    assert len(asked) == 1


def test_head_request_is_answered_from_the_stored_get(client, about):
    client.get("/en/about/")
    response = client.head("/en/about/")
    assert response.status_code == 200
    assert response["X-Page-Cache"] == "hit"


def test_query_strings_are_cached_separately(client, about):
    first = client.get("/en/search/?q=intro")
    other = client.get("/en/search/?q=nothing-matches-this")
    assert "About us" in first.content.decode()
    assert "About us" not in other.content.decode()
    again = client.get("/en/search/?q=intro")
    assert again["X-Page-Cache"] == "hit"
    assert "About us" in again.content.decode()


@pytest.mark.urls(__name__)
def test_page_with_a_form_is_never_stored(client, home):
    first = client.get("/t/form/")
    assert "csrftoken" in first.cookies
    second = client.get("/t/form/")  # the client now carries the CSRF cookie
    third = client.__class__().get("/t/form/")  # and a fresh reader without it
    for response in (first, second, third):
        assert "X-Page-Cache" not in response
        assert "private" in response["Cache-Control"]
        assert 'name="csrfmiddlewaretoken"' in response.content.decode()
        assert "csrftoken" in response.cookies


@pytest.mark.urls(__name__)
def test_never_cache_views_are_never_stored(client, home):
    client.get("/t/never/")
    response = client.get("/t/never/")
    assert "X-Page-Cache" not in response
    assert "no-store" in response["Cache-Control"]


@pytest.mark.urls(__name__)
def test_responses_varying_on_language_are_not_stored(client, site_settings):
    # Outside the /en/ and /es/ prefixes the language comes from Accept-Language, so the
    # response varies on it: storing one copy would serve one language to everyone.
    client.get("/t/plain/", HTTP_ACCEPT_LANGUAGE="es")
    response = client.get("/t/plain/", HTTP_ACCEPT_LANGUAGE="en")
    assert "Accept-Language" in response["Vary"]
    assert "X-Page-Cache" not in response


@pytest.mark.urls(__name__)
def test_views_the_same_in_every_language_are_stored_once(client, site_settings):
    first = client.get("/t/any-language/", HTTP_ACCEPT_LANGUAGE="es")
    second = client.get("/t/any-language/", HTTP_ACCEPT_LANGUAGE="en")
    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert second.content == b"the same answer in every language"
    for response in (first, second):
        assert "Accept-Language" not in response.get("Vary", "")
        assert "Content-Language" not in response  # not the first reader's language


def test_sitemap_is_stored_and_shared_by_every_language(client, about):
    section = "/sitemap-en-pages-standardpage.xml?p=1"
    assert section in client.get("/sitemap.xml", HTTP_ACCEPT_LANGUAGE="es").content.decode()
    for url in ("/sitemap.xml", section):
        client.get(url, HTTP_ACCEPT_LANGUAGE="es")
        response = client.get(url, HTTP_ACCEPT_LANGUAGE="en")
        assert response.status_code == 200
        assert response["X-Page-Cache"] == "hit", url
        assert "public" in response["Cache-Control"]
    assert "/en/about/" in response.content.decode()


def test_password_protected_page_is_never_stored(client, about):
    PageViewRestriction.objects.create(
        page=about, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
    for _ in range(2):
        response = client.get("/en/about/")
        assert "X-Page-Cache" not in response
        assert "Original intro." not in response.content.decode()
        assert "private" in response["Cache-Control"]


def test_page_type_can_opt_out(client, about, monkeypatch):
    monkeypatch.setattr(StandardPage, "cache_public", False)
    for _ in range(2):
        response = client.get("/en/about/")
        assert response.status_code == 200
        assert "X-Page-Cache" not in response
        assert response["Cache-Control"] == "private"
    assert client.get("/en/")["X-Page-Cache"] in {"miss", "hit"}


def test_logged_in_editor_never_gets_the_anonymous_copy(client, about, make_user):
    assert client.get("/en/about/")["X-Page-Cache"] == "miss"
    editor = make_user("editor", superuser=True)
    client.force_login(editor)
    response = client.get("/en/about/")
    assert response.status_code == 200
    assert "X-Page-Cache" not in response
    assert "private" in response["Cache-Control"]
    assert "wagtail-userbar" in response.content.decode()


def test_editor_view_is_never_stored_for_readers(client, about, make_user):
    editor_client = client.__class__()
    editor_client.force_login(make_user("editor", superuser=True))
    assert "wagtail-userbar" in editor_client.get("/en/about/").content.decode()
    for _ in range(2):
        html = client.get("/en/about/").content.decode()
        assert "wagtail-userbar" not in html


def test_posts_and_errors_are_not_stored(client, about):
    assert client.post("/en/about/").status_code in {200, 405}
    client.get("/en/no-such-page/")
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert "X-Page-Cache" not in response


def test_admin_is_never_stored(client, make_user):
    login_with_mfa(client, make_user("admin", superuser=True))
    client.get("/admin/")
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "X-Page-Cache" not in response


def _warm(client, url):
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"


def test_publish_drops_stale_page(client, about):
    _warm(client, "/en/about/")
    about.intro = "A new intro."
    about.save_revision().publish()
    html = client.get("/en/about/").content.decode()
    assert "A new intro." in html
    assert "Original intro." not in html


def test_publishing_a_page_refreshes_menus_on_other_pages(client, home, about):
    _warm(client, "/en/")
    add_page(home, StandardPage(title="Take action", slug="act", show_in_menus=True, intro="x"))
    assert "Take action" in client.get("/en/").content.decode()


def test_unpublish_drops_stale_page(client, about):
    _warm(client, "/en/about/")
    about.unpublish()
    assert client.get("/en/about/").status_code == 404


def test_move_drops_stale_page(client, home, about):
    section = add_page(home, StandardPage(title="Section", slug="section", intro="x"))
    _warm(client, "/en/about/")
    about.move(section, pos="last-child")
    moved = client.get("/en/about/")
    assert moved.status_code == 301  # Wagtail leaves a redirect behind
    assert moved["Location"] == "/en/section/about/"
    assert "Original intro." in client.get("/en/section/about/").content.decode()


def test_delete_drops_stale_page(client, about):
    _warm(client, "/en/about/")
    Page.objects.get(pk=about.pk).delete()
    assert client.get("/en/about/").status_code == 404


def test_settings_change_drops_stale_pages(client, about, site_settings):
    _warm(client, "/en/about/")
    site_settings.general_email = "new-address@example.org"
    site_settings.save()
    assert "new-address@example.org" in client.get("/en/about/").content.decode()


def test_help_line_change_drops_stale_pages(client, about):
    _warm(client, "/en/about/")
    publish_help_line("(212) 555-0123")
    assert "(212) 555-0123" in client.get("/en/about/").content.decode()


def test_saving_a_draft_keeps_cached_pages(client, about):
    _warm(client, "/en/about/")
    about.intro = "Draft only."
    about.save_revision()
    response = client.get("/en/about/")
    assert response["X-Page-Cache"] == "hit"
    assert "Draft only." not in response.content.decode()


def test_invalidation_leaves_the_default_cache_alone(client, about):
    caches["default"].set("rate-limit:someone", 3)
    _warm(client, "/en/about/")
    about.save_revision().publish()
    assert caches["default"].get("rate-limit:someone") == 3
    assert client.get("/en/about/")["X-Page-Cache"] == "miss"


def test_invalidation_runs_again_after_commit(client, about, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        about.save_revision().publish()
    assert callbacks
    _warm(client, "/en/about/")
    for callback in callbacks:
        callback()
    assert client.get("/en/about/")["X-Page-Cache"] == "miss"


def test_disabled_cache_still_sends_cdn_headers(client, about, settings):
    settings.PAGE_CACHE_ENABLED = False
    client.get("/en/about/")
    response = client.get("/en/about/")
    assert "X-Page-Cache" not in response
    assert "public" in response["Cache-Control"]


def test_menu_is_cached_between_requests_and_follows_changes(client, home, about, settings):
    settings.PAGE_CACHE_ENABLED = False  # the menu cache works without the page cache
    about.show_in_menus = True
    about.save_revision().publish()
    assert 'href="/en/about/"' in client.get("/en/").content.decode()
    add_page(home, StandardPage(title="Take action", slug="act", show_in_menus=True, intro="x"))
    html = client.get("/en/").content.decode()
    assert '<a href="/en/act/">Take action</a>' in html
    about.unpublish()
    html = client.get("/en/").content.decode()
    assert 'href="/en/about/"' not in html
    assert "Take action" in html


def test_menu_costs_no_query_once_cached(client, home, about, settings):
    settings.PAGE_CACHE_ENABLED = False
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get("/en/about/")
    with CaptureQueriesContext(connection) as ctx:
        client.get("/en/about/")
    # The WHERE clause of every SELECT, including each arm of a UNION.
    conditions = " ".join(
        part.partition(" WHERE ")[2]
        for q in ctx.captured_queries
        for part in q["sql"].split(" UNION ")
    )
    assert "show_in_menus" not in conditions


def test_site_settings_follow_a_save(client, about, site_settings, settings):
    """Settings are Wagtail's own (one query a render, with the linked pages); the
    help bar and footer drawn from them are kept rendered until the next save."""
    settings.PAGE_CACHE_ENABLED = False
    client.get("/en/about/")
    assert "(212) 725-6422" in client.get("/en/about/").content.decode()
    site_settings.legal_help_page = about
    site_settings.general_email = "new-address@example.org"
    site_settings.save()
    html = client.get("/en/about/").content.decode()
    assert "new-address@example.org" in html
    assert 'href="/en/about/">Get legal help</a>' in html


def _publish_from_another_process(halves=("cache", "database")):
    """What this process sees when another app server publishes: a new content version
    in the shared cache and in the database, or only in the database when that server
    could not reach the cache."""
    from idp_site.caching import version

    if "cache" in halves:
        version.pages_cache().set(version.VERSION_KEY, "set-by-another-server", timeout=None)
    if "database" in halves:
        caches[version.DB_ALIAS].set(version.DB_KEY, "set-by-another-server", timeout=None)


def test_another_servers_publish_reaches_this_process_at_its_next_request(client, about):
    _warm(client, "/en/about/")
    _publish_from_another_process()
    assert client.get("/en/about/")["X-Page-Cache"] == "miss"


def test_a_publish_recorded_only_in_the_database_reaches_this_process(client, about, settings):
    settings.CACHE_VERSION_DB_INTERVAL = 60
    _warm(client, "/en/about/")
    _publish_from_another_process(halves=("database",))
    assert client.get("/en/about/")["X-Page-Cache"] == "hit"  # read less than 60 s ago
    settings.CACHE_VERSION_DB_INTERVAL = 0
    assert client.get("/en/about/")["X-Page-Cache"] == "miss"  # once the interval has run out


def test_entries_are_shared_between_processes(client, about):
    from idp_site.caching.version import reset_local_state

    _warm(client, "/en/about/")
    reset_local_state()  # a second worker: nothing read yet, same shared cache
    assert client.get("/en/about/")["X-Page-Cache"] == "hit"


def test_tracking_parameters_share_the_entry_and_never_reach_the_page(client, about):
    _warm(client, "/en/about/")
    for query in ("utm_source=x&utm_medium=y", "fbclid=abc123", "gclid=1&mc_eid=2"):
        response = client.get(f"/en/about/?{query}")
        assert response["X-Page-Cache"] == "hit", query
    fresh = client.get("/en/search/?q=intro&utm_campaign=secret-tag&fbclid=reader-id")
    assert "About us" in fresh.content.decode()
    assert "secret-tag" not in fresh.content.decode()
    assert "reader-id" not in fresh.content.decode()
    assert client.get("/en/search/?fbclid=other&q=intro")["X-Page-Cache"] == "hit"


def test_unknown_parameters_are_answered_fresh_and_never_stored(client, about):
    from idp_site.caching import version

    _warm(client, "/en/about/")
    for n in range(3):
        response = client.get(f"/en/about/?junk{n}=1")
        assert response.status_code == 200
        assert "X-Page-Cache" not in response
        assert "Original intro." in response.content.decode()
    stored = [k for k in version.pages_cache()._cache if ":page:" in k]
    assert len(stored) == 1, stored


def test_parameter_order_does_not_make_a_new_entry(client, about):
    client.get("/en/search/?q=intro&page=1")
    assert client.get("/en/search/?page=1&q=intro")["X-Page-Cache"] == "hit"


def test_unreadable_entries_count_as_misses(client, about):
    from idp_site.caching.middleware import entry_key
    from idp_site.caching.version import current, pages_cache

    _warm(client, "/en/about/")
    request = client.get("/en/about/").wsgi_request
    pages_cache().set(entry_key(request), (current(), 42, "old shape"))
    response = client.get("/en/about/")
    assert response.status_code == 200
    assert response["X-Page-Cache"] == "miss"


def test_making_a_page_private_drops_the_cached_copy(client, about):
    _warm(client, "/en/about/")
    PageViewRestriction.objects.create(
        page=about, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
    response = client.get("/en/about/")
    assert "Original intro." not in response.content.decode()
    assert "X-Page-Cache" not in response
