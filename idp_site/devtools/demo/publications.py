"""Demo publications: reports, practice advisories and know-your-rights materials the
organization and its partners really published, summarized in the project's own words.

Each entry is plain data (strings, a date, slugs) so a translator can work from it.
Covers are drawn here from the title (no downloads, no stock photos); the full texts
stay on their publishers' sites and each page links there. Idempotent.
"""

import datetime
import io
import textwrap

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.images.models import Image

from idp_site.devtools.demo import library_pdfs
from pages.intake.models import AttorneyHelpPage
from pages.models import ReportAuthor, ReportPage

#: Authors that are organizations (schema.org Organization, not Person).
ORGANIZATION_AUTHORS = {
    "Immigrant Defense Project",
    "Fair Punishment Project",
    "ILRC",
    "Human Rights Watch",
    "New York City Bar Association",
}

#: The palette of idp_site/static/css/site.css, for covers drawn in the same identity.
NAVY, MARIGOLD, PAPER, RED, TEAL = "#0f3d5e", "#f2b233", "#f4f1ea", "#a3241b", "#155e63"

#: kind -> (label on the cover, background, accent)
KINDS = {
    "report": ("REPORT", NAVY, MARIGOLD),
    "advisory": ("PRACTICE ADVISORY", TEAL, PAPER),
    "rights": ("KNOW YOUR RIGHTS", RED, PAPER),
    "toolkit": ("TOOLKIT", NAVY, PAPER),
    "manual": ("PRACTICE MANUAL", TEAL, MARIGOLD),
}

#: A publication for defenders whose full text has no address on record here ends with
#: the way to the site's own attorneys' page (a page chosen, not an address typed).
ASK_OUR_ATTORNEYS = "attorneys"

