import pytest
from django.core.management import call_command
from wagtail.models import Page, Revision, Site

from pages.models import HomePage

pytestmark = pytest.mark.django_db


def test_load_demo_content_is_idempotent(client):
    call_command("load_demo_content")
    pages, revisions = Page.objects.count(), Revision.objects.count()
    call_command("load_demo_content")
    assert Page.objects.count() == pages
    assert Revision.objects.count() == revisions
    home = HomePage.objects.get(locale__language_code="en")
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
    response = client.get("/en/", HTTP_HOST=Site.objects.get(is_default_site=True).hostname)
    assert response.status_code == 200
    assert "2 million" in response.content.decode()
