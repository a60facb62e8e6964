"""Demo content for program areas, reports and stories, in the project's own words from
shared/docs/organization.md. Covers are drawn here (no downloads); stories are
composites and say so once, in a note. Called by idp_site.devtools.demo.pages.load;
idempotent. Every reader-facing string is a plain literal in a data structure, so the
Spanish edition can translate it."""

import datetime

from wagtail.models import Locale

from idp_site.devtools.demo import publications
from idp_site.devtools.demo.facts import EVERY_CASE, HOTLINE
from pages.models import (
    Partner,
    ProgramAreaIndexPage,
    ProgramAreaPage,
    ReportIndexPage,
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
    (
        "human-rights-watch",
        "Human Rights Watch",
        "https://www.hrw.org/",
        "An international human rights organization; we helped with its "
        "2015 report on deportations for drug offenses.",
    ),
    (
        "nyc-bar",
        "New York City Bar Association",
        "https://www.nycbar.org/",
        "The city's bar association; three of its committees reported in support of the "
        "364-day change.",
    ),
    (
        "cardozo-immigration-justice-clinic",
        "Cardozo Law School Immigration Justice Clinic",
        "https://cardozo.yu.edu/",
        "A law school clinic; we launched the One Day for New Yorkers campaign with it in 2015.",
    ),
]


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


def figure(number, label, source, period=""):
    value = {"figure": number, "label": label, "period": period, "source": source}
    return {"type": "key_figure", "value": value}


