"""Demo statements, press room, newsletter signup and donate page (pages/alerts/).

Original words; facts only from the shared notes on the organization. Legal points are
said only as precisely as those notes say them, and each ends at the hotline (rendered
by the hotline element, never typed). No mailing address, tax status or payment link is
invented: the donation settings stay empty, and the donate page then says how to ask."""

import datetime

from django.core.files.base import ContentFile
from fpdf import FPDF
from wagtail.documents import get_document_model

from idp_site.devtools.demo.facts import HOTLINE
from idp_site.devtools.demo.pages import paragraph, upsert_page
from pages.alerts.models import (
    DonatePage,
    NewsletterSignupPage,
    PressContact,
    PressLogo,
    PressRoomPage,
    StatementIndexPage,
    StatementPage,
)

LOGO_TITLE = "IDP logo (demo), PDF"
CLOSING = (
    "Every case is different. Anyone facing a criminal charge who is not a U.S. citizen "
    f"should talk to a lawyer before pleading guilty. Our hotline gives legal advice: {HOTLINE}."
)

STATEMENTS = [
    (
        "364-day-law",
        "New York caps misdemeanor sentences at 364 days",
        datetime.date(2019, 4, 12),
        StatementPage.Kind.STATEMENT,
        "From today a class A misdemeanor in New York carries at most 364 days. One day "
        "less takes many New Yorkers out of the reach of deportation rules built on a "
        "one-year sentence.",
        [
            "Under New York Penal Law \u00a770.15, a class A misdemeanor sentence is now "
            "capped at 364 days instead of one year. Under federal immigration law, a "
            "possible or imposed sentence of one year is what turns some offenses into "
            "grounds for deportation or a bar to relief.",
            "The change does not protect everyone. A drug conviction (other than one for "
            "a small amount of marijuana), a firearm offense, a domestic-violence or "
            "stalking offense and other categories can still lead to deportation, "
            "whatever the sentence.",
            "The law also reaches one-year sentences imposed before it took effect. How "
            "immigration authorities will treat such an older sentence is a question to "
            "put to a lawyer.",
            CLOSING,
        ],
    ),
    (
        "protect-our-courts-act-signed",
        "The Protect Our Courts Act is law in New York",
        datetime.date(2020, 12, 15),
        StatementPage.Kind.PRESS_RELEASE,
        "New York now limits civil immigration arrests of people going to court, at "
        "court, or on their way home from it.",
        [
            "The Protect Our Courts Act (S.425 / A.2176) was signed today. It limits civil "
            "immigration arrests of people on their way to a New York court, at the "
            "courthouse and on their way back.",
            "Our reports \u201cThe Courthouse Trap\u201d (2019) and \u201cDenied, "
            "Disappeared, and Deported\u201d (2020) documented what courthouse arrests do "
            "to people who come to court, and to the courts themselves.",
            CLOSING,
        ],
    ),
    (
        "courthouse-enforcement-memo",
        "Our reading of the federal memo on courthouse arrests",
        datetime.date(2021, 4, 27),
        StatementPage.Kind.STATEMENT,
        "ICE and CBP issued a memo today on civil immigration enforcement in or near "
        "courthouses. We are analysing what it changes and what it leaves in place.",
        [
            "On 27 April 2021 ICE and CBP issued a memo on civil immigration enforcement "
            "in or near courthouses. We will publish our analysis for defenders and "
            "community members.",
            "In New York, the Protect Our Courts Act, signed on 15 December 2020, already "
            "limits civil immigration arrests of people going to, at or coming from court.",
            CLOSING,
        ],
    ),
]

ABOUT_IDP = (
    "<p>The Immigrant Defense Project (IDP) is a New York organization working where "
    "criminal law and immigration law meet. It advises immigrants and their defenders, "
    "trains defense lawyers and communities, publishes research, and campaigns for laws "
    "and practices that keep a criminal case from ending in deportation.</p>"
)


def logo_document():
    """A one-page PDF standing in for the logo files (documents here are PDFs and
    office files; the real logos are uploaded by staff)."""
    Document = get_document_model()
    existing = Document.objects.filter(title=LOGO_TITLE).first()
    if existing is not None:
        return existing
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 48)
    pdf.cell(0, 40, "IDP", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 16)
    pdf.cell(0, 10, "Immigrant Defense Project")
    document = Document(title=LOGO_TITLE)
    document.file.save("idp-logo-demo.pdf", ContentFile(bytes(pdf.output())), save=False)
    document.save()
    return document


def load_statements(home):
    index = upsert_page(
        home,
        StatementIndexPage,
        "statements",
        title="Statements and press releases",
        search_description="Statements and press releases from the Immigrant Defense Project.",
        intro="Our statements on new laws and policies, and our press releases, newest first.",
    )
    for slug, title, date, kind, summary, texts in STATEMENTS:
        upsert_page(
            index,
            StatementPage,
            slug,
            title=title,
            kind=kind,
            release_date=date,
            dateline="NEW YORK",
            summary=summary,
            search_description=summary,
            body=paragraph(*texts),
            contact_name="Press office",
            contact_email="press@immdefense.org",
        )
    return index


def load_press_room(home):
    page = upsert_page(
        home,
        PressRoomPage,
        "press-room",
        title="Press room",
        search_description="Media contacts, logos and the latest statements and reports.",
        intro="For journalists: who to contact, who we are, and what we have published lately.",
        about=ABOUT_IDP,
    )
    if not page.contacts.exists():
        page.contacts = [
            PressContact(name="Immigrant Defense Project", email="press@immdefense.org")
        ]
        page.logos = [PressLogo(document=logo_document(), label="Logo (PDF)")]
        page.save_revision().publish()
    return page


def load(command, home):
    load_statements(home)
    load_press_room(home)
    upsert_page(
        home,
        NewsletterSignupPage,
        "newsletter",
        title="Subscribe to our newsletter",
        search_description="News of our campaigns, reports and trainings, by email.",
        intro="<p>News of our campaigns, reports and trainings, by email.</p>",
    )
    upsert_page(
        home,
        DonatePage,
        "give",
        title="Give to the Immigrant Defense Project",
        search_description="How to give online or by check.",
        intro=(
            "<p>Gifts of every size support our hotline, defender trainings, research "
            "and campaigns.</p>"
        ),
    )
    command.stdout.write("press: 3 statements, press room, newsletter signup, donate page")
