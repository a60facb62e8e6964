import pytest

from pages.models import StandardPage
from tests.conftest import add_page

pytestmark = pytest.mark.django_db


def test_sitemap_lists_live_pages_not_drafts(client, home):
    add_page(home, StandardPage(title="Live", slug="live-page", search_description="x"))
    add_page(home, StandardPage(title="Draft", slug="draft-page", live=False), publish=False)
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    xml = response.content.decode()
    assert "/en/live-page/" in xml
    assert "draft-page" not in xml
