"""The site's public host name comes from one setting (`WAGTAILADMIN_BASE_URL`): the
demo loader gives it to the default site, so feeds, canonical links and the sitemap
name it, as staff emails already do. Nothing says "localhost"."""

import pytest
from django.core.management import call_command
from wagtail.models import Site

from idp_site.submissions.notifications import absolute_admin_url

pytestmark = pytest.mark.django_db

BASE = "https://www.immigrantdefenseproject.org"


@pytest.fixture
def demo(settings, demo_content):
    """The demo site (built under the test settings' host), loaded again with the
    public host set: the loader moves the site there."""
    settings.WAGTAILADMIN_BASE_URL = BASE
    settings.ALLOWED_HOSTS = ["www.immigrantdefenseproject.org"]
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    call_command("load_demo_content", verbosity=0)


def get(client, path):
    return client.get(
        path, HTTP_HOST="www.immigrantdefenseproject.org", HTTP_X_FORWARDED_PROTO="https"
    )


def test_demo_site_feeds_canonicals_sitemap_and_emails_use_the_real_host(client, demo):
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_url) == (
        "www.immigrantdefenseproject.org",
        443,
        BASE,
    )
    html = get(client, "/en/").content.decode()
    assert f'<link rel="canonical" href="{BASE}/en/">' in html
    feed = get(client, "/en/feeds/reports/").content.decode()
    assert f"{BASE}/en/" in feed
    sitemap = get(client, "/sitemap.xml").content.decode()
    assert f"<loc>{BASE}/sitemap-en-" in sitemap  # the index of sections
    section = get(client, "/sitemap-en-pages-homepage.xml?p=1").content.decode()
    assert f"<loc>{BASE}/en/</loc>" in section
    for text in (html, feed, sitemap, section):
        assert "localhost" not in text and "127.0.0.1" not in text
    assert absolute_admin_url("/admin/").startswith(BASE)

    # Loading again with the same setting changes nothing; a new setting moves the site.
    call_command("load_demo_content", verbosity=0)
    assert Site.objects.get(is_default_site=True).hostname == "www.immigrantdefenseproject.org"