PUBLICATIONS = [
    {
        "slug": "promise-of-sanctuary-cities",
        "kind": "report",
        "title": (
            "The Promise of Sanctuary Cities and the Need for Criminal Justice Reforms "
            "in an Era of Mass Deportation"
        ),
        "date": datetime.date(2017, 5, 1),
        "authors": ["Immigrant Defense Project", "Fair Punishment Project", "ILRC"],
        "partners": ["fair-punishment-project", "ilrc"],
        "topics": ["sanctuary", "policing"],
        "summary": (
            "Refusing to help federal immigration agents is only half of sanctuary. This "
            "report asks city leaders who want to protect immigrants to also end the "
            "criminal justice practices that punish poverty, because every arrest can be "
            "the first step toward deportation."
        ),
        "findings": [
            "Local policing choices decide who enters the deportation system.",
            "Practices that criminalize poverty undercut sanctuary promises.",
            "Cities can act now: fewer low-level arrests mean fewer people handed to ICE.",
        ],
        "link": "https://www.immigrantdefenseproject.org/criminal-justice-reforms/",
        "link_text": "Read about the report on IDP's site",
    },
    {
        "slug": "the-courthouse-trap",
        "kind": "report",
        "title": "The Courthouse Trap: How ICE Operations Impacted New York's Courts in 2018",
        "date": datetime.date(2019, 1, 28),
        "authors": ["Immigrant Defense Project"],
        "partners": [],
        "topics": ["policing"],
        "summary": (
            "Drawing on hundreds of reports gathered through 2018, this report shows ICE "
            "arrests and surveillance in and around New York's courts growing in number, "
            "in force and in reach, into upstate counties and into civil, family and "
            "problem-solving courts."
        ),
        "findings": [
            "ICE made more courthouse arrests and attempted arrests in 2018 than in 2017.",
            "Plainclothes agents and the use of force became more common.",
            "Operations spread to counties and kinds of court untouched before.",
        ],
        "link": "https://www.immigrantdefenseproject.org/ice-courts/",
        "link_text": "Read about our courthouse work and the full report",
    },
    {
        "slug": "ice-out-of-courts-toolkit",
        "kind": "toolkit",
        "title": "ICE Out of Courts Campaign Toolkit",
        "date": datetime.date(2018, 10, 1),
        "authors": ["Immigrant Defense Project"],
        "partners": [],
        "topics": ["policing"],
        "summary": (
            "How defenders, legal services and community groups in New York built a "
            "statewide coalition against courthouse arrests, and how advocates in other "
            "states can start their own campaign: the letters, the demands and the "
            "messages that worked."
        ),
        "findings": [
            "A broad coalition protects everyone who must go to court, not only victims "
            "and witnesses.",
            "Documenting each arrest gives a campaign its evidence.",
        ],
        "link": "https://www.immigrantdefenseproject.org/ice-courts/",
        "link_text": "Get the toolkit from IDP's courthouse page",
    },
    {
        "slug": "a-price-too-high",
        "kind": "report",
        "title": "A Price Too High: US Families Torn Apart by Deportations for Drug Offenses",
        "date": datetime.date(2015, 6, 16),
        "authors": ["Human Rights Watch"],
        "partners": ["human-rights-watch"],
        "topics": ["drug-offenses"],
        "summary": (
            "Human Rights Watch, with IDP's help, counted the people deported for "
            "drug offenses and found that for more than 34,000 people deported between "
            "2007 and 2012 the most serious conviction was marijuana possession."
        ),
        "findings": [
            "More than 34,000 deportations (2007 to 2012) where marijuana possession was "
            "the most serious conviction.",
            "Immigration judges often cannot weigh family ties after a drug conviction.",
        ],
        # No address of the report itself is on record here: no button (a button to a
        # publisher's home page is not the document it promises).
        "link": None,
    },
    {
        "slug": "one-day-to-protect-new-yorkers-report",
        "kind": "report",
        "title": "Report in Support of the One Day to Protect New Yorkers Act",
        "date": datetime.date(2018, 5, 1),
        "authors": ["New York City Bar Association"],
        "partners": ["nyc-bar"],
        "topics": ["misdemeanors"],
        "summary": (
            "Three committees of the New York City Bar Association explain why one day "
            "less on the longest class A misdemeanor sentence protects immigrant New "
            "Yorkers and makes plea bargaining simpler. First issued in June 2016, "
            "reissued in May 2018."
        ),
        "findings": [
            "Federal law looks at the sentence that may be imposed, not only the one served.",
            "A 364-day maximum removes that risk for many class A misdemeanors.",
        ],
        "link": (
            "https://www.nycbar.org/member-and-career-services/committees/reports-listing/"
            "reports/detail/report-in-support-of-the-one-day-to-protect-new-yorkers-act"
        ),
        "link_text": "Read the report on the New York City Bar's site",
    },
    {
        "slug": "364-day-law-practice-advisory",
        "kind": "advisory",
        "title": "The 364-Day Misdemeanor Law: What Changed for Noncitizen Clients",
        "date": datetime.date(2019, 4, 30),
        "authors": ["Immigrant Defense Project"],
        "partners": [],
        "topics": ["misdemeanors"],
        "summary": (
            "For defense lawyers: since 12 April 2019 a class A misdemeanor in New York "
            "carries at most 364 days. What that changes for grounds of deportation and "
            "relief, what it does not change (drug, firearm, domestic-violence and other "
            "categories), and what to check for clients with older one-year sentences."
        ),
        "findings": [
            "A 364-day maximum keeps many class A misdemeanors out of one-year categories.",
            "It does not help with grounds that apply whatever the sentence.",
            "Older one-year sentences need individual advice.",
        ],
        "link": ASK_OUR_ATTORNEYS,
    },
    {
        "slug": "quick-reference-chart-new-york-offenses",
        "kind": "advisory",
        "title": (
            "Quick Reference Chart for Determining Immigration Consequences of Selected "
            "New York Offenses"
        ),
        "date": datetime.date(2019, 7, 1),
        "authors": ["Immigrant Defense Project"],
        "partners": [],
        "topics": ["drug-offenses", "misdemeanors"],
        "summary": (
            "For defense lawyers: a chart of common New York offenses and the immigration "
            "consequences each may carry, from deportability to bars to relief, with notes "
            "on safer pleas. A starting point before calling our attorneys about a "
            "client's case, never a substitute for individual advice."
        ),
        "findings": [
            "Drug offenses carry some of the harshest consequences, whatever the sentence.",
            "Since April 2019, class A misdemeanors carry at most 364 days.",
        ],
        "link": ASK_OUR_ATTORNEYS,
    },
    {
        "slug": "know-your-rights-with-ice",
        "kind": "rights",
        "title": "Know Your Rights with ICE: At Home, in the Street, in Court",
        "date": datetime.date(2017, 3, 1),
        "authors": ["Immigrant Defense Project"],
        "partners": [],
        "topics": ["policing"],
        "summary": (
            "A short guide for community members: you may stay silent; you do not have "
            "to open the door without a warrant signed by a judge; do not sign papers "
            "you do not understand; and call a lawyer or our hotline. Used in our "
            "Know-Your-Rights trainings."
        ),
        "findings": [
            "An ICE administrative warrant is not signed by a judge.",
            "You have the right to remain silent and to speak with a lawyer.",
        ],
        "link": None,
    },
    {
        "slug": "representing-immigrant-defendants-in-new-york",
        "kind": "manual",
        "title": "Representing Immigrant Defendants in New York",
        "date": datetime.date(2011, 6, 1),
        "authors": ["Manuel D. Vargas", "Immigrant Defense Project"],
        "partners": [],
        "topics": ["drug-offenses", "misdemeanors", "sex-offenses"],
        "summary": (
            "Our practice manual for New York defenders: how federal immigration law "
            "reads a state conviction, which dispositions keep a client safest, and how to "
            "advise a noncitizen client before a plea, as the Supreme Court required of "
            "defense counsel in Padilla v. Kentucky (2010)."
        ),
        "findings": [
            "Defense counsel must advise noncitizen clients of a plea's deportation risk.",
            "The record of conviction matters as much as the charge.",
        ],
        "link": ASK_OUR_ATTORNEYS,
    },
]


