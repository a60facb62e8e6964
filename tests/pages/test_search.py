"""Site search: one query across page types, type filter, ranking, odd input."""

import datetime

import pytest
from django.db import connection

from pages.models import StandardPage
from tests.conftest import add_page
from tests.pages import content

pytestmark = pytest.mark.django_db


@pytest.fixture
def corpus(home):
    reports = content.report_index(home)
    stories = content.story_index(home)
    body = [{"type": "paragraph", "value": "<p>Municipal identification protects applicants.</p>"}]
    report = content.report(
        reports, "Sanctuary promises", datetime.date(2017, 1, 1), body=body, slug="sanctuary"
    )
    # Mentions "sanctuary" only in its body, several times, to test title-first ranking.
    story = content.story(
        stories,
        "A family kept together",
        body=[
            {
                "type": "paragraph",
                "value": "<p>Sanctuary, sanctuary, sanctuary: the city and sanctuary.</p>",
            }
        ],
    )
    page = add_page(
        home, StandardPage(title="About sanctuary", slug="about", search_description="x")
    )
    return {"report": report, "story": story, "page": page}


def _titles(response):
    return [r["page"].title for r in response.context["results"]]


def test_finds_a_report_by_a_word_of_its_body(client, corpus):
    response = client.get("/en/search/", {"q": "municipal"})
    assert response.status_code == 200
    assert _titles(response) == ["Sanctuary promises"]
    html = response.content.decode()
    assert "Summary of Sanctuary promises" in html or "About Sanctuary promises" in html
    assert response["X-Robots-Tag"] == "noindex"
    assert '<meta name="robots" content="noindex">' in html


def test_finds_a_report_by_its_title(client, corpus):
    assert "Sanctuary promises" in _titles(client.get("/en/search/", {"q": "promises"}))


def test_filters_by_type(client, corpus):
    everything = _titles(client.get("/en/search/", {"q": "sanctuary"}))
    assert set(everything) == {"Sanctuary promises", "A family kept together", "About sanctuary"}
    assert _titles(client.get("/en/search/", {"q": "sanctuary", "type": "report"})) == [
        "Sanctuary promises"
    ]
    assert _titles(client.get("/en/search/", {"q": "sanctuary", "type": "story"})) == [
        "A family kept together"
    ]
    # An unknown type is ignored rather than an error.
    unknown = client.get("/en/search/", {"q": "sanctuary", "type": "<script>"})
    assert unknown.status_code == 200
    assert set(_titles(unknown)) == set(everything)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="ranking is PostgreSQL's")
def test_title_match_ranks_first_on_postgresql(client, corpus):
    from modelsearch.backends import get_search_backend

    assert type(get_search_backend()).__name__ == "PostgresSearchBackend"
    titles = _titles(client.get("/en/search/", {"q": "sanctuary", "type": "report"}))
    assert titles == ["Sanctuary promises"]
    titles = _titles(client.get("/en/search/", {"q": "sanctuary"}))
    assert titles.index("A family kept together") == len(titles) - 1
    assert titles[0] in {"Sanctuary promises", "About sanctuary"}


def test_empty_query_points_to_the_hotline(client, corpus):
    response = client.get("/en/search/", {"q": "   "})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Type a word or two" in html
    assert "(212) 725-6422" in html


def test_no_results_point_to_the_hotline(client, corpus):
    html = client.get("/en/search/", {"q": "zyzzyva"}).content.decode()
    assert "Nothing matched" in html
    assert "(212) 725-6422" in html


@pytest.mark.parametrize(
    "query",
    [
        "a" * 10_000,
        "sanctuary " * 1_000,
        "\x00sanctuary\x00",
        '"unclosed',
        "'; DROP TABLE pages; --",
        "sanctuary & | ! ( ) : * <-> ~",
        "AND OR NOT NEAR",
        "-sanctuary +promises",
        "🏳️‍🌈 ✊🏽 日本語",
        "\\ / % _ $ {{ }}",
        "\u202e\u200b",
        "*",
    ],
)
def test_odd_queries_never_fail(client, corpus, query):
    response = client.get("/en/search/", {"q": query, "page": "x"})
    assert response.status_code == 200


def test_results_paginate_keeping_query_and_type(client, home):
    reports = content.report_index(home)
    for i in range(12):
        content.report(reports, f"Detention study {i}", datetime.date(2010 + i, 1, 1))
    response = client.get("/en/search/", {"q": "detention", "type": "report"})
    assert len(response.context["results"]) == 10
    assert 'href="?q=detention&amp;type=report&amp;page=2"' in response.content.decode()
    second = client.get("/en/search/", {"q": "detention", "type": "report", "page": 2})
    assert len(second.context["results"]) == 2


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the indexed search")
def test_a_word_on_very_many_pages_ranks_the_newest_and_says_so(client, corpus, monkeypatch):
    from pages import search_index

    monkeypatch.setattr(search_index, "MAX_RANKED", 2)
    response = client.get("/en/search/", {"q": "sanctuary"})
    assert len(response.context["results"]) == 2
    html = response.content.decode()
    assert "Many pages match “sanctuary”: the 2 newest are shown" in html
    assert "Add a word to narrow the search." in html
    assert (
        "1 result for “municipal”" in client.get("/en/search/", {"q": "municipal"}).content.decode()
    )
