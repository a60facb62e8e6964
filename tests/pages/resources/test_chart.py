"""The Quick Reference Chart: search by section number and by words, the notice and
the attorneys' path, the CSV import (all or nothing, bad rows named), the admin."""

import datetime
import re

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from pages.models import StandardPage
from pages.resources.chart.importer import ChartFileError, import_chart
from pages.resources.chart.models import ChartEntry, normalize_section, section_sort_key
from pages.resources.models import LibrarySettings
from tests.budgets import QUERY_BUDGET
from tests.conftest import add_page, publish_help_line
from tests.pages.resources.chart_rows import HEADER, chart_page, invented_entries

pytestmark = pytest.mark.django_db


def sections(response):
    return re.findall(r'chart-entry__section">PL § ([^<]+)<', response.content.decode())


@pytest.mark.parametrize(
    ("typed", "section"),
    [
        ("220.03", "220.03"),
        ("PL 220.03", "220.03"),
        ("P.L. § 220.03", "220.03"),
        ("Penal Law §220.03", "220.03"),
        ("NY PL 120.05(3)", "120.05(3)"),
        ("220", "220"),
        ("possession", ""),
        ("220.03 possession", ""),
        ("", ""),
    ],
)
def test_section_numbers_are_read_as_readers_write_them(typed, section):
    assert normalize_section(typed) == section


def test_sections_sort_as_numbers():
    keys = sorted(["220.03", "35.15", "120.05", "220.16"], key=section_sort_key)
    assert keys == ["35.15", "120.05", "220.03", "220.16"]


def test_search_by_section_and_by_word_finds_the_entry(client, home):
    page = chart_page(home)
    invented_entries(60)
    for query in ("220.03", "PL 220.03", "§ 220.03"):
        response = client.get(page.url, {"q": query})
        assert response.status_code == 200
        assert sections(response) == ["220.03"], query
        assert "1 entry for" in response.content.decode()
    # A word only entry 0 holds, and a stemmed form of a word in its tips.
    assert sections(client.get(page.url, {"q": "zeppelin"})) == ["220.03"]
    if connection.vendor == "postgresql":
        assert sections(client.get(page.url, {"q": "zeppelins"})) == ["220.03"]
    # A whole article by its number: 300 finds 300.01 ... 300.49, not 220.03.
    found = sections(client.get(page.url, {"q": "300"}))
    assert "220.03" not in found and "300.01" in found
    nothing = client.get(page.url, {"q": "nonexistentword"})
    assert sections(nothing) == []
    assert "Nothing in the chart matches" in nothing.content.decode()


def test_chart_lists_entries_in_section_order_with_consequences_and_review_date(client, home):
    page = chart_page(home)
    invented_entries(30)
    response = client.get(page.url)
    html = response.content.decode()
    listed = sections(response)
    assert listed[0] == "220.03" and listed[1:4] == ["300.01", "300.02", "300.03"]
    assert len(listed) == 25  # one page of the chart
    assert 'rel="next"' in html
    first = html[html.index("PL § 220.03") : html.index("PL § 300.01")]
    assert "Controlled substance offense" in first and "Firearm offense" in first
    assert "Aggravated felony" not in first
    assert '<time datetime="2026-01-01">' in first
    second = client.get(page.url, {"page": 2})
    assert sections(second)[:2] == ["300.25", "300.26"]


def test_chart_carries_its_notice_the_attorneys_path_and_the_hotline(client, home, site_settings):
    attorneys = add_page(home, StandardPage(title="For attorneys", slug="attorneys"))
    site_settings.attorney_page = attorneys
    site_settings.save()
    publish_help_line("(212) 555-0100")
    page = chart_page(home)
    html = client.get(page.url).content.decode()
    notice = html[html.index('class="callout chart__notice"') :]
    notice = notice[: notice.index("</aside>")]
    assert "General information: talk to us about your client" in notice
    assert "every case is different" in notice
    assert f'<a href="{attorneys.url}">ask us about your client' in notice
    assert 'href="tel:+12125550100" data-hotline>(212) 555-0100</a>' in notice
    assert "The chart has no entries yet" in html


def test_chart_text_is_marked_english_on_the_spanish_page(client, home, spanish):
    from tests.conftest import translate

    page = chart_page(home)
    invented_entries(2)
    translate(home, spanish)
    page_es = translate(page, spanish, title="Tabla de referencia rápida")
    html = client.get(page_es.url).content.decode()
    assert '<span lang="en">Invented zeppelin offense number 0</span>' in html
    assert "Consecuencias migratorias" in html


def _csv(*rows):
    return HEADER + "".join(row + "\n" for row in rows)


GOOD = "220.03,Invented possession offense,controlled_substance,Invented tip,2026-01-15"


