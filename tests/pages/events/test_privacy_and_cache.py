"""The online join link and registrants' details stay private: no public response,
feed, calendar, sitemap, search result or page-cache entry holds the join link (a
crawl of every public address of the events, in English and Spanish). With the page
cache on, an event page drops its form at the start and shows materials after the
end, within PAGE_CACHE_TIMEOUT (at most 60 s), the clock moved in the test."""

import pickle
import time
from datetime import timedelta
from unittest import mock

import pytest
from django.core.cache import caches

from idp_site.caching.version import PAGES_ALIAS
from pages.events.registration import Registration

from .conftest import CANARY_EMAIL, CANARY_NAME, INDEX_URL, JOIN_LINK, register_data

pytestmark = pytest.mark.django_db


def _public_addresses(online, upcoming, past):
    pages = [INDEX_URL, online.url, upcoming.url, past.url]
    extra = [
        INDEX_URL + "calendar/",
        INDEX_URL + "calendar/defenders/",
        INDEX_URL + "feed/",
        online.url + "calendar/",
        online.url + "registered/",
        "/sitemap.xml",
        "/en/search/?q=canary",
        "/en/search/?q=Reading",
    ]
    spanish = [url.replace("/en/", "/es/", 1) for url in pages + extra if url.startswith("/en/")]
    return pages + extra + spanish


def _sitemap_addresses(client, url="/sitemap.xml", depth=0):
    """Every address the sitemap index and its sections list (paths on this host)."""
    body = client.get(url).content.decode()
    found = [part.split("</loc>")[0].split("testserver", 1)[-1] for part in body.split("<loc>")[1:]]
    if depth == 0:
        return found + [
            u for s in found if s.endswith(".xml") for u in _sitemap_addresses(client, s, 1)
        ]
    return found


def _cached_entries():
    cache = caches[PAGES_ALIAS]
    store = getattr(cache, "_cache", {})
    return [pickle.loads(value) for value in store.values()]  # noqa: S301 - our own test cache


def test_join_link_and_registrant_in_no_public_answer_or_cache_entry(
    client, settings, online, upcoming, past
):
    settings.PAGE_CACHE_ENABLED = True
    client.post(online.url, register_data(), REMOTE_ADDR="192.0.2.9")
    assert Registration.objects.count() == 1
    addresses = _public_addresses(online, upcoming, past) + _sitemap_addresses(client)
    for _ in range(2):  # the second round reads what the page cache kept
        for url in addresses:
            response = client.get(url)
            assert response.status_code in (200, 302), url
            body = response.content.decode() if not response.streaming else ""
            for secret in (JOIN_LINK, "canary-join", CANARY_EMAIL, CANARY_NAME):
                assert secret not in body, (url, secret)
    entries = _cached_entries()
    assert entries  # the page cache did keep pages
    for entry in entries:
        text = repr(entry)
        assert JOIN_LINK not in text and CANARY_EMAIL not in text


def _get(client, url, now, clock_offset=0):
    with (
        mock.patch("django.utils.timezone.now", return_value=now),
        mock.patch("time.time", return_value=time_base[0] + clock_offset),
    ):
        return client.get(url)


time_base = [0.0]


def test_page_cache_turns_the_page_by_the_clock(client, settings, upcoming):
    settings.PAGE_CACHE_ENABLED = True
    assert settings.PAGE_CACHE_TIMEOUT <= 60
    time_base[0] = time.time()
    start, end = upcoming.starts_at, upcoming.ends_at
    before = _get(client, upcoming.url, start - timedelta(seconds=30))
    assert 'id="register-form"' in before.content.decode()
    assert before.get("X-Page-Cache") != "hit"  # a form page is never kept

    during = _get(client, upcoming.url, start + timedelta(seconds=1))
    html = during.content.decode()
    assert 'id="register-form"' not in html and "Registration has closed." in html
    again = _get(client, upcoming.url, start + timedelta(seconds=2), clock_offset=1)
    assert again.get("X-Page-Cache") == "hit"  # now kept, without a form
    assert 'id="register-form"' not in again.content.decode()

    # After the end, and once the kept copy has expired (PAGE_CACHE_TIMEOUT later).
    after = _get(
        client,
        upcoming.url,
        end + timedelta(seconds=1),
        clock_offset=settings.PAGE_CACHE_TIMEOUT + 1,
    )
    assert "Materials and recording" in after.content.decode()
