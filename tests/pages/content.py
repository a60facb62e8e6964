"""Builders for the content tests: topics, partners, the three sections and their pages."""

import datetime
import io

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image

from pages.models import (
    Partner,
    ProgramAreaIndexPage,
    ProgramAreaPage,
    ProgramAreaPartner,
    ProgramAreaTopic,
    ReportAuthor,
    ReportIndexPage,
    ReportPage,
    ReportPartner,
    ReportTopic,
    StoryIndexPage,
    StoryPage,
    StoryTopic,
    Topic,
)
from tests.conftest import add_page

SAMPLE_PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def make_image(title="Cover", colour="navy", size=(400, 300)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, colour).save(buffer, "PNG")
    return Image.objects.create(title=title, file=ImageFile(buffer, name=f"{title}.png"))


def make_document(title="Report file"):
    return Document.objects.create(
        title=title, file=ContentFile(SAMPLE_PDF, name="report.pdf"), file_size=len(SAMPLE_PDF)
    )


def topic(name, locale=None):
    slug = name.lower().replace(" ", "-")
    fields = {"slug": slug}
    if locale is not None:
        fields["locale"] = locale
    return Topic.objects.get_or_create(name=name, **fields)[0]


def partner(name, logo=None):
    slug = name.lower().replace(" ", "-")
    return Partner.objects.get_or_create(name=name, slug=slug, defaults={"logo": logo})[0]


def program_index(home):
    return add_page(
        home, ProgramAreaIndexPage(title="Our work", slug="our-work", search_description="x")
    )


def report_index(home):
    return add_page(home, ReportIndexPage(title="Reports", slug="reports", search_description="x"))


def story_index(home):
    return add_page(home, StoryIndexPage(title="Stories", slug="stories", search_description="x"))


def report(index, title, date, topics=(), partners=(), authors=(), **fields):
    fields.setdefault("summary", f"Summary of {title}.")
    fields.setdefault("search_description", f"About {title}.")
    page = ReportPage(
        title=title, slug=fields.pop("slug", None) or _slug(title), publication_date=date, **fields
    )
    for t in topics:
        page.topic_links.add(ReportTopic(topic=t))
    for p in partners:
        page.partner_links.add(ReportPartner(partner=p))
    for a in authors:
        page.authors.add(ReportAuthor(name=a) if isinstance(a, str) else ReportAuthor(person=a))
    return add_page(index, page)


def story(index, title, topics=(), program_area=None, **fields):
    fields.setdefault("storyteller_name", "Ana (a pseudonym)")
    fields.setdefault("consent_recorded", True)
    fields.setdefault("consent_date", datetime.date(2024, 1, 15))
    fields.setdefault("pull_quote", f"Words from {title}.")
    fields.setdefault("search_description", f"About {title}.")
    page = StoryPage(title=title, slug=_slug(title), program_area=program_area, **fields)
    for t in topics:
        page.topic_links.add(StoryTopic(topic=t))
    return add_page(index, page)


def program_area(index, title, topics=(), partners=(), **fields):
    fields.setdefault("summary", f"What we do on {title}.")
    fields.setdefault("search_description", f"About {title}.")
    page = ProgramAreaPage(title=title, slug=_slug(title), **fields)
    for t in topics:
        page.topic_links.add(ProgramAreaTopic(topic=t))
    for p in partners:
        page.partner_links.add(ProgramAreaPartner(partner=p))
    return add_page(index, page)


def _slug(title):
    return "".join(c if c.isalnum() else "-" for c in title.lower()).strip("-")[:60]
