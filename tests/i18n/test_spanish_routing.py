"""A Spanish reader never lands on English where Spanish exists (issue 17).

- /es/<English path> of a page with a live Spanish translation redirects (301) to the
  translation, keeping a routable sub-page (a bill) and the query string;
- the English page is served under /es/, with a notice in Spanish naming the hotline,
  only when there is no live translation; its own text is marked lang="en", the
  interface around it is not;
- forms post to, validate in and answer in the reader's language, and the legal-help
  form preselects it;
- the language switcher leads to the same object in the other language: bill pages,
  filtered listings, searches.
"""

import re

import pytest
from django.core.cache import cache

from campaigns.models import Signatory, StatementOfSupportPage
from pages.intake.models import IntakeRequest, LegalHelpPage
from pages.models import ReportIndexPage, StandardPage
from tests.campaigns.support.conftest import sign_data
from tests.conftest import add_page, translate
from tests.pages.intake.conftest import intake_data

pytestmark = pytest.mark.django_db

NOTICE = "Esta página todavía no está en español, así que se la mostramos en inglés."


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()  # the forms' rate limit
    yield
    cache.clear()


def _switcher(html):
    return re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)


@pytest.fixture
def about(home, es_home, spanish):
    about = add_page(
        home,
        StandardPage(title="About us", slug="about", search_description="x", intro="Who we are"),
    )
    es_about = translate(about, spanish, title="Quiénes somos", slug="quienes-somos")
    return about, es_about


# Routing ------------------------------------------------------------------------------


def test_english_address_under_es_redirects_to_the_translation(client, about):
    response = client.get("/es/about/")
    assert response.status_code == 301
    assert response["Location"] == "/es/quienes-somos/"
    response = client.get("/es/about/?topic=policing")
    assert response["Location"] == "/es/quienes-somos/?topic=policing"
    # The translation itself and the English page are served as they are.
    assert client.get("/es/quienes-somos/").status_code == 200
    assert client.get("/en/about/").status_code == 200


def test_english_address_of_a_bill_under_es_redirects_to_the_spanish_bill(
    client, campaigns_in_both_languages
):
    response = client.get("/es/campaigns/bills/ny/2019-2020/S1825/")
    assert response.status_code == 301
    assert response["Location"] == "/es/campanas/bills/ny/2019-2020/S1825/"
    assert client.get(response["Location"]).status_code == 200


