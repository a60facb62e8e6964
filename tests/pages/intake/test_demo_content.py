"""The demo help pages: created once, linked from the help bar, with the hotline."""

import pytest
from django.core.management import call_command
from wagtail.models import Revision, Site

from pages.intake.models import AttorneyHelpPage, LegalHelpPage
from pages.models import SiteSettings

pytestmark = pytest.mark.django_db


def test_demo_help_pages_are_idempotent_and_linked(client, demo_content):
    # The help pages' own revisions (the whole tree's idempotency is asserted in
    # tests/pages/test_demo_content.py).
    help_pages = Revision.objects.filter(
        content_type__model__in=["legalhelppage", "attorneyhelppage"]
    )
    revisions = help_pages.count()
    call_command("load_demo_content")
    assert help_pages.count() == revisions
    # One English page of each kind, plus its Spanish translation.
    english = {"locale__language_code": "en"}
    assert LegalHelpPage.objects.filter(**english).count() == 1
    assert AttorneyHelpPage.objects.filter(**english).count() == 1
    assert LegalHelpPage.objects.filter(locale__language_code="es").count() == 1

    site = Site.objects.get(is_default_site=True)
    settings = SiteSettings.for_site(site)
    help_page = LegalHelpPage.objects.get(**english)
    assert settings.legal_help_page_id == help_page.pk
    assert settings.attorney_page_id == AttorneyHelpPage.objects.get(**english).pk

    for url in ("/en/get-legal-help/", "/en/attorneys/"):
        response = client.get(url, HTTP_HOST=site.hostname)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert "(212) 725-6422" in html
        assert "data-leave-site" in html
    home = client.get("/en/", HTTP_HOST=site.hostname).content.decode()
    assert 'href="/en/get-legal-help/"' in home
