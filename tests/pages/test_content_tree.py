"""Tree rules of the program area, report and story sections, and that each page type
routes and renders."""

import pytest
from wagtail.test.utils import WagtailPageTestCase

from pages.models import (
    HomePage,
    ProgramAreaIndexPage,
    ProgramAreaPage,
    ReportIndexPage,
    ReportPage,
    StandardPage,
    StoryIndexPage,
    StoryPage,
)
from tests.pages import content

pytestmark = pytest.mark.django_db


class PageAssertions(WagtailPageTestCase):
    def runTest(self):  # pragma: no cover
        pass


@pytest.fixture
def wagtail_asserts():
    return PageAssertions()


@pytest.mark.parametrize(
    ("index", "child"),
    [
        (ProgramAreaIndexPage, ProgramAreaPage),
        (ReportIndexPage, ReportPage),
        (StoryIndexPage, StoryPage),
    ],
)
def test_index_and_child_rules(wagtail_asserts, index, child):
    wagtail_asserts.assertAllowedParentPageTypes(index, {HomePage})
    wagtail_asserts.assertAllowedSubpageTypes(index, {child})
    wagtail_asserts.assertAllowedParentPageTypes(child, {index})
    wagtail_asserts.assertAllowedSubpageTypes(child, set())


def test_one_index_of_each_kind_per_home(home):
    for index_model, make in (
        (ProgramAreaIndexPage, content.program_index),
        (ReportIndexPage, content.report_index),
        (StoryIndexPage, content.story_index),
    ):
        assert index_model.can_create_at(home)
        make(home)
        assert not index_model.can_create_at(home)


def test_children_only_under_their_index(home):
    about = content.add_page(
        home, StandardPage(title="About", slug="about", search_description="x")
    )
    reports = content.report_index(home)
    for model in (ReportPage, StoryPage, ProgramAreaPage):
        assert not model.can_create_at(home)
        assert not model.can_create_at(about)
    assert ReportPage.can_create_at(reports)
    assert not StoryPage.can_create_at(reports)
    assert not ProgramAreaIndexPage.can_create_at(about)


def test_every_new_page_type_routes_and_renders(client, home, wagtail_asserts):
    areas = content.program_index(home)
    reports = content.report_index(home)
    stories = content.story_index(home)
    youth = content.topic("Youth")
    area = content.program_area(areas, "Youth justice", topics=[youth])
    report = content.report(reports, "A report", content.datetime.date(2020, 1, 1), topics=[youth])
    story = content.story(stories, "A story", topics=[youth], program_area=area)
    for page in (areas, reports, stories, area, report, story):
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert response.context["page"].pk == page.pk
        wagtail_asserts.assertPageIsRenderable(page.specific)