#: The six program areas: slug, title, description, summary, key figures, body
#: paragraphs, topics, partners. Current law, said precisely (see organization.md).
PROGRAM_AREAS = [
    {
        "slug": "one-day-for-new-yorkers",
        "title": "One Day for New Yorkers: the 364-day law",
        "description": (
            "How one day less on the longest class A misdemeanor sentence protects many "
            "immigrant New Yorkers, and what it does not change."
        ),
        "summary": (
            "Since 12 April 2019, the longest sentence for a class A misdemeanor in New "
            "York is 364 days instead of one year. Federal immigration law uses a one-year "
            "sentence, possible or imposed, to make some convictions grounds for "
            "deportation or bars to relief; one day less takes many New Yorkers out of "
            "those categories."
        ),
        "figures": [
            figure(
                "364 days",
                "the longest sentence for a class A misdemeanor in New York since 12 April 2019",
                "New York Penal Law §70.15(1)",
            ),
            figure(
                "3 months",
                "the longest sentence for a class B misdemeanor, unchanged",
                "New York Penal Law §70.15(2)",
            ),
        ],
        "body": [
            "We started this campaign in 2015 with the Cardozo Law School Immigration "
            "Justice Clinic, and it became law through the state budget signed on "
            "12 April 2019. Washington (2011), Nevada (2013) and California (2014) had "
            "made similar changes before; Utah and Colorado followed in 2019.",
            "<strong>What it did not change.</strong> The 364-day cap does not protect "
            "everyone. A drug conviction (other than a single small marijuana "
            "possession), a firearm offense, a domestic-violence or stalking offense and "
            "other categories can still lead to deportation whatever the sentence.",
            "<strong>Older sentences.</strong> The law also reaches one-year sentences "
            "imposed before it took effect. How immigration authorities treat such an "
            "older sentence is a question for a lawyer.",
            EVERY_CASE,
        ],
        "topics": ["misdemeanors", "policing"],
        "partners": ["cardozo-immigration-justice-clinic", "nyc-bar"],
    },
    {
        "slug": "drug-policy-reform",
        "title": "Drug policy reform",
        "description": (
            "How drug convictions drive deportations, and our work to end marijuana "
            "prohibition in New York."
        ),
        "summary": (
            "Drug offenses carry some of the harshest immigration consequences: almost any "
            "drug conviction can lead to deportation whatever the sentence. We explain "
            "them to advocates and communities and push for reform."
        ),
        "figures": [
            figure(
                "More than 34,000",
                "people deported between 2007 and 2012 whose most serious conviction was "
                "marijuana possession",
                "Human Rights Watch, with help from IDP",
                period="2007–2012",
            )
        ],
        "body": [
            "With the Drug Policy Alliance we worked to end marijuana prohibition in New "
            "York, bringing immigrant-rights allies and the stories of people directly "
            "affected into that campaign.",
            EVERY_CASE,
        ],
        "topics": ["drug-offenses"],
        "partners": ["drug-policy-alliance", "human-rights-watch"],
    },
    {
        "slug": "pre-arrest-diversion",
        "title": "Pre-arrest diversion",
        "description": "Keeping people out of the arrest-to-deportation pipeline.",
        "summary": (
            "An arrest can be the first step toward deportation. Diversion before arrest "
            "sends people to services instead of court and keeps them out of that "
            "pipeline altogether."
        ),
        "figures": [],
        "body": [
            "As a member of the LEAD (Law Enforcement Assisted Diversion) National Bureau, "
            "we advise other members on the immigration side of criminal cases, so that "
            "diversion programs do not leave noncitizens exposed by accident.",
        ],
        "topics": ["diversion", "drug-offenses"],
        "partners": ["lead-national-bureau"],
    },
    {
        "slug": "broken-windows-policing",
        "title": "Mitigating broken-windows policing",
        "description": (
            "Quality-of-life policing, municipal ID, and summons-court offenses that "
            "bar young New Yorkers from DACA."
        ),
        "summary": (
            "Since the 1980s, quality-of-life policing in New York City has driven up "
            "arrests for violations and misdemeanors, and each arrest can reach "
            "immigration authorities."
        ),
        "figures": [],
        "body": [
            "We support pre-arrest drug and mental-health diversion and give "
            "Know-Your-Rights trainings in community spaces.",
            "We were part of the coalition behind IDNYC, the city's municipal ID, pressing "
            "for no arrests on ICE administrative warrants and for the privacy of "
            "applicants' documents.",
            "With the NYU Law School Immigrants' Rights Clinic we work against "
            "summons-court offenses that keep young New Yorkers from DACA.",
        ],
        "topics": ["policing", "daca", "youth"],
        "partners": ["idnyc-coalition", "nyu-immigrant-rights-clinic"],
    },
    {
        "slug": "ice-out-of-the-courts",
        "title": "ICE out of the courts",
        "description": (
            "Documenting ICE arrests in and around New York's courthouses, and working "
            "with defenders and legal services to stop them."
        ),
        "summary": (
            "A courthouse should be a place to seek justice, not a trap. Since 2013 we "
            "have documented ICE arrests in and around New York's courts, in criminal, "
            "family and civil cases, and we help coalitions in New York and other states "
            "push back."
        ),
        "figures": [],
        "body": [
            "Our reports count the arrests and tell the stories of people taken while "
            "attending court. Our toolkit shows how defenders, legal services and "
            "community groups built a statewide coalition.",
            "If someone you know was arrested by ICE at a courthouse, call our hotline "
            f"at {HOTLINE}.",
        ],
        "topics": ["policing"],
        "partners": [],
    },
    {
        "slug": "defender-training",
        "title": "Training and advice for defenders",
        "description": (
            "Our attorneys advise defense lawyers on the immigration consequences of "
            "criminal cases and train defenders across New York."
        ),
        "summary": (
            "Since Padilla v. Kentucky (2010), defense lawyers must tell noncitizen clients "
            "whether a plea carries a risk of deportation. We train defenders and answer "
            "their questions about a client's case before the plea."
        ),
        "figures": [],
        "body": [
            "Defense lawyers can ask our attorneys about a client's case on the attorney "
            "line. We also publish practice advisories and a quick reference chart of "
            "New York offenses.",
        ],
        "topics": ["misdemeanors", "drug-offenses", "sex-offenses"],
        "partners": [],
    },
]

