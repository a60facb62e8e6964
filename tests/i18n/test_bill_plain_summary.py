"""Each tracked bill has a plain-language summary written by staff in each language;
the legislature's official data stays, marked English on Spanish pages."""

import re

import pytest
from wagtail.models import Site

pytestmark = pytest.mark.django_db

S1825_ES = "/es/campanas/bills/ny/2019-2020/S1825/"


def _section(html, heading_id):
    start = html.index(f'aria-labelledby="{heading_id}"')
    return html[start : html.index("</section>", start)]


def test_the_spanish_bill_page_explains_the_bill_in_plain_spanish(client, demo_content):
    host = Site.objects.get(is_default_site=True).hostname
    html = client.get(S1825_ES, HTTP_HOST=host).content.decode()
    summary = _section(html, "summary-heading")
    plain = re.search(r'<div class="bill__plain-summary"( lang="\w+")?>(.*?)</div>', summary, re.S)
    assert plain.group(1) is None  # in the page's language: no lang="en"
    assert "Este proyecto de ley baja de un año a 364 días" in plain.group(2)
    assert "llame a nuestra línea de ayuda" in plain.group(2)
    assert "725-6422" not in plain.group(2)  # the number comes only from the Help line
    # The official summary is still there, marked as English.
    assert "<h3>El resumen oficial</h3>" in summary
    assert re.search(r'<div lang="en"><p>Lowers the longest sentence', summary)
    # The sponsor's title in the legislator's grammatical gender.
    assert "Patrocinadora: senadora Jessica Ramos" in html
    assert "Patrocinador: Sen." not in html


def test_the_english_bill_page_shows_the_english_summary(client, demo_content):
    host = Site.objects.get(is_default_site=True).hostname
    html = client.get("/en/campaigns/bills/ny/2019-2020/S1825/", HTTP_HOST=host)
    summary = _section(html.content.decode(), "summary-heading")
    assert "This bill would cut the longest sentence" in summary
    assert "Este proyecto" not in summary
    assert "Sponsor: Senator Jessica Ramos" in html.content.decode()
