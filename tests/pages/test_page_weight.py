"""Every public page type weighs under 100 KB compressed: its HTML plus the CSS and
JavaScript it links, each gzipped, images aside. A new page type joins by adding its
URL (and the status it answers with) to PAGES."""

import gzip
import re

import pytest
from django.contrib.staticfiles import finders
from django.test import Client

BUDGET = 100 * 1024
PAGES = [
    ("/en/", 200),
    ("/es/", 200),
    ("/en/about/", 200),
    ("/en/search/", 200),
    ("/en/search/?q=immigration", 200),
    ("/en/no-such-page/", 404),
]
ASSET = re.compile(r'<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="([^"]+)"')


def _gzipped_size(data):
    return len(gzip.compress(data, compresslevel=6))


def _asset_bytes(url):
    assert url.startswith("/static/"), f"{url}: assets must be served by the site itself"
    path = finders.find(url.removeprefix("/static/").split("?")[0])
    assert path, f"{url} is linked but does not exist"
    with open(path, "rb") as fh:
        return fh.read()


def _weight(client, url, status):
    response = client.get(url)
    assert response.status_code == status, url
    html = response.content
    assets = sorted(set(ASSET.findall(html.decode())))
    assert any(a.endswith(".css") for a in assets), url
    return _gzipped_size(html) + sum(_gzipped_size(_asset_bytes(a)) for a in assets)


@pytest.mark.django_db
def test_every_page_type_is_under_budget(demo_content):
    client = Client(HTTP_HOST="localhost")
    weights = {url: _weight(client, url, status) for url, status in PAGES}
    assert all(weight > 1000 for weight in weights.values()), weights
    over = {url: weight for url, weight in weights.items() if weight >= BUDGET}
    assert not over, f"over {BUDGET} bytes gzipped: {over}"
