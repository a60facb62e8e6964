"""Demo content of the campaigns app: the One Day to Protect New Yorkers campaign.

Facts come from shared/docs/bill-tracking.md; every sentence is the project's own.
Safe to run again: bills go through the importer's upsert and pages through
`upsert_page`, and both write only what changed.
"""

from datetime import date

from wagtail.models import Page

from campaigns.legislation.importers import import_bills
from campaigns.legislation.importers.normalized import (
    NormalizedAction,
    NormalizedBill,
    SourceStatus,
)
from campaigns.legislation.importers.rules import active_print_number
from campaigns.models import (
    Bill,
    BillRelation,
    CampaignBill,
    CampaignIndexPage,
    CampaignPage,
    CampaignTopic,
    Jurisdiction,
    LegislativeSession,
    Legislator,
    Relation,
    Signatory,
    SignatoryKind,
    SignatoryStatus,
    Sponsorship,
    StatementOfSupportPage,
)
from idp_site.devtools.demo.pages import paragraph, upsert_page
from pages.models import HomePage, StandardPage, Topic

TITLE = (
    "An act to amend the penal law, in relation to the longest sentence for a class A misdemeanor"
)
SUMMARY = (
    "Lowers the longest sentence for a class A misdemeanor from one year to 364 days, "
    "so that a misdemeanor conviction no longer counts as a one-year sentence under "
    "federal immigration law."
)
ENACTED_NOTE = (
    "FY2020 state budget (public protection and general government bill), Part OO, "
    "signed 12 April 2019"
)


def _update(instance, **fields):
    """Set fields and save only if one differs (keeps a second run from writing)."""
    if any(getattr(instance, k) != v for k, v in fields.items()):
        for key, value in fields.items():
            setattr(instance, key, value)
        instance.save()
    return instance


def _legislatures():
    ny, _created = Jurisdiction.objects.get_or_create(code="ny", defaults={"name": "New York"})
    _update(
        ny,
        name="New York",
        upper_chamber_name="Senate",
        lower_chamber_name="Assembly",
        executive_name="Governor",
    )
    sessions = {}
    for start in (2015, 2017, 2019):
        identifier = f"{start}-{start + 1}"
        session, _created = LegislativeSession.objects.get_or_create(
            jurisdiction=ny, identifier=identifier
        )
        sessions[identifier] = _update(
            session, start_date=date(start, 1, 1), end_date=date(start + 1, 12, 31)
        )
    people = {}
    for key, name, short, chamber, district in (
        ("crespo", "Marcos A. Crespo", "CRESPO", "lower", "85"),
        ("ramos", "Jessica Ramos", "RAMOS", "upper", "13"),
        ("alcantara", "Marisol Alcantara", "ALCANTARA", "upper", "31"),
    ):
        person, _created = Legislator.objects.get_or_create(
            jurisdiction=ny, name=name, defaults={"chamber": chamber}
        )
        people[key] = _update(
            person, short_name=short, chamber=chamber, district=district, party="Democrat"
        )
    return ny, sessions, people


def _bill(session, base, chamber, actions=(), stage_fallback=None, laws="Penal Law §70.15"):
    data = NormalizedBill(
        jurisdiction="ny",
        jurisdiction_name="New York",
        session=session,
        originating_chamber=chamber,
        base_print_number=base,
        print_number=active_print_number(base, actions) or base,
        title=TITLE,
        summary=SUMMARY,
        law_sections=laws,
        official_url=f"https://www.nysenate.gov/legislation/bills/{session[:4]}/{base}",
        actions=tuple(actions),
        source_status=SourceStatus(*stage_fallback) if stage_fallback else None,
    )
    import_bills([data])
    bill = Bill.objects.get(session__identifier=session, base_print_number=base)
    _update(bill, nickname="One Day to Protect New Yorkers Act")
    return bill


def _sponsor(bill, legislator):
    if not bill.sponsorships.filter(legislator=legislator).exists():
        Sponsorship.objects.filter(bill=bill, name__iexact=legislator.name).delete()
        Sponsorship.objects.create(
            bill=bill, legislator=legislator, name=legislator.name, classification="primary"
        )