def test_import_creates_and_updates_entries_matched_by_section(make_user):
    reviewer = make_user("lawyer")
    summary = import_chart(
        _csv(
            GOOD, 'PL 155.25,"Invented theft, petit",moral_turpitude;aggravated_felony,,2025-12-01'
        ),
        reviewer=reviewer,
    )
    assert sorted(summary.created) == ["155.25", "220.03"]
    entry = ChartEntry.objects.get(section="155.25")
    assert entry.offense == "Invented theft, petit"
    assert entry.consequences == ["Aggravated felony", "Crime involving moral turpitude"]
    assert entry.reviewed_by == reviewer
    assert entry.reviewed_on == datetime.date(2025, 12, 1)
    again = import_chart(_csv(GOOD.replace("Invented tip", "A newer tip")))
    assert again.updated == ["220.03"] and again.created == []
    assert ChartEntry.objects.get(section="220.03").tips == "A newer tip"
    assert ChartEntry.objects.count() == 2


def test_import_with_one_bad_row_writes_nothing_and_names_the_row():
    ChartEntry.objects.create(
        section="100.00", offense="Kept as it was", reviewed_on=datetime.date(2025, 1, 1)
    )
    text = _csv(
        GOOD,
        "155.25,Invented theft,moral_turpitude,,2025-12-01",
        "22O.O3,Invented typo in the section,,,2025-12-01",
        "100.00,Would change the kept entry,,,2025-12-01",
    )
    with pytest.raises(ChartFileError) as raised:
        import_chart(text)
    assert raised.value.problems == [
        'line 4: "22O.O3" is not a Penal Law section number (e.g. 220.03)'
    ]
    assert list(ChartEntry.objects.values_list("section", "offense")) == [
        ("100.00", "Kept as it was")
    ]


def test_import_names_every_kind_of_bad_row():
    text = _csv(
        GOOD,
        "220.03,Same section again,,,2026-01-01",
        ",No section,,,2026-01-01",
        "120.05,,cimt;firearm,,2026-13-01",
        "120.06,Invented,firearm,,2999-01-01",
        "120.07,Too,many,cells,2026-01-01,extra",
    )
    with pytest.raises(ChartFileError) as raised:
        import_chart(text)
    problems = raised.value.problems
    assert problems[0] == "line 3: section 220.03 is already on line 2"
    assert problems[1].startswith('line 4: "" is not a Penal Law section number')
    assert problems[2].startswith("line 5: the offense is empty; unknown consequence(s): cimt")
    assert '"2026-13-01" is not a date written YYYY-MM-DD' in problems[2]
    assert problems[3] == "line 6: the review date 2999-01-01 is in the future"
    assert problems[4].startswith("line 7: more cells than columns")
    assert ChartEntry.objects.count() == 0


def test_import_command_refuses_a_bad_file_and_says_why(tmp_path):
    bad = tmp_path / "chart.csv"
    bad.write_text(_csv(GOOD, "155.25,Invented,firearm,,yesterday"), encoding="utf-8")
    with pytest.raises(CommandError) as raised:
        call_command("import_chart", str(bad))
    message = str(raised.value)
    assert "Nothing was imported" in message
    assert 'line 3: "yesterday" is not a date written YYYY-MM-DD' in message
    assert ChartEntry.objects.count() == 0
    missing = tmp_path / "columns.csv"
    missing.write_text("section,offense\n220.03,Invented\n", encoding="utf-8")
    with pytest.raises(CommandError, match="line 1: missing column"):
        call_command("import_chart", str(missing))


def test_import_command_writes_a_good_file(tmp_path, capsys):
    good = tmp_path / "chart.csv"
    good.write_text("\ufeff" + _csv(GOOD), encoding="utf-8")
    call_command("import_chart", str(good))
    assert "1 created, 0 updated, 0 unchanged" in capsys.readouterr().out
    assert ChartEntry.objects.get().offense == "Invented possession offense"


def test_chart_page_queries_do_not_grow_with_the_chart(
    client, home, site_settings, settings, django_assert_max_num_queries
):
    settings.PAGE_CACHE_ENABLED = False
    settings.PAGE_FRAGMENT_CACHE = False
    LibrarySettings.for_site(home.get_site())  # a live site has the row already
    page = chart_page(home)
    invented_entries(10)

    def count(params):
        client.get(page.url, params)
        with django_assert_max_num_queries(QUERY_BUDGET) as ctx:
            assert client.get(page.url, params).status_code == 200
        return len(ctx)

    small = [count({}), count({"q": "220.03"}), count({"q": "widget"})]
    invented_entries(90, start=10)
    assert [count({}), count({"q": "220.03"}), count({"q": "widget"})] == small


@pytest.mark.parametrize("query", ["\x00", "220.03\x00", "a & | ! (", '"unclosed', "x" * 500])
def test_odd_searches_answer_without_error(client, home, query):
    page = chart_page(home)
    invented_entries(3)
    response = client.get(page.url, {"q": query, "page": "%00"})
    assert response.status_code == 200
    assert 'id="chart-q"' in response.content.decode()
