"""`manage.py bench_publish`, the second process of the publish-visibility figure of
`manage.py bench` (idp_site/devtools/bench/visibility.py): it finds the page a reader
gets at a URL and publishes a new title for it."""

import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Page

from pages.models import StandardPage
from tests.conftest import add_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def about(home, site_settings):
    return add_page(home, StandardPage(title="About us", slug="about", search_description="x"))


def test_publishes_a_new_title_for_the_page_at_the_url(client, about):
    out = io.StringIO()
    call_command("bench_publish", "/en/about/", "Publish check 1", stdout=out)
    line = json.loads(out.getvalue())
    assert line["old_title"] == "About us"
    page = Page.objects.get(pk=about.pk)
    assert page.title == "Publish check 1"
    assert not page.has_unpublished_changes
    assert "Publish check 1" in client.get("/en/about/").content.decode()


def test_refuses_a_url_with_no_page(about):
    with pytest.raises(CommandError, match="No page at /en/no-such-page/"):
        call_command("bench_publish", "/en/no-such-page/", "x", stdout=io.StringIO())
