"""load_demo_content builds the program areas, reports, stories and snippets, idempotently."""

import pytest
from django.core.management import call_command
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Page, Revision, Site

from pages.models import (
    Partner,
    ProgramAreaPage,
    ReportAuthor,
    ReportPage,
    ReportPartner,
    StoryPage,
    Topic,
)

pytestmark = pytest.mark.django_db


def _counts():
    return [
        m.objects.count()
        for m in (Page, Revision, Topic, Partner, ReportPartner, ReportAuthor, Image, Document)
    ]


def test_demo_sections_are_built_once(client, demo_content):
    before = _counts()
    call_command("load_demo_content")
    assert _counts() == before

    assert ProgramAreaPage.objects.live().filter(locale__language_code="en").count() == 6
    assert StoryPage.objects.live().filter(locale__language_code="en").count() == 3
    # Composites, said once in a note: not in every title.
    assert all(s.has_consent and "composite" not in s.title for s in StoryPage.objects.all())
    report = ReportPage.objects.get(slug="promise-of-sanctuary-cities")
    assert report.publication_date.year == 2017
    assert {p.partner.slug for p in report.partner_links.all()} == {
        "fair-punishment-project",
        "ilrc",
    }
    # The demo holds no partner's full text: its file is the page's own summary and
    # findings, and says so.
    assert report.report_file.title.endswith(": summary and key findings (PDF)")
    assert report.report_file.file.read(5) == b"%PDF-"
    assert report.cover_image.title.startswith("Cover: The Promise of Sanctuary Cities")
    assert ReportPage.objects.live().filter(locale__language_code="en").count() >= 8
    assert (
        Topic.objects.filter(
            slug__in=["daca", "lgbtq", "gangs", "youth"], locale__language_code="en"
        ).count()
        == 4
    )

    host = Site.objects.get(is_default_site=True).hostname
    for page in (report, *ProgramAreaPage.objects.all(), *StoryPage.objects.all()):
        assert client.get(page.url, HTTP_HOST=host).status_code == 200
    drug = ProgramAreaPage.objects.get(slug="drug-policy-reform", locale__language_code="en")
    html = client.get(drug.url, HTTP_HOST=host).content.decode()
    assert "34,000" in html
    assert "Drug Policy Alliance" in html
    assert "An old marijuana conviction" in html
