"""Topics and partners in Spanish: the demo's Spanish reports filter by Spanish topics
and partners, and a topic link on a Spanish report leads to reports, not to an error.

Wagtail-localize copies a page's topic and partner links from the English page (the
links are not translatable objects), so the Spanish pages point at English snippets:
the site shows each snippet as its translation in the page's language."""

import datetime
import re
from html import unescape

import pytest
from wagtail.models import Locale, Site

from pages.models import Partner, ReportIndexPage, ReportPage, Topic
from tests.conftest import translate
from tests.pages import content

pytestmark = pytest.mark.django_db


def _options(html, name):
    select = re.search(rf'<select name="{name}".*?</select>', html, re.S).group(0)
    return [
        (value, unescape(label))
        for value, label in re.findall(r'<option value="([^"]*)"[^>]*>([^<]*)</option>', select)
        if value
    ]


def _host():
    return Site.objects.get(is_default_site=True).hostname


def test_spanish_report_filters_list_every_topic_and_partner_of_the_reports_in_spanish(
    client, demo_content
):
    spanish = Locale.objects.get(language_code="es")
    index = ReportIndexPage.objects.get(locale=spanish)
    html = client.get(index.url, HTTP_HOST=_host()).content.decode()

    reports = ReportPage.objects.live().child_of(index).specific()
    used_topics = {link.topic.translation_key for r in reports for link in r.topic_links.all()}
    used_partners = {
        link.partner.translation_key for r in reports for link in r.partner_links.all()
    }
    expected_topics = {
        (t.slug, t.name)
        for t in Topic.objects.filter(locale=spanish, translation_key__in=used_topics)
    }
    expected_partners = {
        (p.slug, p.name)
        for p in Partner.objects.filter(locale=spanish, translation_key__in=used_partners)
    }
    # Every topic and partner of the Spanish reports has its Spanish version...
    assert len(expected_topics) == len(used_topics) >= 4
    assert len(expected_partners) == len(used_partners) >= 3
    # ...and the filters offer exactly those, by their Spanish names.
    assert set(_options(html, "topic")) == expected_topics
    assert set(_options(html, "partner")) == expected_partners
    assert ("drug-offenses", "Delitos de drogas") in expected_topics
    assert "Drug offenses" not in html


def test_a_topic_link_on_a_spanish_report_lists_reports_without_an_error(client, demo_content):
    spanish = Locale.objects.get(language_code="es")
    report = ReportPage.objects.live().filter(locale=spanish, slug="un-precio-demasiado-alto")
    report = report.get()
    html = client.get(report.url, HTTP_HOST=_host()).content.decode()
    links = re.findall(r'<a class="topic" href="([^"]+\?topic=[^"]+)"[^>]*>([^<]+)</a>', html)
    assert links, "the report shows its topics as filter links"
    for href, name in links:
        assert name == "Delitos de drogas"
        response = client.get(unescape(href), HTTP_HOST=_host())
        page = response.content.decode()
        assert response.status_code == 200
        assert "no está en la lista" not in page
        assert "error-summary" not in page and "form-field__error" not in page
        titles = [r.title for r in response.context["reports"]]
        assert report.title in titles
        assert all(r.locale_id == spanish.pk for r in response.context["reports"])


def test_filters_name_an_untranslated_topic_in_english_marked_as_english(client, home, spanish):
    """A topic not translated yet still filters; its English name is marked lang="en"."""
    index = content.report_index(home)
    drugs, youth = content.topic("Drug offenses"), content.topic("Youth")
    report = content.report(index, "Alpha", datetime.date(2017, 3, 1), [drugs, youth])
    translate(home, spanish, title="Inicio")
    es_index = translate(index, spanish, title="Informes", slug="informes")
    # As wagtail-localize does: the copy's topic links point at the English topics.
    translate(report, spanish, title="Alfa", slug="alfa")
    es_drugs = drugs.copy_for_translation(spanish)
    es_drugs.name = "Delitos de drogas"
    es_drugs.save()

    html = client.get(es_index.url).content.decode()
    assert set(_options(html, "topic")) == {
        ("drug-offenses", "Delitos de drogas"),
        ("youth", "Youth"),
    }
    assert '<option value="youth" lang="en">Youth</option>' in html
    for slug in ("drug-offenses", "youth"):
        response = client.get(es_index.url + f"?topic={slug}")
        assert [r.title for r in response.context["reports"]] == ["Alfa"]
