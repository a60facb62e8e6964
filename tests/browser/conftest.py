"""Browser test harness: one headless Debian Chromium for the whole run, driven by
Playwright against pytest-django's live server.

Two kinds of site:
- `live_site`: a few foundation pages built per test (each test is transactional and
  the database is flushed after it);
- `demo_site`: the real demo site (`manage.py load_demo_content`, loaded once per run
  and put back from tests/demo_snapshot.py) once per test module and shared by that
  module's tests, which must only read it or add to it (form submissions, an editor's
  publish). Those tests skip the per-test flush.

When Chromium is missing, every test in this folder is skipped with one plain reason
(shown in pytest's summary; `make test` also says so before running)."""

import io
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.core.management import call_command

from tests import demo_snapshot
from tests.browser.checks import (
    CspRecorder,
    PrivacyRecorder,
    assert_no_csp_violation,
    assert_private,
)

# Playwright's sync API runs an event loop in this thread; Django's ORM would refuse to
# run next to it. The tests are synchronous, so the check does not apply.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

HERE = Path(__file__).resolve().parent
CHROMIUM = os.environ.get("IDP_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--headless",
]
SKIP_REASON = (
    f"Chromium not found at {CHROMIUM}: browser tests skipped "
    "(install Debian's chromium package or set IDP_CHROMIUM)"
)
WIDTHS = {"narrow": 320, "wide": 1280}


def chromium_available():
    if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
        return False
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return False
    return True


def pytest_collection_modifyitems(config, items):
    available = chromium_available()
    for item in items:
        if HERE not in Path(item.path).resolve().parents:
            continue
        item.add_marker(pytest.mark.browser)
        if "demo_site" not in item.fixturenames:
            item.add_marker(pytest.mark.django_db(transaction=True, serialized_rollback=True))
        elif {"db", "transactional_db"} & set(item.fixturenames):
            # pytest-django would flush the database after the test: the shared demo
            # site would be gone for the rest of the module.
            raise pytest.UsageError(
                f"{item.nodeid}: tests on the demo site get the database from `demo`; "
                "do not use `db`, `transactional_db` or fixtures that need them "
                "(such as `django_user_model`)"
            )
        if not available:
            item.add_marker(pytest.mark.skip(reason=SKIP_REASON))


def pytest_report_header(config):
    if chromium_available():
        return f"browser tests: Chromium at {CHROMIUM}"
    return SKIP_REASON


@pytest.fixture(scope="session")
def _initial_data(django_db_setup, django_db_blocker):
    """Keep `serialized_rollback` working once Playwright runs.

    pytest-django serializes the migrated database at setup onto the connection object,
    and transactional tests restore it from there after each flush. Once Playwright's
    event loop runs in this thread, Django hands out a different connection object
    (asgiref sees a running loop) without that copy, so the migrations' rows (root
    page, locales, groups) would be lost after the first browser test. The copy is
    taken before the browser starts and made visible on every connection object of
    that backend for the rest of the session."""
    from django.db import connections

    connection = connections["default"]
    data = getattr(connection, "_test_serialized_contents", None)
    wrapper_class = type(connection)
    if data is not None:
        wrapper_class._test_serialized_contents = data
    yield data
    if data is not None and "_test_serialized_contents" in vars(wrapper_class):
        del wrapper_class._test_serialized_contents


@pytest.fixture(autouse=True)
def _live_server_helper(request):
    """pytest-django's helper of the same name, except for tests on the shared demo site.

    pytest-django gives every test that uses `live_server` the `transactional_db`
    fixture, which flushes the database after the test: that would wipe the demo site
    built once per module. Those tests get database access from `demo` instead."""
    if "live_server" not in request.fixturenames:
        yield
        return
    if "demo_site" not in request.fixturenames:
        request.getfixturevalue("transactional_db")
    live_server = request.getfixturevalue("live_server")
    live_server._live_server_modified_settings.enable()
    yield
    live_server._live_server_modified_settings.disable()


