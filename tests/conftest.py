"""Shared fixtures: the page tree as a fresh site has it, plus users in each role.

The root page, default site, locales, groups and workflow come from migrations (never
run tests with --nomigrations)."""

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection
from django.utils import translation
from wagtail.models import Locale, Page, Site

from idp_site.caching.backend import reset_breakers
from idp_site.caching.version import reset_local_state
from idp_site.submissions.form_protection import reset_cache_breaker
from pages.models import HomePage, SiteSettings
from tests import demo_snapshot


@pytest.fixture(autouse=True)
def _empty_caches():
    """Local-memory caches outlive a test's database: start every test with none."""
    for alias in ("default", "pages"):
        caches[alias].clear()
    reset_local_state()
    reset_breakers()
    reset_cache_breaker()  # a cache fault in one test must not skip another's rate limit


@pytest.fixture(autouse=True)
def _default_language():
    """A request under /es/ leaves Spanish active in the thread (LocaleMiddleware does
    not switch back): start every test in the default language, whatever ran before."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(scope="session")
def demo_snapshot_data(django_db_setup, django_db_blocker, tmp_path_factory):
    """What `manage.py load_demo_content` writes, from one real run per test session
    (tests/demo_snapshot.py). Built the first time a test asks for the demo site; None
    on a database other than PostgreSQL (the snapshot is PostgreSQL's COPY data)."""
    if connection.vendor != "postgresql":
        return None
    with django_db_blocker.unblock():
        return demo_snapshot.take(tmp_path_factory.mktemp("demo-media"))


@pytest.fixture(scope="session", autouse=True)
def _demo_snapshot_first(request):
    """Build the snapshot before the first test when any test of the run needs it: the
    loader needs the migrated site, and a transactional test (live server, app servers)
    leaves the database empty behind it. Whichever test of a worker asks first, the
    snapshot is the same."""
    if any("demo_snapshot_data" in item.fixturenames for item in request.session.items):
        request.getfixturevalue("demo_snapshot_data")


@pytest.fixture
def demo_content(db, demo_snapshot_data):
    """The site `manage.py load_demo_content` builds, in this test's database (rolled
    back after it) and media folder, in a fraction of a second instead of half a minute
    (on SQLite, by running the loader itself)."""
    if demo_snapshot_data is None:
        call_command("load_demo_content", verbosity=0)
        return
    demo_snapshot.restore(demo_snapshot_data)


@pytest.fixture
def root_page(db):
    return Page.get_first_root_node()


@pytest.fixture
def english(db):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def spanish(db):
    return Locale.objects.get(language_code="es")


@pytest.fixture
def home(root_page, english):
    """An English home page as the default site's root, with Wagtail's placeholder gone."""
    page = HomePage(
        title="Immigrant Defense Project",
        slug="idp",
        hero_heading="A criminal case should not end in deportation",
        search_description="Test home page.",
        locale=english,
    )
    root_page.add_child(instance=page)
    page.save_revision().publish()
    site = Site.objects.get(is_default_site=True)
    placeholder = site.root_page
    site.root_page = page
    site.hostname = "testserver"
    site.port = 80
    site.save()
    if placeholder.specific_class is Page:
        placeholder.delete()
    # A real site has its settings row (made by the demo content or the first save in the
    # admin); creating it lazily mid-test would count as a content change.
    SiteSettings.for_site(site)
    return page


@pytest.fixture
def site(home):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def site_settings(site):
    return SiteSettings.for_site(site)


def publish_help_line(number, **hours):
    """Put `number` and `hours` (language code -> text) live on the Help line, as an
    approved review does (helper for tests; tests/admin/test_help_line.py goes through
    the review itself)."""
    from pages.models import HelpLine, HelpLineHours

    line = HelpLine.objects.get()
    line.hotline = number
    line.hours = [HelpLineHours(language=code, text=text) for code, text in hours.items()]
    line.save_revision().publish(skip_permission_checks=True)
    return line


def add_page(parent, page, publish=True):
    """Add `page` under `parent` and publish it (helper for tests)."""
    parent.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    else:
        page.save_revision()
    page.refresh_from_db()
    return page


def translate(page, locale, **fields):
    """Publish a copy of `page` in `locale` with `fields` changed (helper for tests)."""
    copy = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    copy.refresh_from_db()
    return copy


@pytest.fixture
def make_user(db, django_user_model):
    def _make(username, groups=(), superuser=False, password="pass-1234-word"):
        user = django_user_model.objects.create_user(
            username=username, email=f"{username}@example.org", password=password
        )
        if superuser:
            user.is_superuser = True
            user.is_staff = True
            user.save()
        for name in groups:
            user.groups.add(Group.objects.get(name=name))
        return user

    return _make


def totp_now(device):
    """The code an authenticator app holding `device`'s key shows right now."""
    import time

    from django_otp.oath import TOTP

    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time()
    return f"{totp.token():0{device.digits}d}"


def login_with_mfa(client, user):
    """Sign `user` in on the test client with a verified second factor, as after typing
    the password and a TOTP code. Every admin URL needs this (plain `force_login` is
    sent to the two-step sign-in page). Returns the user's TOTP device."""
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="Test app", confirmed=True)
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return device
