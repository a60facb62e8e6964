"""The library's filters over a generated set of 200 resources: every combination of two
filters lists exactly the resources that match (walking every page of the listing), and
every option of every filter shows the count the listing would have with it chosen. The
expectation is computed here from the generated set, not by the code under test."""

import datetime
import itertools
import random
import re
from html import unescape

import pytest
from wagtail.signal_handlers import disable_reference_index_auto_update

from pages.resources.models.listing import ITEMS_PER_PAGE
from tests.pages import content
from tests.pages.resources import library as build

pytestmark = pytest.mark.django_db

COUNT = 200
AUDIENCES = ["community", "defense", "immigration", "advocates"]
TYPES = ["practice_advisory", "know_your_rights", "toolkit", "chart", "checklist", "faq"]
TOPICS = ["drug-offenses", "youth", "policing", "daca", "detention"]
LANGUAGES = ["en", "es", "zh", "ht"]


def _sample(rng, values):
    return sorted(rng.sample(values, rng.randint(1, len(values))))


def _generate():
    rng = random.Random(28)
    return [
        {
            "title": f"Resource {i:03d}",
            "audience": _sample(rng, AUDIENCES),
            "type": [rng.choice(TYPES)],
            "topic": rng.sample(TOPICS, rng.randint(0, 2)),
            "language": rng.sample(LANGUAGES, rng.randint(0, 3)),
            # Some share a date: the page id breaks the tie.
            "date": datetime.date(2020, 1, 1) + datetime.timedelta(days=(i * 7) % 900),
        }
        for i in range(COUNT)
    ]


@pytest.fixture
def generated(home, settings):
    settings.PAGE_CACHE_ENABLED = False
    lib = build.library(home)
    topics = {slug: content.topic(slug.replace("-", " ").capitalize()) for slug in TOPICS}
    for topic in topics.values():
        topic.slug = topic.name.lower().replace(" ", "-")
        topic.save()
    doc = build.document()
    specs = _generate()
    with disable_reference_index_auto_update():
        for spec in specs:
            page = build.resource(
                lib,
                spec["title"],
                audiences=spec["audience"],
                resource_type=spec["type"][0],
                topics=[topics[s] for s in spec["topic"]],
                languages=spec["language"],
                date=spec["date"],
                publish=False,
                doc=doc,
            )
            spec["pk"] = page.pk
    return lib, specs


def _matching(specs, filters):
    return [s for s in specs if all(v in s[name] for name, v in filters.items())]


def _expected_order(specs):
    return [s["title"] for s in sorted(specs, key=lambda s: (s["date"], s["pk"]), reverse=True)]


def _walk(client, url, params):
    """Every title the listing shows, following its "Next" links; and the first page."""
    titles, first = [], None
    response = client.get(url, params)
    while True:
        html = response.content.decode()
        first = first or html
        titles += re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a>', html)
        following = re.search(r'<a href="\?([^"]+)" rel="next">', html)
        if not following:
            return titles, first
        response = client.get(f"{url}?{unescape(following.group(1))}")


def _shown_counts(html, name):
    """{value: count} as the options of filter `name` show them."""
    select = re.search(rf'<select name="{name}".*?</select>', html, re.S).group(0)
    return {
        value: int(n)
        for value, n in re.findall(r'<option value="([^"]+)"[^>]*>[^<]*\((\d+)\)</option>', select)
    }


def _expected_counts(specs, filters, name, values):
    others = {k: v for k, v in filters.items() if k != name}
    counts = {v: len(_matching(specs, {**others, name: v})) for v in values}
    return {v: n for v, n in counts.items() if n or filters.get(name) == v}


FACET_VALUES = {"audience": AUDIENCES, "type": TYPES, "topic": TOPICS, "language": LANGUAGES}


def test_every_pair_of_filters_lists_exactly_the_matching_resources(client, generated):
    lib, specs = generated
    checked = 0
    for first, second in itertools.combinations(FACET_VALUES, 2):
        for a, b in itertools.product(FACET_VALUES[first], FACET_VALUES[second]):
            filters = {first: a, second: b}
            expected = _matching(specs, filters)
            titles, html = _walk(client, lib.url, filters)
            assert titles == _expected_order(expected), filters
            total = len(expected)
            label = "resource" if total == 1 else "resources"
            assert f'<p role="status">{total} {label}</p>' in html, filters
            for name, values in FACET_VALUES.items():
                shown = _shown_counts(html, name)
                assert shown == _expected_counts(specs, filters, name, values), (filters, name)
            checked += 1
    assert checked == 4 * 6 + 4 * 5 + 4 * 4 + 6 * 5 + 6 * 4 + 5 * 4


def test_one_filter_or_none_pages_through_every_resource_and_bad_values_are_ignored(
    client, generated
):
    lib, specs = generated
    titles, html = _walk(client, lib.url, {})
    assert titles == _expected_order(specs)
    assert len(titles) == COUNT and COUNT > ITEMS_PER_PAGE
    assert _shown_counts(html, "audience") == _expected_counts(specs, {}, "audience", AUDIENCES)
    for topic in TOPICS:
        titles, _html = _walk(client, lib.url, {"topic": topic})
        assert titles == _expected_order(_matching(specs, {"topic": topic}))
    # An unknown value is reported and left out; the others still apply.
    response = client.get(lib.url, {"type": "poster", "audience": "defense"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "That type is not in the list, so it was not used." in html
    total = len(_matching(specs, {"audience": "defense"}))
    assert f'<p role="status">{total} resources</p>' in html
