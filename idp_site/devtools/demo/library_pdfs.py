"""Real files for the demo's resources and reports: a PDF written from the page's own
text (fpdf2), one per language, so every "Download" in the demo opens a document.

Idempotent: a document is made once per title and reused on the next run."""

import datetime

from django.core.files.base import ContentFile
from fpdf import FPDF
from wagtail.documents.models import Document

from pages.models import live_help_line

ORGANIZATION = "Immigrant Defense Project"
#: Typography the PDF core fonts (Latin-1) lack, as their plain forms.
PLAIN = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "..."})


def _latin(text):
    return text.translate(PLAIN).encode("latin-1", "replace").decode("latin-1")


def pdf_bytes(title, paragraphs, language="en"):
    """A letter-size PDF with `title` and `paragraphs` as selectable text."""
    pdf = FPDF(format="letter")
    pdf.set_title(_latin(title))
    pdf.set_author(ORGANIZATION)
    pdf.set_lang(language)
    # The same bytes on every run.
    pdf.set_creation_date(datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC))
    pdf.set_margins(20, 20, 20)
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.cell(0, 6, ORGANIZATION, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 18)
    pdf.multi_cell(0, 9, _latin(title), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", size=11)
    for text in paragraphs:
        pdf.multi_cell(0, 6, _latin(text), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    return bytes(pdf.output())


def document(title, paragraphs, language="en", hotline_line=None):
    """The demo document titled `title`, written the first time it is asked for. The
    hotline's number comes from the live Help line, never typed here."""
    existing = Document.objects.filter(title=title).first()
    if existing is not None:
        return existing
    paragraphs = list(paragraphs)
    if hotline_line:
        paragraphs.append(f"{hotline_line} {live_help_line().number}")
    data = pdf_bytes(title, paragraphs, language)
    slug = "".join(ch if ch.isalnum() else "-" for ch in title.lower()).strip("-")[:80]
    return Document.objects.create(
        title=title, file=ContentFile(data, name=f"{slug}.pdf"), file_size=len(data)
    )


def report_document(title, summary, findings):
    """A report's summary and key findings as a PDF (the demo holds no partner's full
    text, so the file says what it is in its title)."""
    return document(
        f"{title}: summary and key findings (PDF)",
        [summary, *findings],
        "en",
        "Questions? Call our hotline:",
    )
