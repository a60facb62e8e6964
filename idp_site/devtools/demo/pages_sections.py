"""Demo content for program areas, reports and stories, in the project's own words from
shared/docs/organization.md. Sample files and images are generated here (no downloads)
and plainly marked as samples. Called by idp_site.devtools.demo.pages.load; idempotent."""

import datetime
import io

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Locale

from pages.models import (
    Partner,
    ProgramAreaIndexPage,
    ProgramAreaPage,
    ReportIndexPage,
    ReportPage,
    StoryIndexPage,
    StoryPage,
    Topic,
)

TOPICS = [
    ("drug-offenses", "Drug offenses"),
    ("sex-offenses", "Sex offenses"),
    ("policing", "Policing"),
    ("lgbtq", "LGBTQ"),
    ("domestic-violence", "Domestic violence"),
    ("youth", "Youth"),
    ("gangs", "Gangs"),
    ("daca", "DACA"),
    ("sanctuary", "Sanctuary policies"),
    ("misdemeanors", "Misdemeanors"),
    ("diversion", "Diversion"),
]

PARTNERS = [
    (
        "drug-policy-alliance",
        "Drug Policy Alliance",
        "https://drugpolicy.org/",
        "A national organization working to end the war on drugs; our partner in the "
        "campaign to end marijuana prohibition in New York.",
    ),
    (
        "lead-national-bureau",
        "LEAD National Bureau",
        "https://www.leadbureau.org/",
        "The network of Law Enforcement Assisted Diversion programs; we advise its members "
        "on criminal-immigration questions.",
    ),
    (
        "nyu-immigrant-rights-clinic",
        "NYU Law School Immigrants' Rights Clinic",
        "https://www.law.nyu.edu/",
        "A law school clinic we work with on summons-court offenses that keep young New "
        "Yorkers from DACA.",
    ),
    (
        "fair-punishment-project",
        "Fair Punishment Project (Harvard Law School)",
        "https://law.harvard.edu/",
        "A Harvard Law School project on unfair punishment; co-author of our 2017 report "
        "on sanctuary cities.",
    ),
    (
        "ilrc",
        "Immigrant Legal Resource Center",
        "https://www.ilrc.org/",
        "A national center of immigration-law expertise; co-author of our 2017 report on "
        "sanctuary cities.",
    ),
    (
        "idnyc-coalition",
        "IDNYC coalition",
        "",
        "The coalition of groups behind New York City's municipal identity card.",
    ),
]

SAMPLE_PDF_TEXT = "SAMPLE - demo file for the website, not the real report"


