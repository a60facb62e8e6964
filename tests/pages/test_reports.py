"""The report index filters, pagination and the report page itself."""

import datetime
import re

import pytest
from django.db import connection
from django.template.defaultfilters import filesizeformat
from django.test.utils import CaptureQueriesContext

from pages.models import Person, ReportPage
from tests.pages import content

pytestmark = pytest.mark.django_db

D = datetime.date


@pytest.fixture
def catalogue(home):
    index = content.report_index(home)
    drugs, youth = content.topic("Drug offenses"), content.topic("Youth")
    fpp, ilrc = content.partner("Fair Punishment Project"), content.partner("ILRC")
    reports = {
        "a": content.report(index, "Alpha", D(2017, 3, 1), [drugs], [fpp, ilrc]),
        "b": content.report(index, "Bravo", D(2017, 9, 1), [youth], [ilrc]),
        "c": content.report(index, "Charlie", D(2019, 5, 1), [drugs, youth], []),
        "d": content.report(index, "Delta", D(2021, 1, 1), [], [fpp]),
    }
    return index, reports


def titles(response):
    return [r.title for r in response.context["reports"]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["Delta", "Charlie", "Bravo", "Alpha"]),
        ("?topic=drug-offenses", ["Charlie", "Alpha"]),
        ("?topic=youth", ["Charlie", "Bravo"]),
        ("?year=2017", ["Bravo", "Alpha"]),
        ("?partner=ilrc", ["Bravo", "Alpha"]),
        ("?partner=fair-punishment-project", ["Delta", "Alpha"]),
        ("?topic=drug-offenses&year=2017", ["Alpha"]),
        ("?topic=youth&partner=ilrc", ["Bravo"]),
        ("?topic=drug-offenses&year=2019&partner=ilrc", []),
        ("?topic=youth&year=2019", ["Charlie"]),
    ],
)
def test_filters_return_exactly_the_matching_reports(client, catalogue, query, expected):
    index, _ = catalogue
    response = client.get(index.url + query)
    assert response.status_code == 200
    assert titles(response) == expected


def test_unknown_filter_values_are_reported_and_ignored(client, catalogue):
    index, _ = catalogue
    response = client.get(index.url + "?topic=nope&year=abc&partner=ilrc")
    assert response.status_code == 200
    assert titles(response) == ["Bravo", "Alpha"]  # the valid filter still applies
    html = response.content.decode()
    assert "is not in the list" in html
    # Each error once, next to its filter (not again in a summary above the form).
    assert html.count("That topic is not in the list") == 1
    assert html.count("That year is not in the list") == 1
    # The form keeps what was chosen.
    assert re.search(r'<option value="ilrc" selected>', html)


def test_filter_form_works_without_javascript(client, catalogue):
    index, _ = catalogue
    html = client.get(index.url).content.decode()
    form = html[html.index('<form class="filters"') :]
    form = form[: form.index("</form>")]
    assert 'method="get"' in form
    for name in ("topic", "year", "partner"):
        assert f'<label for="filter-{name}">' in form
        assert f'name="{name}"' in form
    assert '<option value="2019">2019</option>' in form
    assert 'type="submit"' in form


@pytest.mark.parametrize("page", ["0", "-1", "999", "abc", "1.5", "", "%00"])
def test_pagination_edge_cases_never_fail(client, home, page):
    index = content.report_index(home)
    for i in range(12):
        content.report(index, f"Report {i:02d}", D(2000 + i, 1, 1))
    response = client.get(index.url, {"page": page})
    assert response.status_code == 200
    assert len(response.context["reports"]) in (10, 2)


def test_pagination_keeps_filters_and_lists_newest_first(client, home):
    index = content.report_index(home)
    youth = content.topic("Youth")
    for i in range(12):
        content.report(index, f"Report {i:02d}", D(2000 + i, 1, 1), topics=[youth])
    content.report(index, "Other", D(2030, 1, 1))
    response = client.get(index.url + "?topic=youth")
    assert titles(response)[0] == "Report 11"
    html = response.content.decode()
    # The link continues from the last report shown (its id: nothing else in the address).
    last = ReportPage.objects.get(title="Report 02")
    assert f'href="?topic=youth&amp;page=2&amp;after={last.pk}" rel="next"' in html
    second = client.get(index.url, {"topic": "youth", "page": 2, "after": last.pk})
    assert titles(second) == ["Report 01", "Report 00"]
    assert "Page 2 of 2" in second.content.decode()
    assert 'rel="next"' not in second.content.decode()
    # Back to the first page, then old links by number still work (counted).
    assert 'href="?topic=youth" rel="prev"' in second.content.decode()
    assert titles(client.get(index.url + "?topic=youth&page=2")) == ["Report 01", "Report 00"]
    assert client.get(index.url + "?topic=youth&page=99").context["page_obj"].number == 2