def _relate(bill, relation_type, other=None, note=""):
    relation = BillRelation.objects.filter(
        bill=bill, relation_type=relation_type, related_bill=other
    ).first()
    if relation is None:
        BillRelation(bill=bill, relation_type=relation_type, related_bill=other, note=note).save()
    elif relation.note != note:
        relation.note = note
        relation.save()


def _bills():
    _ny, _sessions, people = _legislatures()
    a4469 = _bill(
        "2019-2020",
        "A4469",
        "lower",
        [NormalizedAction(date(2019, 2, 4), "lower", "referred to codes", ("referral-committee",))],
    )
    s1825 = _bill(
        "2019-2020",
        "S1825",
        "upper",
        [
            NormalizedAction(
                date(2019, 1, 16), "upper", "REFERRED TO CODES", ("referral-committee",)
            ),
            NormalizedAction(
                date(2019, 2, 13),
                "upper",
                "AMEND AND RECOMMIT TO CODES",
                ("amendment-introduction", "referral-committee"),
            ),
            NormalizedAction(
                date(2019, 2, 13), "upper", "PRINT NUMBER 1825A", ("amendment-introduction",)
            ),
            NormalizedAction(
                date(2020, 1, 8), "upper", "REFERRED TO CODES", ("referral-committee",)
            ),
        ],
        laws="Penal Law §70.15; Criminal Procedure Law §440.10 (added by the amendment)",
    )
    a9857 = _bill("2015-2016", "A9857", "lower")
    a4881 = _bill("2017-2018", "A4881", "lower", stage_fallback=("first_floor", None, "", ""))
    s4294 = _bill("2017-2018", "S4294", "upper")
    _sponsor(a4469, people["crespo"])
    _sponsor(a9857, people["crespo"])
    _sponsor(a4881, people["crespo"])
    _sponsor(s1825, people["ramos"])
    _sponsor(s4294, people["alcantara"])
    paired = "Paired by staff: the official record lists no same-as bill."
    _relate(s1825, Relation.COMPANION, a4469, paired)
    _relate(s4294, Relation.COMPANION, a4881, paired)
    _relate(a4469, Relation.PRIOR_SESSION, a4881)
    _relate(s1825, Relation.PRIOR_SESSION, s4294)
    _relate(a4881, Relation.PRIOR_SESSION, a9857)
    for bill in (a4469, s1825):
        _relate(bill, Relation.ENACTED_VIA, None, ENACTED_NOTE)
    return [
        (a4469, CampaignBill.Role.LEAD),
        (s1825, CampaignBill.Role.COMPANION),
        (a4881, CampaignBill.Role.EARLIER_VERSION),
        (s4294, CampaignBill.Role.EARLIER_VERSION),
        (a9857, CampaignBill.Role.EARLIER_VERSION),
    ]


def _resource_pages(home):
    def page(slug, title, description, intro, *texts):
        return upsert_page(
            home,
            StandardPage,
            slug,
            title=title,
            search_description=description,
            intro=intro,
            body=paragraph(*texts),
        )

    background = page(
        "one-day-background",
        "How a misdemeanor sentence can lead to deportation",
        "Why the longest misdemeanor sentence in New York mattered to immigrants.",
        "Federal immigration law counts the sentence a judge could give, not only the one "
        "a person serves.",
        "Under federal law, some convictions become grounds for deportation when the "
        "possible sentence is a year or more. Until 2019, a class A misdemeanor in New "
        "York carried a possible sentence of 365 days: one day too many.",
        "That single day could turn a minor case, even one that ended with no jail time "
        "at all, into a reason to detain and deport a long-time resident.",
    )
    report = page(
        "one-day-nyc-bar-report",
        "The New York City Bar's report in support",
        "A summary of the New York City Bar Association's report supporting the change.",
        "The New York City Bar Association published a report supporting the One Day to "
        "Protect New Yorkers Act.",
        "Our summary: the report explains how the 365-day maximum interacts with federal "
        "immigration law, and why a 364-day maximum is fair to every defendant. Read "
        "the full report on the Bar Association's website.",
    )
    story = page(
        "one-day-story",
        "One day, one family (a composite story)",
        "A composite story showing what one day meant for an immigrant family.",
        "This is a composite story written for this site; it does not describe one real person.",
        "A parent who had lived in New York for twenty years pleaded guilty to a minor "
        "misdemeanor and served no jail time. Because the possible sentence was 365 "
        "days, the plea put the family at risk of separation.",
        "With the 364-day law, the same plea no longer carries that risk.",
    )
    return background, report, story


