"""Staff edit the chart and the cards in the admin: list, filter by consequence, search,
export; a section typed as "PL 220.03" is stored as 220.03; a card is added."""

import datetime

import pytest
from django.urls import reverse

from pages.resources.cards import KnowYourRightsCard
from pages.resources.chart.models import ChartEntry
from tests.conftest import login_with_mfa

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, make_user, home):
    login_with_mfa(client, make_user("legal", superuser=True))
    return client


def _entry(section, **fields):
    return ChartEntry.objects.create(
        section=section,
        offense=f"Invented offense {section}",
        reviewed_on=datetime.date(2026, 1, 1),
        **fields,
    )


def test_chart_listing_filters_searches_and_exports(editor):
    _entry("220.03", controlled_substance=True)
    _entry("265.01", firearm=True)
    url = reverse("wagtailsnippets_resources_chartentry:list")
    html = editor.get(url).content.decode()
    assert "Invented offense 220.03" in html and "Invented offense 265.01" in html
    assert "Controlled substance offense" in html  # the consequences column
    filtered = editor.get(url, {"firearm": "true"}).content.decode()
    assert "Invented offense 265.01" in filtered and "Invented offense 220.03" not in filtered
    searched = editor.get(url, {"q": "220.03"}).content.decode()
    assert "Invented offense 220.03" in searched and "Invented offense 265.01" not in searched
    export = editor.get(url, {"export": "csv"})
    assert export.status_code == 200
    lines = b"".join(export.streaming_content).decode().splitlines()
    assert lines[0].startswith("Section,Offense,Aggravated felony")
    assert any(line.startswith("220.03,Invented offense 220.03,False") for line in lines)


def test_a_section_typed_with_its_prefix_is_stored_as_the_number(editor):
    url = reverse("wagtailsnippets_resources_chartentry:add")
    response = editor.post(
        url,
        {
            "section": "PL § 220.03",
            "offense": "Invented offense",
            "controlled_substance": "on",
            "tips": "",
            "reviewed_on": "2026-01-02",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    entry = ChartEntry.objects.get()
    assert entry.section == "220.03" and entry.controlled_substance and not entry.firearm
    bad = editor.post(url, {"section": "two-twenty", "offense": "X", "reviewed_on": "2026-01-02"})
    assert bad.status_code == 200
    assert "Write a Penal Law section number" in bad.content.decode()


def test_a_card_is_added_in_the_admin(editor, home):
    url = reverse("wagtailsnippets_resources_knowyourrightscard:add")
    response = editor.post(
        url,
        {
            "title": "Invented heading",
            "points-count": "1",
            "points-0-type": "point",
            "points-0-value": "An invented point.",
            "points-0-deleted": "",
            "points-0-order": "0",
            "closing": "Call our hotline.",
            "locale": str(home.locale_id),
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    card = KnowYourRightsCard.objects.get()
    assert card.point_texts == ["An invented point."]


@pytest.mark.parametrize("model", ["knowyourrightspage", "quickreferencechartpage"])
def test_editors_can_add_the_pages_under_the_home_page(editor, home, model):
    url = reverse("wagtailadmin_pages:add", args=["resources", model, home.pk])
    response = editor.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="intro"' in html
    if model == "knowyourrightspage":
        assert "card_placements-TOTAL_FORMS" in html


def test_a_card_is_translated_through_wagtail_localize(editor, home, spanish):
    from wagtail_localize.models import Translation

    from tests.admin.test_translation import fill_strings
    from tests.pages.resources.card_content import ENGLISH, SPANISH

    card = KnowYourRightsCard.objects.create(locale=home.locale, **ENGLISH)
    url = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=["resources", "knowyourrightscard", card.pk],
    )
    assert editor.get(url).status_code == 200
    assert editor.post(url, {"locales": [spanish.pk]}).status_code == 302
    translation = Translation.objects.get(source__object_id=card.translation_key)
    words = {ENGLISH["title"]: SPANISH["title"], ENGLISH["closing"]: SPANISH["closing"]}
    words.update({e[1]: s[1] for e, s in zip(ENGLISH["points"], SPANISH["points"], strict=True)})
    fill_strings(editor, translation, words)
    translation.save_target()  # what the translation editor's save does
    card_es = card.get_translation(spanish)
    assert card_es.title == SPANISH["title"]
    assert card_es.point_texts == [text for _type, text in SPANISH["points"]]
    assert card_es.closing == SPANISH["closing"]