def test_keyset_pages_walk_forward_and_back(client, home):
    index = content.report_index(home)
    for i in range(25):
        content.report(index, f"Report {i:02d}", D(2000, 1, 1))  # the same date: ids decide
    seen, url = [], index.url
    for _ in range(3):
        response = client.get(url)
        seen.append(titles(response))
        page_obj = response.context["page_obj"]
        url = index.url + "?" + page_obj.next_query
    assert [len(p) for p in seen] == [10, 10, 5]
    assert sum(seen, []) == [f"Report {i:02d}" for i in reversed(range(25))]
    assert not page_obj.has_next
    # The third page's "Previous" goes back to exactly the second page.
    back = client.get(index.url + "?" + page_obj.previous_query)
    assert titles(back) == seen[1]
    assert back.context["page_obj"].number == 2
    # A cursor that is not a report of this listing falls back to counting, never errors.
    assert client.get(index.url, {"after": 999999, "page": 2}).status_code == 200
    assert client.get(index.url, {"after": "x", "before": "-1"}).status_code == 200


def test_an_old_page_number_link_reads_like_a_keyset_page(client, home):
    """`?page=N` without a cursor (links made before keyset paging) continues from the
    last row of page N-1, found in the kept list of page ends: no OFFSET, and the same
    rows and query count as the keyset link to that page."""
    index = content.report_index(home)
    for i in range(35):
        content.report(index, f"Report {i:02d}", D(2000 + i % 3, 1, 1))
    keyset_url = index.url + "?" + client.get(index.url).context["page_obj"].next_query
    for _ in range(2):
        keyset_url = index.url + "?" + client.get(keyset_url).context["page_obj"].next_query
    old_url = index.url + "?page=4"
    client.get(old_url)  # the list of page ends is now kept

    def read(url):
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(url)
        return titles(response), [q["sql"] for q in ctx.captured_queries]

    old_titles, old_queries = read(old_url)
    keyset_titles, keyset_queries = read(keyset_url)
    assert old_titles == keyset_titles and len(old_titles) == 5
    assert not [sql for sql in old_queries if "OFFSET" in sql.upper()]
    assert len(old_queries) <= len(keyset_queries)
    # A publish moves every later page: the list of page ends is read again.
    content.report(index, "Newest", D(2040, 1, 1))
    assert len(read(old_url)[0]) == 6  # 36 reports: page 4 holds the last 6


def test_report_page_shows_file_type_size_authors_and_partners(client, home):
    index = content.report_index(home)
    doc = content.make_document("The sample report")
    person = Person.objects.create(name="Jo Researcher", role="Fellow")
    page = content.report(
        index,
        "Sanctuary",
        D(2017, 6, 1),
        partners=[content.partner("ILRC")],
        authors=[person, "A. Guest"],
        report_file=doc,
        key_findings=[{"type": "finding", "value": "Cities can do more."}],
    )
    html = client.get(page.url).content.decode()
    assert f'href="{doc.url}"' in html
    assert f"(PDF, {filesizeformat(doc.file_size)})" in html
    assert "Jo Researcher, A. Guest" in html
    assert "ILRC" in html
    assert "Cities can do more." in html


def test_a_renamed_author_shows_at_once_on_a_cached_report(
    client, home, settings, django_assert_max_num_queries
):
    """The page cache keeps the report whole; saving a person (a snippet) replaces the
    content version, so the next reader gets the new name."""
    settings.PAGE_CACHE_ENABLED = True
    index = content.report_index(home)
    person = Person.objects.create(name="Jo Researcher", role="Fellow")
    page = content.report(index, "Sanctuary", D(2017, 6, 1), authors=[person])
    assert "Jo Researcher" in client.get(page.url).content.decode()
    with django_assert_max_num_queries(0):  # the next reader: a page-cache hit
        assert "Jo Researcher" in client.get(page.url).content.decode()
    person.name = "Jo Renamed"
    person.save()
    assert "Jo Renamed" in client.get(page.url).content.decode()


def test_author_needs_exactly_a_person_or_a_name(home):
    from django.core.exceptions import ValidationError

    from pages.models import ReportAuthor

    with pytest.raises(ValidationError):
        ReportAuthor(name="").clean()
    with pytest.raises(ValidationError):
        ReportAuthor(name="X", person=Person.objects.create(name="Y")).clean()
    ReportAuthor(name="X").clean()


def test_the_cover_loads_first_and_is_described(client, catalogue):
    """The cover is the largest picture at the top of a report: it is fetched at once
    (not lazily) and carries the image's description as its text alternative."""
    report = catalogue[1]["a"]
    report.cover_image = content.make_image("Cover")
    report.cover_image.description = "Cover of the Alpha report: a courthouse at dusk"
    report.cover_image.save()
    report.save_revision().publish()
    html = client.get(report.url).content.decode()
    cover = re.search(r'<div class="report__cover">(.*?)</div>', html, re.S).group(1)
    assert 'loading="lazy"' not in cover
    assert 'fetchpriority="high"' in cover
    assert 'alt="Cover of the Alpha report: a courthouse at dusk"' in cover