STATEMENT_SLUG = "statement-of-support"
OLD_STATEMENT_SLUG = "one-day-statement-of-support"

#: Sample signers, marked as samples in their names: (kind, organization, name, title,
#: city). Their addresses use the reserved example.org domain.
SAMPLE_SIGNERS = [
    (SignatoryKind.ORGANIZATION, "Sample Defender Office (sample)", "Sample Contact", "", "Bronx"),
    (
        SignatoryKind.ORGANIZATION,
        "Sample Immigrant Rights Coalition (sample)",
        "Sample Organizer",
        "",
        "Queens",
    ),
    (SignatoryKind.ORGANIZATION, "Sample Tenants Union (sample)", "Sample Member", "", "Brooklyn"),
    (
        SignatoryKind.INDIVIDUAL,
        "",
        "Alex Sample (sample)",
        "Public defender",
        "Manhattan",
    ),
    (SignatoryKind.INDIVIDUAL, "", "Jordan Example (sample)", "Law student", "Staten Island"),
]


def _statement(campaign):
    """The One Day statement of support, under the campaign, with sample signers."""
    statement = upsert_page(
        campaign,
        StatementOfSupportPage,
        STATEMENT_SLUG,
        title="Statement of support: One Day to Protect New Yorkers",
        search_description=(
            "Organizations and people who support capping misdemeanor sentences at 364 days."
        ),
        statement=[
            {
                "type": "paragraph",
                "value": "<p>We, the undersigned organizations and individuals, support "
                "setting the longest sentence for a misdemeanor in New York at 364 days.</p>"
                "<p>A single day should not decide whether a New Yorker stays with their "
                "family. A 364-day maximum keeps the punishment the legislature chose for "
                "a minor offense and removes an immigration penalty it never meant to "
                "attach to it.</p>"
                "<p>The change treats every defendant alike, citizen or not, and gives "
                "judges back the discretion that a one-year maximum took from them.</p>",
            },
        ],
        sign_on_intro="<p>Organizations and individuals can sign. Staff review each "
        "signature before it appears in the list below.</p>",
        acknowledgement_text=(
            "I have read the statement and I am authorized to sign it (for an "
            "organization: on its behalf)."
        ),
    )
    for kind, organization, name, title, city in SAMPLE_SIGNERS:
        slug = "".join(c if c.isalnum() else "-" for c in (organization or name).lower())
        email = f"{slug.strip('-')}@example.org"
        Signatory.objects.get_or_create(
            statement=statement,
            email_normalized=email,
            defaults=dict(
                kind=kind,
                organization_name=organization,
                contact_name=name,
                title=title,
                city=city,
                email=email,
                consent_to_list=True,
                acknowledged=True,
                status=SignatoryStatus.APPROVED,
            ),
        )
    return statement


def _retire_old_statement(home):
    """Earlier demo content made the statement a plain page under the home page: take
    it off the site (kept as a draft) now that the real statement replaces it."""
    old = home.get_children().filter(slug=OLD_STATEMENT_SLUG, live=True).first()
    if old is not None and old.specific_class is StandardPage:
        old.specific.unpublish()


# The questions in ListBlock's block format (with ids), the form wagtail-localize
# extracts for translation; fixed ids keep repeated runs from writing a new revision.
FAQ = {
    "heading": "Questions and answers",
    "items": [
        {
            "type": "item",
            "id": "4b1f0c55-0d35-4c38-9a52-6f1f7c6a0001",
            "value": {
                "question": "What changed?",
                "answer": "<p>Since 12 April 2019, the longest sentence for a class A "
                "misdemeanor in New York is 364 days instead of one year.</p>",
            },
        },
        {
            "type": "item",
            "id": "4b1f0c55-0d35-4c38-9a52-6f1f7c6a0002",
            "value": {
                "question": "Does it help people convicted before 2019?",
                "answer": "<p>Yes. The new law applies to sentences given before it took "
                "effect, as well as to new ones.</p>",
            },
        },
        {
            "type": "item",
            "id": "4b1f0c55-0d35-4c38-9a52-6f1f7c6a0003",
            "value": {
                "question": "Why was one day so important?",
                "answer": "<p>Federal immigration law treats some convictions with a possible "
                "sentence of a year or more as grounds for deportation, even when no jail "
                "time was served. One day less takes most misdemeanors out of that rule and "
                "gives judges back their discretion.</p>",
            },
        },
    ],
}