@pytest.fixture(scope="session")
def browser(_initial_data):
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    chromium = playwright.chromium.launch(
        executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
    )
    yield chromium
    chromium.close()
    playwright.stop()


@dataclass
class BrowserSession:
    """One browser context (a fresh profile) with its recorders and a page."""

    context: object
    page: object
    privacy: PrivacyRecorder
    csp: CspRecorder
    base_url: str
    responses: list = field(default_factory=list)

    def open(self, path, expect_status=200):
        response = self.page.goto(self.base_url + path)
        assert response is not None, path
        assert response.status == expect_status, f"{path}: {response.status}"
        return response

    def settle(self):
        """Let the page's pending reports (CSP events, console) reach the recorders.
        Waits on Playwright's side: a timer in the page never fires with JavaScript off."""
        self.page.wait_for_timeout(50)

    def assert_clean(self):
        """No request to another host and no CSP violation so far in this session."""
        self.settle()
        assert_private(self.privacy, self.csp)
        assert_no_csp_violation(self.csp)


def _session_opener(browser, base_url):
    """A function `(width=1280, height=900, **context_options) -> BrowserSession` and the
    list of contexts it opened (to close after the test)."""
    contexts = []

    def _open(width=1280, height=900, **options):
        context = browser.new_context(
            viewport={"width": width, "height": height},
            base_url=base_url,
            **options,
        )
        context.set_default_timeout(10_000)
        contexts.append(context)
        privacy = PrivacyRecorder(context, base_url)
        csp = CspRecorder(context)
        return BrowserSession(context, context.new_page(), privacy, csp, base_url)

    return _open, contexts


@pytest.fixture
def open_session(browser, live_site):
    """`open_session(width=1280, **context_options)` -> a `BrowserSession`."""
    opener, contexts = _session_opener(browser, live_site.url)
    yield opener
    for context in contexts:
        context.close()


@dataclass
class LiveSite:
    url: str
    home: object
    home_es: object
    about: object
    about_es: object


def _test_image():
    from django.core.files.images import ImageFile
    from PIL import Image as PILImage
    from wagtail.images.models import Image

    buffer = io.BytesIO()
    PILImage.new("RGB", (640, 360), (32, 96, 160)).save(buffer, "PNG")
    return Image.objects.create(
        title="Courthouse steps", file=ImageFile(buffer, name="courthouse.png")
    )


@pytest.fixture
def live_site(live_server, settings, tmp_path):
    """The foundation pages in English and Spanish, served by the live server."""
    from wagtail.models import Locale, Page, Site

    from pages.models import HomePage, SiteSettings, StandardPage
    from tests.conftest import add_page

    settings.ROOT_URLCONF = "tests.browser.urls"
    settings.MEDIA_ROOT = tmp_path / "media"
    english = Locale.objects.get(language_code="en")
    spanish = Locale.objects.get(language_code="es")
    root = Page.get_first_root_node()
    home = HomePage(
        title="Immigrant Defense Project",
        slug="idp",
        hero_heading="A criminal case should not end in deportation",
        search_description="Home page used by the browser tests.",
        locale=english,
    )
    root.add_child(instance=home)
    home.save_revision().publish()
    site = Site.objects.get(is_default_site=True)
    placeholder = site.root_page
    host, port = live_server.url.split("//", 1)[1].rsplit(":", 1)
    site.root_page, site.hostname, site.port = home, host, int(port)
    site.save()
    if placeholder.specific_class is Page:
        placeholder.delete()
    SiteSettings.for_site(site).save()

    image = _test_image()
    about = add_page(
        home,
        StandardPage(
            title="About the project",
            slug="about",
            show_in_menus=True,
            intro="We work where criminal law and immigration law meet.",
            search_description="About page used by the browser tests.",
            body=[
                ("heading", {"text": "What we do", "level": "h2"}),
                ("paragraph", "<p>We train defenders and <a href='/en/'>advise</a> families.</p>"),
                (
                    "image",
                    {"image": image, "alt_text": "Steps of a courthouse", "decorative": False},
                ),
                (
                    "faq",
                    {
                        "heading": "Questions",
                        "items": [
                            {"question": "Who can call?", "answer": "<p>Anyone.</p>"},
                            {"question": "Is it free?", "answer": "<p>Yes.</p>"},
                        ],
                    },
                ),
            ],
        ),
    )
    home_es = home.copy_for_translation(spanish)
    home_es.title = "Proyecto de Defensa del Inmigrante"
    home_es.save_revision().publish()
    about_es = about.copy_for_translation(spanish, copy_parents=False)
    about_es.title = "Sobre el proyecto"
    about_es.intro = "Trabajamos donde se cruzan el derecho penal y el migratorio."
    about_es.save_revision().publish()
    return LiveSite(live_server.url, home, home_es.specific, about, about_es.specific)