def test_untranslated_page_is_served_in_english_with_a_spanish_notice(
    client, home, es_home, site_settings
):
    add_page(
        home,
        StandardPage(title="Contact us", slug="contact", search_description="x", intro="Call us"),
    )
    response = client.get("/es/contact/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="es"' in html
    assert NOTICE in html
    assert (
        'llame a nuestra línea de ayuda al <a class="tel" href="tel:+12127256422" '
        "data-hotline>(212) 725-6422</a>" in html
    )
    main = html[html.index('<main id="main" tabindex="-1">') :]
    # Only the page's own text is marked English: not the notice, not the interface.
    assert 'lang="en"' not in main[: main.index(NOTICE)]
    assert '<h1 lang="en">Contact us</h1>' in main
    assert '<p class="lead" lang="en">Call us</p>' in main
    assert "Saltar al contenido principal" in html


def test_a_draft_translation_does_not_redirect(client, home, es_home, spanish):
    page = add_page(
        home, StandardPage(title="Reports", slug="reports-page", search_description="x")
    )
    draft = page.copy_for_translation(spanish)  # not published
    assert not draft.live
    response = client.get("/es/reports-page/")
    assert response.status_code == 200
    assert NOTICE in response.content.decode()


def test_translated_page_shows_no_notice(client, about):
    html = client.get("/es/quienes-somos/").content.decode()
    assert NOTICE not in html
    assert '<h1 lang="en">' not in html


# Switcher -----------------------------------------------------------------------------


def test_switcher_on_a_bill_page_leads_to_the_same_bill(client, campaigns_in_both_languages):
    spanish = client.get("/es/campanas/bills/ny/2019-2020/S1825/").content.decode()
    assert 'href="/en/campaigns/bills/ny/2019-2020/S1825/"' in _switcher(spanish)
    english = client.get("/en/campaigns/bills/ny/2019-2020/S1825/").content.decode()
    assert 'href="/es/campanas/bills/ny/2019-2020/S1825/"' in _switcher(english)


def test_switcher_on_a_filtered_listing_keeps_the_filter(client, home, es_home, spanish):
    reports = add_page(
        home, ReportIndexPage(title="Reports", slug="reports", search_description="x")
    )
    translate(reports, spanish, title="Informes", slug="informes")
    html = client.get("/es/informes/?topic=youth&year=2017").content.decode()
    assert 'href="/en/reports/?topic=youth&amp;year=2017"' in _switcher(html)
    html = client.get("/en/reports/?topic=youth").content.decode()
    assert 'href="/es/informes/?topic=youth"' in _switcher(html)


def test_switcher_on_search_keeps_the_query(client, home, es_home):
    html = client.get("/es/search/", {"q": "deportación"}).content.decode()
    assert 'href="/en/search/?q=deportaci%C3%B3n"' in _switcher(html)


# Forms --------------------------------------------------------------------------------


@pytest.fixture
def legal_help(home, es_home, spanish, site_settings):
    page = add_page(
        home,
        LegalHelpPage(
            title="Get legal help",
            slug="get-legal-help",
            intro="<p>Tell us how to reach you.</p>",
            search_description="Ask for a callback.",
        ),
    )
    return translate(page, spanish, title="Pedir ayuda legal", slug="ayuda-legal")


def test_spanish_legal_help_form_preselects_spanish(client, legal_help):
    html = client.get("/es/ayuda-legal/").content.decode()
    assert re.search(r'<option value="es" selected lang="es">Español</option>', html)
    html = client.get("/en/get-legal-help/").content.decode()
    assert re.search(r'<option value="en" selected lang="en">English</option>', html)


def test_legal_help_round_trip_stays_in_spanish(client, legal_help):
    html = client.get("/es/ayuda-legal/").content.decode()
    assert '<form method="post" action="/es/ayuda-legal/"' in html  # posts back to /es/

    response = client.post("/es/ayuda-legal/", intake_data(email="no-es-correo"))
    assert response.status_code == 200
    html = response.content.decode()
    assert ">Revise el formulario<" in html
    # Django's own message, in the site's voice (not "Introduzca...").
    assert "Escriba una dirección de correo electrónico válida." in html
    assert "Introduzca" not in html
    assert IntakeRequest.objects.count() == 0

    response = client.post("/es/ayuda-legal/", intake_data(language="es"))
    assert response.status_code == 303
    assert response["Location"] == "/es/ayuda-legal/thanks/"
    thanks = client.get(response["Location"]).content.decode()
    assert '<html lang="es"' in thanks
    assert "Gracias" in thanks
    assert IntakeRequest.objects.get().language == "es"


@pytest.fixture
def statements(home, es_home, spanish):
    from campaigns.models import CampaignIndexPage, CampaignPage

    index = add_page(
        home, CampaignIndexPage(title="Campaigns", slug="campaigns", search_description="x")
    )
    campaign = add_page(
        index,
        CampaignPage(title="One Day", slug="one-day", goal="364 days.", search_description="x"),
    )
    statement = add_page(
        campaign,
        StatementOfSupportPage(
            title="Statement of support",
            slug="statement",
            search_description="Sign the statement.",
            statement=[("paragraph", "<p>We support the 364-day cap.</p>")],
            acknowledgement_text="I have read the statement and may sign it.",
        ),
    )
    translate(index, spanish, title="Campañas", slug="campanas")
    translate(campaign, spanish, title="Un día", slug="un-dia")
    es_statement = translate(
        statement,
        spanish,
        title="Declaración de apoyo",
        slug="declaracion",
        acknowledgement_text="He leído la declaración y puedo firmarla.",
    )
    return statement, es_statement


def test_signature_round_trip_stays_in_spanish_and_counts_once(client, statements):
    statement, es_statement = statements
    url = "/es/campanas/un-dia/declaracion/"
    html = client.get(url).content.decode()
    assert f'<form method="post" action="{url}" id="sign-form"' in html

    response = client.post(url, sign_data(email="no-es-correo"))
    assert response.status_code == 200
    html = response.content.decode()
    assert ">Revise el formulario<" in html
    assert "Escriba un correo electrónico como nombre@ejemplo.org." in html
    assert "He leído la declaración y puedo firmarla." in html

    response = client.post(url, sign_data())
    assert response.status_code == 303
    assert response["Location"] == f"{url}thanks/"
    thanks = client.get(response["Location"]).content.decode()
    assert '<html lang="es"' in thanks
    assert "Gracias" in thanks
    # One statement in two languages: the signature belongs to the English page.
    signature = Signatory.objects.get()
    assert signature.statement_id == statement.pk
    assert es_statement.specific.signed_statement.pk == statement.pk


def test_untranslated_statement_answers_under_es(client, statements):
    statement, es_statement = statements
    es_statement.unpublish()
    url = "/es/campaigns/one-day/statement/"
    response = client.get(url)
    assert response.status_code == 200  # the English page, served under /es/
    response = client.post(url, sign_data())
    assert response.status_code == 303
    assert response["Location"] == f"{url}thanks/"  # not /en/
    assert '<html lang="es"' in client.get(response["Location"]).content.decode()


# Feeds --------------------------------------------------------------------------------


def test_reports_feed_is_linked_only_where_it_has_entries(client, home, es_home):
    from datetime import date

    from pages.models import ReportPage

    reports = add_page(
        home, ReportIndexPage(title="Reports", slug="reports", search_description="x")
    )
    add_page(
        reports,
        ReportPage(
            title="A report",
            slug="a-report",
            search_description="x",
            summary="x",
            publication_date=date(2017, 3, 1),
        ),
    )
    feed_link = 'type="application/atom+xml" title="{}"'
    english = client.get("/en/").content.decode()
    assert feed_link.format("Reports (Atom feed)") in english
    spanish = client.get("/es/").content.decode()
    assert "/es/feeds/reports/" not in spanish
    assert "/en/feeds/reports/" not in spanish
