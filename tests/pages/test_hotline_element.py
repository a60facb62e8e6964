"""The hotline in page text: the rich text element and the Hotline block show the Help
line's live number, the editor refuses a typed copy, and every phone number in body
text is a tel: link, in English and Spanish."""

import json
import re

import pytest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.rich_text import RichText, expand_db_html
from wagtail_localize.strings import extract_strings

from pages.blocks import RICH_TEXT_FEATURES, BodyBlock
from pages.models import StandardPage
from pages.phone_numbers import link_phone_numbers, typed_hotline
from pages.roles import MODERATORS
from tests.conftest import add_page, login_with_mfa, publish_help_line

STORED = '<p>Call our hotline at <a linktype="hotline"></a> today.</p>'
NUMBER = "(212) 725-6422"


@pytest.mark.django_db
def test_the_element_shows_the_live_number_as_a_phone_link(home):
    html = expand_db_html(STORED)
    assert f'<a class="tel" href="tel:+12127256422" data-hotline="">{NUMBER}</a> today.' in html
    publish_help_line("(646) 555-0123")
    html = str(RichText(STORED).__html__())
    assert "(646) 555-0123" in html and NUMBER not in html


def test_the_editor_keeps_the_element_and_stores_no_number():
    converter = ContentstateConverter(features=RICH_TEXT_FEATURES)
    contentstate = json.loads(converter.from_database_format(STORED))
    entities = list(contentstate["entityMap"].values())
    assert [e["type"] for e in entities] == ["HOTLINE"]
    assert entities[0]["mutability"] == "IMMUTABLE"
    block = contentstate["blocks"][0]
    assert block["text"] == "Call our hotline at Hotline number today."
    assert block["entityRanges"] == [{"offset": 20, "length": 14, "key": 0}]
    # Back to the database: the label the editor saw is not stored, the element is.
    stored = converter.to_database_format(json.dumps(contentstate))
    assert re.sub(r' data-block-key="\w+"', "", stored) == STORED


def test_translators_get_the_element_inside_its_sentence():
    _template, strings = extract_strings(STORED)
    assert [value.data for value, _attrs in strings] == [
        'Call our hotline at <a id="a1"></a> today.'
    ]
    assert strings[0][1] == {"a1": {"linktype": "hotline"}}


@pytest.mark.parametrize(
    "text",
    [
        "Call (212) 725-6422 today.",
        "Llame al 212-725-6422 hoy.",
        "Call 212.725.6422.",
        "Call +1 212 725 6422.",
        '<a href="tel:+12127256422">our line</a>',
    ],
)
def test_a_typed_copy_of_the_hotline_is_found(text):
    assert typed_hotline(text, NUMBER)


@pytest.mark.parametrize(
    "text",
    ["Call (212) 555-0199.", "Bill A.4469 / S.1825, 2019", STORED, "§70.15 and 364 days"],
)
def test_other_numbers_are_not_typed_copies(text):
    assert typed_hotline(text, NUMBER) == []


def test_every_phone_number_in_body_text_becomes_a_phone_link():
    html = link_phone_numbers(
        "<p>Call (718) 555-0100 or 212-555-0199, llame al +1 646 555 0123. "
        'Bill A.4469, 2007-2012. <a href="tel:+12125550100">(212) 555-0100</a></p>'
    )
    assert '<a class="tel" href="tel:+17185550100">(718) 555-0100</a>' in html
    assert '<a class="tel" href="tel:+12125550199">212-555-0199</a>' in html
    assert '<a class="tel" href="tel:+16465550123">+1 646 555 0123</a>' in html
    assert "Bill A.4469, 2007-2012." in html
    # A number already in a link is left as it was.
    assert html.count("tel:+12125550100") == 1


@pytest.mark.django_db
def test_rich_text_on_pages_links_numbers_in_both_languages(home, spanish):
    for language in ("en", "es"):
        with translation.override(language):
            html = str(RichText("<p>Oficina: (718) 555-0100.</p>").__html__())
        assert '<a class="tel" href="tel:+17185550100">(718) 555-0100</a>' in html


@pytest.mark.django_db
def test_the_hotline_block_shows_the_number_and_its_hours_in_the_reader_language(home):
    publish_help_line(NUMBER, en="Weekdays, 10 to 5.", es="De lunes a viernes, de 10 a 5.")
    block = BodyBlock().child_blocks["hotline"]
    value = block.to_python({"heading": "", "text": "Before you plead guilty, call us."})
    with translation.override("en"):
        english = block.render(value)
    with translation.override("es"):
        spanish = block.render(value)
    assert 'href="tel:+12127256422" data-hotline>(212) 725-6422</a>' in english
    assert "Weekdays, 10 to 5." in english and "Legal advice hotline" in english
    assert "De lunes a viernes, de 10 a 5." in spanish and "Weekdays" not in spanish
    assert "Línea de ayuda legal" in spanish


@pytest.mark.django_db
def test_the_help_pages_show_the_hours_from_the_help_line(home):
    publish_help_line(NUMBER, en="If no one answers, leave a message.")
    html = render_to_string("intake/includes/help_hotline.html", {"page": None})
    assert "If no one answers, leave a message." in html
    assert 'class="tel" href="tel:+12127256422" data-hotline' in html


@pytest.mark.django_db
def test_the_editor_refuses_a_typed_hotline_and_says_what_to_use(client, home, make_user):
    page = add_page(home, StandardPage(title="Contact", slug="contact", search_description="x"))
    login_with_mfa(client, make_user("morgan", groups=[MODERATORS]))
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])

    def post(intro, paragraph):
        data = {
            "title": "Contact",
            "slug": "contact",
            "search_description": "x",
            "intro": intro,
            "body-count": "1",
            "body-0-type": "paragraph",
            "body-0-deleted": "",
            "body-0-order": "0",
            "body-0-id": "b1",
            "body-0-value": ContentstateConverter(RICH_TEXT_FEATURES).from_database_format(
                paragraph
            ),
        }
        return client.post(url, data)

    response = post("Call (212) 725-6422.", "<p>Or 212-725-6422.</p>")
    assert response.status_code == 200
    text = response.content.decode()
    assert "This text types the hotline number ((212) 725-6422)" in text
    assert "This text types the hotline number (212-725-6422)" in text
    assert "the phone button of the text toolbar" in text
    page.refresh_from_db()
    assert page.get_latest_revision().content["intro"] == ""

    response = post("Call our hotline.", STORED)
    assert response.status_code == 302
    page.refresh_from_db()
    body = page.get_latest_revision().content["body"]
    assert 'at <a linktype=\\"hotline\\"></a> today.' in body and "725-6422" not in body


@pytest.mark.django_db
def test_numbers_in_a_lead_paragraph_are_phone_links_too(client, home):
    add_page(
        home,
        StandardPage(
            title="Offices", slug="offices", search_description="x", intro="Brooklyn: 718-555-0100."
        ),
    )
    html = client.get("/en/offices/").content.decode()
    assert 'Brooklyn: <a class="tel" href="tel:+17185550100">718-555-0100</a>.' in html