# ------------------------------------------------------------------ the demo site


@dataclass
class DemoSite:
    url: str


def _restore_migrated_database(initial):
    """Empty the database and put back what the migrations made (root page, locales,
    groups, workflow), as pytest-django's transactional tests do after each test."""
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType
    from django.core.management import call_command
    from django.db import connections

    # Some models (Wagtail's tasks) look up their content type while being rebuilt from
    # the copy; with a cold cache that lookup would insert a row the copy then collides
    # with. Warm the cache from the rows the copy holds too.
    ContentType.objects.get_for_models(*apps.get_models())
    call_command(
        "flush",
        verbosity=0,
        interactive=False,
        reset_sequences=False,
        inhibit_post_migrate=True,
    )
    connections["default"].creation.deserialize_db_from_string(initial)
    # The cache may name content types made after the copy was taken (by earlier
    # tests): those rows are gone now, so look them up (and make them) afresh.
    ContentType.objects.clear_cache()


@pytest.fixture(scope="module")
def demo_site(
    browser, live_server, django_db_blocker, _initial_data, demo_snapshot_data, tmp_path_factory
):
    """The demo site of `manage.py load_demo_content` (home, standard pages, program
    areas, a report with its PDF, stories, legal help and attorney pages, the One Day
    campaign with its bills, the Spanish home and about pages), put in the live server's
    database once for the module (committed, from the run's one real load: see
    tests/demo_snapshot.py) and removed after it."""
    from django.db import connections
    from django.test import override_settings
    from wagtail.models import Site

    overrides = override_settings(
        ROOT_URLCONF="tests.browser.urls", MEDIA_ROOT=tmp_path_factory.mktemp("media")
    )
    overrides.enable()
    with django_db_blocker.unblock():
        # Serialized at database setup when any test in the run uses serialized
        # rollback; otherwise (this module run alone) taken now, before any change.
        initial = _initial_data or connections["default"].creation.serialize_db_to_string()
        _restore_migrated_database(initial)
        if demo_snapshot_data is None:  # not PostgreSQL: the loader itself
            call_command("load_demo_content", verbosity=0)
        else:
            demo_snapshot.restore(demo_snapshot_data)
        site = Site.objects.get(is_default_site=True)
        host, port = live_server.url.split("//", 1)[1].rsplit(":", 1)
        site.hostname, site.port = host, int(port)
        site.save()
    try:
        yield DemoSite(live_server.url)
    finally:
        with django_db_blocker.unblock():
            _restore_migrated_database(initial)
        overrides.disable()


@pytest.fixture
def demo(demo_site, django_db_blocker):
    """The shared demo site, with database access for the test (and the live server)
    and an empty cache, so that form rate limits do not carry over between tests."""
    from django.core.cache import cache

    with django_db_blocker.unblock():
        cache.clear()
        yield demo_site


@pytest.fixture
def demo_session(browser, demo):
    """`demo_session(width=1280, **context_options)` -> a `BrowserSession` on the demo site."""
    opener, contexts = _session_opener(browser, demo.url)
    yield opener
    for context in contexts:
        context.close()
