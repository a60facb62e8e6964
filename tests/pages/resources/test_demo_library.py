"""The demo's library: at least 12 resources for all four audiences and every type, a
real PDF behind every resource's and report's download (type and size shown), the three
audience entry pages in the main menu with their top resources, in English and Spanish."""

import re

import pytest
from wagtail.models import Site

from pages.models import ReportPage
from pages.resources.models import AUDIENCES, RESOURCE_TYPES, ResourcePage

pytestmark = pytest.mark.django_db


def _get(client, url):
    host = Site.objects.get(is_default_site=True).hostname
    return client.get(url, HTTP_HOST=host)


def _is_pdf(doc):
    with doc.file.open("rb") as handle:
        data = handle.read()
    return data.startswith(b"%PDF-") and doc.file_size == len(data) > 500


def test_demo_resources_cover_every_audience_and_type(demo_content):
    resources = list(ResourcePage.objects.live().filter(locale__language_code="en"))
    assert len(resources) >= 12
    for code, _label in AUDIENCES:
        assert any(code in r.audiences for r in resources), code
    types = {r.resource_type for r in resources}
    assert types == {code for code, _l in RESOURCE_TYPES if code != "report"}


def test_every_download_is_a_real_pdf_with_type_and_size(client, demo_content):
    for page in ResourcePage.objects.live():
        files = list(page.files.select_related("document"))
        assert files, page.url_path
        html = _get(client, page.url).content.decode()
        for f in files:
            assert _is_pdf(f.document), page.url_path
            assert f'href="{f.document.url}" hreflang="{f.language}"' in html
        assert re.search(r"\(PDF, [\d.,]+\xa0KB", html), page.url_path
    for report in ReportPage.objects.live().select_related("report_file"):
        assert report.report_file and _is_pdf(report.report_file), report.url_path
        html = _get(client, report.url).content.decode()
        assert f'href="{report.report_file.url}"' in html


def test_audience_pages_are_in_the_main_menu_with_top_resources(client, demo_content):
    english = _get(client, "/en/").content.decode()
    for path, title in [
        ("/en/library/for-defenders/", "For defenders"),
        ("/en/library/for-our-community/", "For our community"),
        ("/en/library/for-advocates/", "For advocates"),
    ]:
        assert f'href="{path}"' in english, path
        html = _get(client, path).content.decode()
        top = html.split('id="top-heading"')[1].split("</section>")[0]
        assert len(re.findall(r'class="card__title"', top)) == 3, path
        assert title in html
    spanish = _get(client, "/es/").content.decode()
    assert 'href="/es/biblioteca/para-defensores/"' in spanish


def test_demo_library_in_spanish_lists_spanish_pages(client, demo_content):
    html = _get(client, "/es/biblioteca/").content.decode()
    assert "Preguntas y respuestas sobre la ley de los 364 días" in html
    page = _get(client, "/es/biblioteca/guia-padilla/").content.decode()
    assert 'hreflang="en"' in page and "en inglés" in page