#: Composite stories: drawn from many callers' experiences, said once in a note.
STORIES = [
    {
        "slug": "one-day-on-a-sentence",
        "title": "One day on a sentence",
        "teller": "Rosa, Queens",
        "area": "one-day-for-new-yorkers",
        "topics": ["misdemeanors"],
        "quote": "A sentence I never served almost cost me my family.",
        "body": [
            "Rosa came to New York at nine and raised two children here. Years ago she "
            "pleaded guilty to a class A misdemeanor and was sentenced to probation. "
            "Because a one-year sentence could have been imposed, that plea later put her "
            "green card application at risk.",
            "Her lawyer called our attorneys before the next hearing. Every case is "
            "different; hers turned on the sentence and on the exact offense.",
        ],
    },
    {
        "slug": "a-summons-and-daca",
        "title": "A summons and a lost chance at DACA",
        "teller": "Jay, the Bronx",
        "area": "broken-windows-policing",
        "topics": ["daca", "youth"],
        "quote": "I was seventeen, and a ticket followed me for years.",
        "body": [
            "At seventeen Jay got a summons on his way home from school. He paid a fine "
            "and forgot about it, until his DACA application asked about every arrest "
            "and every conviction.",
            "A defender who had trained with us helped him find out what the summons "
            "really was, and what it meant for his application.",
        ],
    },
    {
        "slug": "an-old-marijuana-conviction",
        "title": "An old marijuana conviction",
        "teller": "Marcus, Brooklyn",
        "area": "drug-policy-reform",
        "topics": ["drug-offenses"],
        "quote": "It was one small arrest, a long time ago.",
        "body": [
            "Marcus was arrested once, in his twenties, with a small amount of marijuana. "
            "Twenty years later, returning from a family funeral abroad, he was stopped "
            "at the airport and questioned about it.",
            "Drug convictions carry some of the harshest consequences in immigration law. "
            "Marcus called our hotline, and we referred him to a lawyer the same week.",
        ],
    },
]

STORY_NOTE = (
    "<em>A note on these stories: each is a composite, drawn from the experiences of "
    "many people who called us, with names and details changed. No story describes one "
    "real person.</em>"
)


def load_program_areas(home, upsert_page, topics, partners):
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
    pages = {}
    for area in PROGRAM_AREAS:
        pages[area["slug"]] = upsert_with_links(
            upsert_page,
            areas,
            ProgramAreaPage,
            area["slug"],
            [
                ("topic_links", "topic", [topics[t] for t in area["topics"]]),
                ("partner_links", "partner", [partners[p] for p in area["partners"]]),
            ],
            title=area["title"],
            search_description=area["description"],
            summary=area["summary"],
            key_figures=area["figures"],
            body=para(*area["body"]),
        )
    return pages


def load_stories(home, upsert_page, topics, areas):
    stories = upsert_page(
        home,
        StoryIndexPage,
        "stories",
        title="Stories",
        show_in_menus=True,
        search_description="Stories of New Yorkers caught between two legal systems.",
        intro=(
            "What the arrest-to-deportation pipeline does to families, told through "
            "composites of the experiences people share with us."
        ),
    )
    # Earlier demo content had stories titled "Sample story: ..."; take them off the site.
    for old in stories.get_children().live().filter(slug__startswith="sample-story-"):
        old.specific.unpublish()
    for story in STORIES:
        upsert_with_links(
            upsert_page,
            stories,
            StoryPage,
            story["slug"],
            [("topic_links", "topic", [topics[t] for t in story["topics"]])],
            title=story["title"],
            search_description=story["quote"],
            storyteller_name=story["teller"],
            consent_recorded=True,
            consent_date=datetime.date(2024, 3, 1),
            pull_quote=story["quote"],
            program_area=areas[story["area"]],
            body=para(*story["body"], STORY_NOTE),
        )
    return stories


def load(command, home, upsert_page):
    topics, partners = ensure_snippets()
    areas = load_program_areas(home, upsert_page, topics, partners)
    reports = upsert_page(
        home,
        ReportIndexPage,
        "reports",
        title="Publications",
        show_in_menus=True,
        search_description=(
            "Reports, practice advisories and know-your-rights materials by the Immigrant "
            "Defense Project and its partners."
        ),
        intro=(
            "Our reports, practice advisories for defenders and know-your-rights "
            "materials, with work by our partners, newest first."
        ),
    )
    _pages, covers = publications.load(
        command, reports, topics, partners, upsert_with_links, upsert_page
    )
    load_stories(home, upsert_page, topics, areas)
    command.stdout.write(
        f"pages: {len(areas)} program areas, publications, stories, topics, partners"
    )
    return covers
