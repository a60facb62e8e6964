import pytest
from django.core.management import call_command
from wagtail.models import Page, Revision, Site

from pages.models import HomePage

pytestmark = pytest.mark.django_db


def test_load_demo_content_is_idempotent(client, demo_content):
    # The site as the loader first builds it (from this run's one real load, see
    # tests/demo_snapshot.py: loading it from nothing again here took half a minute).
    pages, revisions = Page.objects.count(), Revision.objects.count()
    call_command("load_demo_content")
    assert Page.objects.count() == pages
    assert Revision.objects.count() == revisions
    home = HomePage.objects.get(locale__language_code="en")
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
    response = client.get("/en/", HTTP_HOST=Site.objects.get(is_default_site=True).hostname)
    assert response.status_code == 200
    assert "34,000" in response.content.decode()


def test_spanish_demo_pages_are_translations_and_idempotent(client, demo_content):
    es_home = HomePage.objects.get(locale__language_code="es")
    en_home = HomePage.objects.get(locale__language_code="en")
    assert es_home.translation_key == en_home.translation_key
    assert es_home.live
    revisions = Revision.objects.count()
    call_command("load_demo_content")
    assert Revision.objects.count() == revisions

    host = Site.objects.get(is_default_site=True).hostname
    home_html = client.get("/es/", HTTP_HOST=host).content.decode()
    assert "Un caso penal no debería terminar en deportación" in home_html
    assert "Esta página todavía no está en español" not in home_html
    about = client.get("/es/quienes-somos/", HTTP_HOST=host)
    assert about.status_code == 200
    assert "Capacitamos a abogados defensores" in about.content.decode()
    # Every demo page has its Spanish translation: the English address under /es/
    # leads there.
    contact = client.get("/es/about/contact/", HTTP_HOST=host)
    assert contact.status_code == 301
    assert contact["Location"] == "/es/quienes-somos/contacto/"


@pytest.mark.parametrize(
    ("url", "text"),
    [
        ("/es/ayuda-legal/", "nuestro equipo legal le llamará"),
        ("/es/abogados/", "no nombre a su cliente"),
        ("/es/nuestro-trabajo/reforma-politica-de-drogas/", "Más de 34\u00a0000"),
        ("/es/campanas/un-dia/", "Por qué importa un día"),
    ],
)
def test_spanish_editions_of_help_campaign_and_program_area(client, demo_content, url, text):
    host = Site.objects.get(is_default_site=True).hostname
    response = client.get(url, HTTP_HOST=host)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="es"' in html
    assert text in html
    assert "Esta página todavía no está en español" not in html