def load(command):
    home = HomePage.objects.filter(locale__language_code="en").first()
    if home is None:
        command.stdout.write("campaigns: no English home page; skipped")
        return
    links = _bills()
    background, report, story = _resource_pages(home)
    _retire_old_statement(home)
    index = upsert_page(
        home,
        CampaignIndexPage,
        "campaigns",
        title="Campaigns",
        show_in_menus=True,
        search_description="Our campaigns to change laws that lead to deportation.",
        intro="We work with partners to change the laws that turn a criminal case into a "
        "deportation case. Follow each campaign and the bills that carry it.",
    )
    campaign_fields = dict(
        title="One Day to Protect New Yorkers",
        search_description=(
            "How New York capped misdemeanor sentences at 364 days, and why one day "
            "protects immigrant New Yorkers."
        ),
        goal="Cap the longest sentence for a misdemeanor in New York at 364 days, so that "
        "a minor conviction no longer triggers deportation.",
        status=CampaignPage.Status.WON,
        outcome_date=date(2019, 4, 12),
        outcome=(
            "We won. The change became law through the state budget for fiscal year 2020, "
            "signed on 12 April 2019 and effective at once, rather than through the "
            "campaign's own bills.\n\n"
            "Penal Law §70.15 now sets the longest sentence for a class A misdemeanor at "
            "364 days, and the change also applies to sentences given before it."
        ),
        body=[
            {"type": "heading", "value": {"text": "Why one day matters", "level": "h2"}},
            {
                "type": "paragraph",
                "value": "<p>Federal immigration law can make a conviction a ground for "
                "deportation when the possible sentence is a year or more, even if the "
                "person never spends a day in jail. A 365-day maximum put every "
                "misdemeanor in New York on the wrong side of that line.</p>"
                "<p>It also tied judges' hands: no sentence they chose could undo the "
                "immigration penalty attached to the maximum.</p>",
            },
            {
                "type": "key_figure",
                "value": {
                    "figure": "364 days",
                    "label": "the longest sentence for a misdemeanor in New York since 2019",
                    "source": "New York Penal Law §70.15",
                },
            },
        ],
        contact_email="info@immdefense.org",
    )

    def resources(statement):
        return [
            {
                "type": "background",
                "value": {"title": "", "page": background.pk, "url": "", "description": ""},
            },
            {"type": "faq", "value": FAQ},
            *(
                [
                    {
                        "type": "statement",
                        "value": {"title": "", "page": statement.pk, "url": "", "description": ""},
                    }
                ]
                if statement
                else []
            ),
            {
                "type": "partner_report",
                "value": {"title": "", "page": report.pk, "url": "", "description": ""},
            },
            {
                "type": "story",
                "value": {"title": "", "page": story.pk, "url": "", "description": ""},
            },
        ]

    # The statement lives under the campaign, and the campaign links to it: on a fresh
    # database the campaign is made first without the link.
    if not index.get_children().filter(slug="one-day").exists():
        upsert_page(index, CampaignPage, "one-day", **campaign_fields, resources=resources(None))
    statement = _statement(index.get_children().get(slug="one-day").specific)
    campaign = upsert_page(
        index,
        CampaignPage,
        "one-day",
        **campaign_fields,
        resources=resources(statement),
        action_page=Page.objects.get(pk=statement.pk),
    )
    wanted = [(bill.pk, role) for bill, role in links]
    current = [(link.bill_id, link.role) for link in campaign.campaign_bills.all()]
    if current != wanted:
        campaign.campaign_bills = [CampaignBill(bill_id=pk, role=role) for pk, role in wanted]
        campaign.save_revision().publish()
    # The misdemeanors topic lists the campaign on the 364-day program area.
    topic = Topic.objects.filter(slug="misdemeanors", locale__language_code="en").first()
    if topic is not None and [link.topic_id for link in campaign.topic_links.all()] != [topic.pk]:
        campaign.topic_links = [CampaignTopic(topic=topic)]
        campaign.save_revision().publish()
    command.stdout.write(
        "campaigns: One Day campaign with its bills, resources and statement of support"
    )
