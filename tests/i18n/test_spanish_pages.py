"""Under /es/ the interface around the content is Spanish: form errors on the help
and signature forms, and a bill's stage, progress steps, status sentence and call to
action, with days written the Spanish way."""

import re
from pathlib import Path

import pytest
from django.core.cache import cache

from campaigns.models import (
    CampaignIndexPage,
    CampaignPage,
    Signatory,
    StatementOfSupportPage,
)
from pages.intake.models import IntakeRequest, LegalHelpPage
from tests.campaigns.support.conftest import sign_data
from tests.conftest import add_page, translate
from tests.pages.intake.conftest import intake_data

pytestmark = pytest.mark.django_db

BILL_FIXTURES = Path(__file__).parent.parent / "campaigns" / "legislation" / "fixtures"


@pytest.fixture(autouse=True)
def _fresh_cache():
    # The forms' rate limit lives in the cache.
    cache.clear()
    yield
    cache.clear()


@pytest.mark.parametrize(
    ("prefix", "heading", "messages"),
    [
        (
            "/es/",
            "Revise el formulario",
            ["Díganos quién necesita ayuda.", "Escriba un número de teléfono de 7 a 15 dígitos"],
        ),
        (
            "/en/",
            "Please check the form",
            ["Tell us who needs help.", "Enter a phone number with 7 to 15 digits"],
        ),
    ],
)
def test_intake_form_errors_follow_the_language(
    client, home, es_home, site_settings, prefix, heading, messages
):
    add_page(
        home,
        LegalHelpPage(
            title="Get legal help",
            slug="get-legal-help",
            intro="<p>Tell us how to reach you.</p>",
            search_description="Ask for a callback.",
        ),
    )
    data = intake_data(who_needs_help="", phone="12", message="Typed before the error")
    response = client.post(f"{prefix}get-legal-help/", data)
    assert response.status_code == 200
    text = response.content.decode()
    assert f">{heading}<" in text
    for message in messages:
        assert message in text
    assert "Typed before the error" in text
    assert IntakeRequest.objects.count() == 0


@pytest.mark.parametrize(
    ("prefix", "heading", "messages"),
    [
        (
            "/es/",
            "Revise el formulario",
            [
                "Escriba su correo electrónico.",
                "Marque la casilla para confirmar; si no, la firma no puede contar.",
            ],
        ),
        (
            "/en/",
            "Please check the form",
            [
                "Enter your email address.",
                "Tick the box to confirm, or the signature cannot count.",
            ],
        ),
    ],
)
def test_signature_form_errors_follow_the_language(
    client, home, es_home, prefix, heading, messages
):
    # The statement has no Spanish version: /es/ serves the English page with Spanish
    # interface text, form errors included.
    index = add_page(
        home, CampaignIndexPage(title="Campaigns", slug="campaigns", search_description="x")
    )
    campaign = add_page(
        index,
        CampaignPage(title="One Day", slug="one-day", goal="364 days.", search_description="x"),
    )
    add_page(
        campaign,
        StatementOfSupportPage(
            title="Statement of support",
            slug="statement",
            search_description="Sign the statement.",
            statement=[("paragraph", "<p>We support the 364-day cap.</p>")],
            acknowledgement_text="I have read the statement and may sign it.",
        ),
    )
    data = sign_data(email="", acknowledged=None, organization_name="Harbor Defenders")
    response = client.post(f"{prefix}campaigns/one-day/statement/", data)
    assert response.status_code == 200
    text = response.content.decode()
    assert f">{heading}<" in text
    for message in messages:
        assert message in text
    assert 'value="Harbor Defenders"' in text
    assert Signatory.objects.count() == 0


def test_bill_page_speaks_spanish_under_es(client, campaigns_in_both_languages):
    response = client.get("/es/campanas/bills/ny/2019-2020/S1825/")
    assert response.status_code == 200
    text = response.content.decode()
    assert '<html lang="es"' in text
    # The committee's name is the legislature's English, marked as such.
    assert (
        'En la Comisión de <span lang="en">Codes</span>, en el Senado, desde el 8 de enero de 2020'
        in text
    )
    progress = re.search(r'<ol class="progress".*?</ol>', text, re.S).group(0)
    current = re.search(r'aria-current="step">.*?</li>', progress, re.S).group(0)
    assert "Comisión en el Senado" in current and "(paso actual)" in current
    for step in ("Votación en la Asamblea", "Enviado al gobernador", "Firmado o vetado"):
        assert step in progress
    assert "<td>Senado</td>" in text
    assert "Senate" not in re.sub(r"<[^>]*>", " ", progress)
    # Each campaign once, in the reader's language.
    campaigns = text[text.index('id="campaigns-heading"') :]
    assert 'href="/es/campanas/un-dia/"' in campaigns
    assert "/en/campaigns/one-day/" not in campaigns


def test_bill_page_stays_english_under_en(client, campaigns_in_both_languages):
    text = client.get("/en/campaigns/bills/ny/2019-2020/S1825/").content.decode()
    assert "In the Senate Codes Committee since 8 January 2020" in text
    assert "Delivered to the Governor" in text
    assert "<td>Senate</td>" in text
    campaigns = text[text.index('id="campaigns-heading"') :]
    assert 'href="/en/campaigns/one-day/"' in campaigns
    assert "/es/campanas/un-dia/" not in campaigns


def test_campaign_page_call_to_action_and_dates_are_spanish(client, campaigns_in_both_languages):
    text = client.get("/es/campanas/un-dia/").content.decode()
    assert '<span class="visually-hidden">Estado </span>' in text
    assert '<span class="badge badge--won">Ganada</span>' in text
    assert ">12 de abril de 2019</time>" in text
    assert "¡Lo logramos!" in text
    assert "Pendiente de votación" not in text
    assert 'En la Comisión de <span lang="en">Codes</span>, en el Senado' in text


@pytest.mark.parametrize("fragments", [False, True], ids=["rendered", "fragment cache"])
def test_footer_line_is_each_language_homes_own(client, home, spanish, settings, fragments):
    settings.PAGE_FRAGMENT_CACHE = fragments
    home.footer_text = "Defending immigrants where criminal and immigration law meet."
    home.save_revision().publish()
    es_home = translate(
        home, spanish, title="Proyecto", footer_text="Defendemos a las personas inmigrantes."
    )
    english, spanish_html = (client.get(p).content.decode() for p in ("/en/", "/es/"))
    assert "Defending immigrants where" in english
    assert "Defendemos a las personas inmigrantes." not in english
    assert "Defendemos a las personas inmigrantes." in spanish_html
    assert "Defending immigrants where" not in spanish_html

    es_home.footer_text = "Otra línea."
    es_home.save_revision().publish()
    assert "Otra línea." in client.get("/es/").content.decode()  # a publish reaches it
