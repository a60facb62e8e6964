"""Wagtail's site lookup, kept by each process under the content version
(idp_site/caching/sites.py): no query for it on the next requests, and a saved site
takes effect at the next request."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from pages.models import StandardPage
from tests.conftest import add_page

pytestmark = pytest.mark.django_db


def _site_queries(client, url, **headers):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url, **headers)
    return response, [q for q in ctx.captured_queries if "wagtailcore_site" in q["sql"]]


def test_the_next_requests_cost_no_site_query(client, home, site_settings):
    client.get("/en/")
    response, queries = _site_queries(client, "/en/")
    assert response.status_code == 200
    assert queries == []


def test_a_saved_site_takes_effect_at_the_next_request(client, home, site_settings, settings):
    settings.ALLOWED_HOSTS = ["testserver", "other.example"]
    other_root = add_page(home, StandardPage(title="Other root", slug="other-root"))
    add_page(other_root, StandardPage(title="Only on the other site", slug="only-here"))
    assert client.get("/en/only-here/", HTTP_HOST="other.example").status_code == 404
    Site.objects.create(hostname="other.example", port=80, root_page=other_root)
    response, queries = _site_queries(client, "/en/only-here/", HTTP_HOST="other.example")
    assert response.status_code == 200
    assert "Only on the other site" in response.content.decode()
    assert queries  # read again: the new site replaced the content version
    assert client.get("/en/only-here/", HTTP_HOST="testserver").status_code == 404


def test_each_host_gets_its_own_site(client, home, site_settings, settings):
    settings.ALLOWED_HOSTS = ["testserver", "other.example"]
    other_root = add_page(home, StandardPage(title="Other root", slug="other-root"))
    Site.objects.create(hostname="other.example", port=80, root_page=other_root)
    client.get("/en/", HTTP_HOST="other.example")
    client.get("/en/")
    assert "Other root" in client.get("/en/", HTTP_HOST="other.example").content.decode()
    assert "Other root" not in client.get("/en/").content.decode().split("<main")[1]