def sample_pdf():
    """A tiny valid one-page PDF that says it is a sample."""
    stream = f"BT /F1 18 Tf 40 760 Td ({SAMPLE_PDF_TEXT}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n".encode()
    out += f"startxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def sample_image(title, text, colour, size=(1200, 800)):
    """A plain coloured rectangle with a line of text, created once by title."""
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    picture = PILImage.new("RGB", size, colour)
    ImageDraw.Draw(picture).text((40, size[1] // 2), text, fill="white")
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    return Image.objects.create(
        title=title, file=ImageFile(buffer, name=f"{title.lower().replace(' ', '-')[:40]}.png")
    )


def sample_document(title):
    existing = Document.objects.filter(title=title).first()
    if existing:
        return existing
    data = sample_pdf()
    return Document.objects.create(
        title=title, file=ContentFile(data, name="sample-report.pdf"), file_size=len(data)
    )


def ensure_snippets():
    locale = Locale.get_default()
    topics = {}
    for slug, name in TOPICS:
        topics[slug], _ = Topic.objects.get_or_create(
            locale=locale, slug=slug, defaults={"name": name}
        )
    partners = {}
    for slug, name, url, description in PARTNERS:
        partner, created = Partner.objects.get_or_create(
            locale=locale,
            slug=slug,
            defaults={"name": name, "url": url, "description": description},
        )
        partners[slug] = partner
    return topics, partners


def _sync_links(page, relation, field, objs):
    """Bring a page's chooser rows to `objs`; return whether anything changed."""
    manager = getattr(page, relation)
    current = [getattr(row, f"{field}_id") for row in manager.all()]
    wanted = [obj.pk for obj in objs]
    if current == wanted:
        return False
    model = manager.model
    manager.set([model(**{field: obj}, sort_order=i) for i, obj in enumerate(objs)])
    return True


def upsert_with_links(upsert_page, parent, model, slug, link_spec, **fields):
    """upsert_page, then the page's orderable lists; republishes only on change."""
    page = upsert_page(parent, model, slug, **fields)
    changed = False
    for relation, field, objs in link_spec:
        changed = _sync_links(page, relation, field, objs) or changed
    if changed:
        page.save_revision().publish()
    return page


def para(*texts):
    return [{"type": "paragraph", "value": "".join(f"<p>{t}</p>" for t in texts)}]


def load(command, home, upsert_page):
    topics, partners = ensure_snippets()
    t, p = topics, partners

    areas = upsert_page(
        home,
        ProgramAreaIndexPage,
        "our-work",
        title="Our work",
        show_in_menus=True,
        search_description="The program areas of the Immigrant Defense Project.",
        intro=(
            "We look for the points where a change in policing, courts or the law can "
            "keep people out of the arrest-to-deportation pipeline."
        ),
    )
    one_day = upsert_with_links(
        upsert_page,
        areas,
        ProgramAreaPage,
        "one-day-for-new-yorkers",
        [("topic_links", "topic", [t["misdemeanors"], t["policing"]])],
        title="One day for New Yorkers: the 364-day change",
        search_description=(
            "Why cutting New York's maximum misdemeanor sentence by one day protects "
            "immigrant New Yorkers from deportation."
        ),
        summary=(
            "A New York misdemeanor carries up to 365 days. Under federal immigration law "
            "that single extra day can make a minor conviction a ground for detention and "
            "deportation, even when no jail time is served. Setting the maximum at 364 "
            "days removes that consequence for many people."
        ),
        key_figures=[
            {
                "type": "key_figure",
                "value": {
                    "figure": "1 day",
                    "label": "separates a 365-day maximum from a 364-day one",
                    "source": "New York Penal Law",
                },
            }
        ],
        body=para(
            "We started this campaign in 2015 with the Cardozo Law School Immigration "
            "Justice Clinic. The campaign page, with the bills' progress and the "
            "statement of support, is listed below among the related campaigns.",
            "Other states had already made the same change before New York considered it.",
        ),
    )
    drug = upsert_with_links(
        upsert_page,
        areas,
        ProgramAreaPage,
        "drug-policy-reform",
        [
            ("topic_links", "topic", [t["drug-offenses"]]),
            ("partner_links", "partner", [p["drug-policy-alliance"]]),
        ],
        title="Drug policy reform",
        search_description=(
            "How drug convictions drive deportations, and our work to end marijuana "
            "prohibition in New York."
        ),
        summary=(
            "Drug offenses carry some of the harshest immigration consequences. We explain "
            "them to advocates and communities and push for reform."
        ),
        key_figures=[
            {
                "type": "key_figure",
                "value": {
                    "figure": "More than 34,000",
                    "label": (
                        "people deported between 2007 and 2012 whose most serious "
                        "conviction was marijuana possession"
                    ),
                    "source": "Human Rights Watch, with help from IDP",
                },
            }
        ],
        body=para(
            "With the Drug Policy Alliance we work to end marijuana prohibition in New "
            "York, bringing immigrant-rights allies and the stories of people directly "
            "affected into that campaign."
        ),
    )
    upsert_with_links(
        upsert_page,
        areas,
        ProgramAreaPage,
        "pre-arrest-diversion",
        [
            ("topic_links", "topic", [t["diversion"]]),
            ("partner_links", "partner", [p["lead-national-bureau"]]),
        ],
        title="Pre-arrest diversion",
        search_description="Keeping people out of the arrest-to-deportation pipeline.",
        summary=(
            "An arrest can be the first step toward deportation. Diversion before arrest "
            "keeps people out of that pipeline altogether."
        ),
        body=para(
            "As a member of the LEAD (Law Enforcement Assisted Diversion) National Bureau, "
            "we give other members advice on the immigration side of criminal cases."
        ),
    )
    upsert_with_links(
        upsert_page,
        areas,
        ProgramAreaPage,
        "broken-windows-policing",
        [
            ("topic_links", "topic", [t["policing"], t["daca"], t["youth"]]),
            (
                "partner_links",
                "partner",
                [p["idnyc-coalition"], p["nyu-immigrant-rights-clinic"]],
            ),
        ],
        title="Mitigating broken-windows policing",
        search_description=(
            "Quality-of-life policing, municipal ID, and summons-court offenses that "
            "bar young New Yorkers from DACA."
        ),
        summary=(
            "Since the 1980s quality-of-life policing in New York City has driven up "
            "arrests for violations and misdemeanors, with lasting immigration harm."
        ),
        body=para(
            "We support pre-arrest drug and mental-health diversion and give "
            "Know-Your-Rights trainings.",
            "We were part of the coalition behind IDNYC, the city's municipal ID, pressing "
            "for no arrests on ICE administrative warrants and for the privacy of "
            "applicants' documents.",
            "With the NYU Law School Immigrants' Rights Clinic we work against "
            "summons-court offenses that keep young New Yorkers from DACA.",
        ),
    )

    reports = upsert_page(
        home,
        ReportIndexPage,
        "reports",
        title="Reports",
        show_in_menus=True,
        search_description="Research and policy reports by the Immigrant Defense Project.",
        intro="Our research and policy reports, newest first.",
    )
    cover = sample_image("Sample cover: sanctuary cities report", "SAMPLE COVER", "#12355b")
    upsert_with_links(
        upsert_page,
        reports,
        ReportPage,
        "promise-of-sanctuary-cities",
        [
            ("topic_links", "topic", [t["sanctuary"], t["policing"]]),
            ("partner_links", "partner", [p["fair-punishment-project"], p["ilrc"]]),
        ],
        title=(
            "The Promise of Sanctuary Cities and the Need for Criminal Justice Reforms "
            "in an Era of Mass Deportation"
        ),
        search_description=(
            "Our 2017 report with the Fair Punishment Project and the Immigrant Legal "
            "Resource Center: real sanctuary needs criminal justice reform."
        ),
        publication_date=datetime.date(2017, 5, 1),
        summary=(
            "City leaders who want to protect immigrants cannot stop at refusing to help "
            "federal immigration agents. This report argues they must also end criminal "
            "justice practices that punish poverty and feed people into deportation."
        ),
        key_findings=[
            {
                "type": "finding",
                "value": "Local policing choices decide who enters the deportation system.",
            },
            {
                "type": "finding",
                "value": "Practices that criminalize poverty undercut sanctuary promises.",
            },
        ],
        cover_image=cover,
        report_file=sample_document("SAMPLE: The Promise of Sanctuary Cities (demo file)"),
        body=para(
            "The downloadable file on this demo site is a sample placeholder, not the "
            "published report."
        ),
    )
    _authors(reports)

    stories = upsert_page(
        home,
        StoryIndexPage,
        "stories",
        title="Stories",
        show_in_menus=True,
        search_description="Stories of New Yorkers caught between two legal systems (samples).",
        intro=(
            "People tell us what the arrest-to-deportation pipeline did to their families. "
            "The stories on this demo site are samples written for it."
        ),
    )
    consent = datetime.date(2024, 3, 1)
    samples = [
        (
            "sample-story-one-day",
            "Sample story: one day on a sentence",
            "R. (a pseudonym)",
            one_day,
            [t["misdemeanors"]],
            "A sentence I never served almost cost me my family.",
        ),
        (
            "sample-story-a-summons",
            "Sample story: a summons and a lost chance at DACA",
            "J. (a pseudonym)",
            None,
            [t["daca"], t["youth"]],
            "I was seventeen, and a ticket followed me for years.",
        ),
        (
            "sample-story-old-conviction",
            "Sample story: an old marijuana conviction",
            "M. (a pseudonym)",
            drug,
            [t["drug-offenses"]],
            "It was one small arrest, a long time ago.",
        ),
    ]
    for slug, title, name, area, story_topics, quote in samples:
        upsert_with_links(
            upsert_page,
            stories,
            StoryPage,
            slug,
            [("topic_links", "topic", story_topics)],
            title=title,
            search_description=f"{title}. A sample story written for this demo site.",
            storyteller_name=name,
            consent_recorded=True,
            consent_date=consent,
            pull_quote=quote,
            program_area=area,
            body=para(
                "SAMPLE: this story was written for the demo site and does not describe "
                "a real person.",
                "It shows how a minor case in criminal court can lead to detention and "
                "the threat of deportation, and how a small change in the law can help.",
            ),
        )
    command.stdout.write("pages: program areas, reports, stories, topics, partners")


def _authors(reports):
    page = reports.get_children().get(slug="promise-of-sanctuary-cities").specific
    wanted = ["Immigrant Defense Project", "Fair Punishment Project", "ILRC"]
    if [a.name for a in page.authors.all()] != wanted:
        from pages.models import ReportAuthor

        page.authors.set([ReportAuthor(name=n, sort_order=i) for i, n in enumerate(wanted)])
        page.save_revision().publish()
