"""The demo's know-your-rights card, in English and Spanish, on its page and print
sheet, and the chart page with no entries (the shared notes state none)."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Site

from pages.resources.cards import KnowYourRightsCard
from pages.resources.chart.models import ChartEntry

pytestmark = pytest.mark.django_db


def test_demo_card_in_english_and_spanish_on_its_page_and_sheet(client, demo_content):
    cards = {c.locale.language_code: c for c in KnowYourRightsCard.objects.all()}
    assert set(cards) == {"en", "es"}
    assert cards["en"].translation_key == cards["es"].translation_key
    host = Site.objects.get(is_default_site=True).hostname
    english = client.get("/en/know-your-rights/", HTTP_HOST=host).content.decode()
    assert "Talk to a lawyer before you plead guilty." in english
    spanish = client.get("/es/conozca-sus-derechos/", HTTP_HOST=host).content.decode()
    assert "Hable con un abogado antes de declararse culpable." in spanish
    assert "Esta página todavía no está en español" not in spanish
    sheet = client.get("/es/conozca-sus-derechos/print/", HTTP_HOST=host).content.decode()
    assert '<article class="kyr-card" lang="en">' in sheet
    assert '<article class="kyr-card" lang="es">' in sheet
    # The card ends at the hotline, from the Help line, on both sides.
    assert sheet.count('class="tel kyr-card__tel" href="tel:+12127256422" data-hotline>') == 2


def test_demo_chart_page_has_no_entries_and_every_text_translated(client, demo_content):
    assert ChartEntry.objects.count() == 0
    host = Site.objects.get(is_default_site=True).hostname
    chart = client.get("/es/tabla-de-referencia-rapida/", HTTP_HOST=host)
    assert chart.status_code == 200
    assert "La tabla aún no tiene entradas" in chart.content.decode()
    out = io.StringIO()
    call_command("load_demo_content", stdout=out)
    missing = [line for line in out.getvalue().splitlines() if "stays in English" in line]
    assert not [line for line in missing if "know-your-rights" in line or "chart" in line]
    assert not [line for line in missing if "knowyourrightscard" in line]