def _font(size):
    return ImageFont.load_default(size=size)


def cover_image(title, kind, year, size=(800, 1036)):
    """A cover drawn from the title: a coloured page, the kind, the title, the year and
    the organization's two-arc mark. Found by title on later runs (idempotent)."""
    image_title = f"Cover: {title}"[:255]
    existing = Image.objects.filter(title=image_title).first()
    if existing is not None:
        return existing
    label, background, accent = KINDS[kind]
    width, height = size
    canvas = PILImage.new("RGB", size, background)
    draw = ImageDraw.Draw(canvas)
    draw.rectangle([0, 0, width, 18], fill=accent)
    draw.text((64, 90), label, font=_font(34), fill=accent)
    lines = textwrap.wrap(title, width=22)[:7]
    y = 170
    for line in lines:
        draw.text((64, y), line, font=_font(58), fill="#ffffff")
        y += 74
    # The mark: two arcs meeting (criminal law and immigration law), as in the logo.
    draw.ellipse([64, height - 230, 224, height - 70], outline=accent, width=16)
    draw.ellipse([144, height - 230, 304, height - 70], outline="#ffffff", width=16)
    draw.text((340, height - 190), "Immigrant", font=_font(36), fill="#ffffff")
    draw.text((340, height - 148), "Defense Project", font=_font(36), fill="#ffffff")
    draw.text((width - 160, 90), str(year), font=_font(34), fill="#ffffff")
    buffer = io.BytesIO()
    canvas.save(buffer, "PNG", optimize=True)
    slug = "".join(ch if ch.isalnum() else "-" for ch in title.lower())[:48].strip("-")
    # The description is the cover's text alternative on the report page.
    description = f"Cover of the {label.lower()} “{title}” ({year})"[:255]
    return Image.objects.create(
        title=image_title, description=description, file=ImageFile(buffer, name=f"{slug}.png")
    )


def _body(entry, attorneys):
    """The call to action a publication ends with: its full text on the publisher's
    site, or, for defenders, the attorneys' page; nothing when neither exists."""
    if entry["link"] == ASK_OUR_ATTORNEYS:
        if attorneys is None:
            return []
        value = {
            "heading": "Questions about a client's case?",
            "text": "Defense lawyers can ask our attorneys about the immigration "
            "consequences of a client's case.",
            "link_text": "Ask our attorneys about a client's case",
            "page": attorneys.pk,
            "url": "",
        }
    elif entry["link"]:
        value = {
            "heading": "Read the full text",
            "text": "The complete publication is on its publisher's website.",
            "link_text": entry["link_text"],
            "page": None,
            "url": entry["link"],
        }
    else:
        return []
    return [{"type": "call_to_action", "value": value}]


def load(command, reports, topics, partners, upsert_with_links, upsert_page):
    """The publications under the reports index; returns their pages by slug."""
    pages = {}
    covers = []
    attorneys = AttorneyHelpPage.objects.filter(locale__language_code="en").first()
    for entry in PUBLICATIONS:
        cover = cover_image(entry["title"], entry["kind"], entry["date"].year)
        covers.append(cover)
        page = upsert_with_links(
            upsert_page,
            reports,
            ReportPage,
            entry["slug"],
            [
                ("topic_links", "topic", [topics[t] for t in entry["topics"]]),
                ("partner_links", "partner", [partners[p] for p in entry["partners"]]),
            ],
            title=entry["title"],
            search_description=entry["summary"][:250],
            publication_date=entry["date"],
            summary=entry["summary"],
            key_findings=[{"type": "finding", "value": f} for f in entry["findings"]],
            cover_image=cover,
            report_file=library_pdfs.report_document(
                entry["title"], entry["summary"], entry["findings"]
            ),
            body=_body(entry, attorneys),
        )
        _authors(page, entry["authors"])
        pages[entry["slug"]] = page
    command.stdout.write(f"pages: {len(pages)} publications with generated covers")
    return pages, covers


def _authors(page, wanted):
    wanted = [(name, name in ORGANIZATION_AUTHORS) for name in wanted]
    if [(a.name, a.is_organization) for a in page.authors.all()] != wanted:
        page.authors.set(
            [
                ReportAuthor(name=name, is_organization=organization, sort_order=i)
                for i, (name, organization) in enumerate(wanted)
            ]
        )
        page.save_revision().publish()
