"""Tree rules and routing of the foundation's page types."""

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from pages.models import HomePage, StandardPage
from tests.conftest import add_page

pytestmark = pytest.mark.django_db


class PageAssertions(WagtailPageTestCase):
    """Borrow Wagtail's page assertions under pytest."""

    def runTest(self):  # pragma: no cover - unittest needs a test method to instantiate
        pass


@pytest.fixture
def wagtail_asserts():
    return PageAssertions()


def test_home_page_only_under_root(wagtail_asserts):
    wagtail_asserts.assertAllowedParentPageTypes(HomePage, {Page})
    wagtail_asserts.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})


def test_at_most_one_home_page_per_language(root_page, home):
    assert not HomePage.can_create_at(root_page)
    assert not HomePage.can_create_at(home)


def test_home_page_can_be_created_on_an_empty_root(root_page):
    assert HomePage.can_create_at(root_page)


def test_standard_page_allowed_under_home(home):
    assert StandardPage.can_create_at(home)


def test_every_page_type_is_routable_and_renderable(client, home, wagtail_asserts):
    page = add_page(home, StandardPage(title="About", slug="about", search_description="x"))
    for candidate in (home, page):
        # Wagtail's assertPageIsRoutable does not know the /en/ prefix; route through
        # the real URL instead.
        response = client.get(candidate.url)
        assert response.status_code == 200
        assert response.context["page"].pk == candidate.pk
        wagtail_asserts.assertPageIsRenderable(candidate)
