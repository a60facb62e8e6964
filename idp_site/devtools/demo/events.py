"""Demo trainings and events: two upcoming (dated from the day the demo is loaded), two
past with their materials; one given in Spanish, one community know-your-rights
session. Facts from docs/organization.md, in our own words. Sessions are written when
an event is first created, so loading again changes nothing."""

import datetime

from django.core.files.base import ContentFile
from django.utils import timezone
from fpdf import FPDF
from wagtail.documents import get_document_model

from idp_site.devtools.demo.pages import upsert_page
from pages.events.models import (
    EventCredit,
    EventIndexPage,
    EventPage,
    EventSession,
    EventSpeaker,
    EventTopic,
)
from pages.events.times import EVENT_ZONE
from pages.models import HomePage, Topic

HANDOUT_TITLE = "Crim-Imm 101: training handout (demo)"


def _at(days, hour, minute=0):
    """`days` from today at `hour`:`minute` New York time."""
    day = timezone.localdate(timezone=EVENT_ZONE) + datetime.timedelta(days=days)
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=EVENT_ZONE)


def _handout():
    Document = get_document_model()
    existing = Document.objects.filter(title=HANDOUT_TITLE).first()
    if existing is not None:
        return existing
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(
        0,
        8,
        "Crim-Imm 101 (demo handout). A criminal case can carry immigration consequences. "
        "Every case is different: talk to a lawyer before pleading guilty.",
    )
    document = Document(title=HANDOUT_TITLE)
    document.file.save("crim-imm-101-handout.pdf", ContentFile(bytes(pdf.output())), save=False)
    document.save()
    return document


def _paragraph(html):
    return ("paragraph", html)


def _event(index, slug, sessions, credits=(), speakers=(), topics=(), **fields):
    created = not index.get_children().filter(slug=slug).exists()
    if not created:
        return upsert_page(index, EventPage, slug, **fields)
    page = EventPage(slug=slug, **fields)
    page.sessions = [EventSession(start=s, end=e) for s, e in sessions]
    page.credits = [EventCredit(category=c, hours=h) for c, h in credits]
    page.speakers = [EventSpeaker(name=n, role=r) for n, r in speakers]
    page.topic_links = [
        EventTopic(topic=t)
        for t in Topic.objects.filter(slug__in=topics, locale__language_code="en")
    ]
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def load(command):
    home = HomePage.objects.filter(locale__language_code="en").first()
    if home is None:
        command.stdout.write("events: no English home page; skipped")
        return
    index = upsert_page(
        home,
        EventIndexPage,
        "trainings",
        title="Trainings and events",
        search_description="Trainings for defenders and know-your-rights sessions.",
        intro="Trainings for criminal defense attorneys on the immigration consequences of "
        "criminal cases, and know-your-rights sessions for our communities. Past trainings "
        "keep their materials here.",
    )
    handout = _handout()
    _event(
        index,
        "crim-imm-101",
        [(_at(14, 13), _at(14, 15, 30))],
        credits=[("app", "1.5"), ("skills", "1.0")],
        speakers=[("An IDP staff attorney", "Immigrant Defense Project")],
        topics=["misdemeanors"],
        title="Crim-Imm 101",
        summary="The basics for defenders: how a plea or a sentence in a New York criminal "
        "case can lead to detention or deportation, and what to ask your client first.",
        search_description="A CLE training for defenders on criminal-immigration basics.",
        audience="defenders",
        online=True,
        join_link="https://meet.example.org/demo-crim-imm-101",
        capacity=20,
        newly_admitted_eligible=True,
        recording_policy="This training is recorded for registrants who cannot attend live.",
    )
    _event(
        index,
        "conoce-tus-derechos",
        [(_at(21, 18), _at(21, 19, 30))],
        speakers=[("Community trainer", "Immigrant Defense Project")],
        topics=["policing"],
        title="Know your rights: a community session in Spanish",
        summary="A session for community members, given in Spanish: what to do if "
        "immigration agents come to your door, and where to find a lawyer.",
        search_description="A know-your-rights session for community members, in Spanish.",
        audience="community",
        language="es",
        venue_name="Community room (demo)",
        address="New York, NY",
        capacity=40,
    )
    _event(
        index,
        "criminal-records-2026",
        [(_at(-40, 10), _at(-40, 12))],
        credits=[("skills", "2.0")],
        speakers=[("An IDP staff attorney", "Immigrant Defense Project")],
        topics=["misdemeanors"],
        title="Collecting and reading criminal documents in New York",
        summary="Which records to gather in a New York case, and how to read them to judge "
        "the immigration consequences of a plea.",
        search_description="A past CLE training on criminal records, with its handout.",
        audience="defenders",
        venue_name="Training room (demo)",
        address="New York, NY",
        materials=[
            ("document", {"document": handout, "title": "Training handout (PDF)"}),
            _paragraph("<p>The slides are shared with those who attended.</p>"),
        ],
        on_demand_credit_note="<p>Ask us whether on-demand credit is available for this "
        "training.</p>",
    )
    _event(
        index,
        "crim-imm-seminar-2026",
        [(_at(-90, 9), _at(-90, 17)), (_at(-89, 9), _at(-89, 13))],
        credits=[("app", "4.0"), ("ethics", "1.0"), ("diversity", "1.0")],
        speakers=[
            ("Immigrant Defense Project", ""),
            ("National Immigration Project", ""),
            ("New York State Defenders Association", ""),
        ],
        topics=["drug-offenses", "misdemeanors"],
        title="Annual crim-imm seminar",
        summary="Our yearly seminar with the National Immigration Project and the New York "
        "State Defenders Association, on defending noncitizens in criminal court.",
        search_description="The annual crim-imm seminar, with its materials.",
        audience="defenders",
        venue_name="Conference center (demo)",
        address="New York, NY",
        materials=[
            _paragraph("<p>Materials from the seminar: the agenda and the handouts.</p>"),
            ("document", {"document": handout, "title": "Seminar handout (PDF)"}),
        ],
        on_demand_credit_note="<p>Credit is earned by attending live.</p>",
    )
