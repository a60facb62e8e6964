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
from campaigns.legislation.stages import Stage
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
from idp_site.devtools.demo.pages import HOTLINE, paragraph, upsert_page
from pages.models import HomePage, StandardPage, Topic

TITLE = (
    "An act to amend the penal law, in relation to the longest sentence for a class A misdemeanor"
)
SUMMARY = (
    "Lowers the longest sentence for a class A misdemeanor from one year to 364 days, "
    "one day under the one-year line that federal immigration law uses for some grounds "
    "of deportation and some bars to relief."
)
NYC_BAR_REPORT_URL = (
    "https://www.nycbar.org/member-and-career-services/committees/reports-listing/reports/"
    "detail/report-in-support-of-the-one-day-to-protect-new-yorkers-act"
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
    bill.demo_source = data  # for the import after staff's edits (see _bills)
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


def _enacted_via_budget(bill):
    """Staff's record that the bill's policy became law through the budget: its stage,
    locked so that the next import (which only sees the committee referral) keeps it."""
    locked = sorted({*bill.locked_fields, "stage", "stage_date", "stage_committee"})
    _update(
        bill,
        stage=Stage.ENACTED_VIA,
        stage_date=date(2019, 4, 12),
        stage_committee="",
        locked_fields=locked,
    )


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
        _enacted_via_budget(bill)
    # The next import after staff's edits records where the source disagrees with them
    # (once): do it now, so that loading the demo again changes nothing.
    import_bills([a4469.demo_source, s1825.demo_source])
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
        "What the 364-day law changed, and what it did not",
        "Why the longest class A misdemeanor sentence in New York matters to immigrants, "
        "what changed on 12 April 2019, and what did not.",
        "Federal immigration law counts the sentence a judge could give, not only the one "
        "a person serves.",
        "Under federal law, some convictions become grounds for deportation, or bar a "
        "person from relief, when a sentence of one year could be or was imposed: for "
        "example a crime involving moral turpitude within five years of admission, or "
        "an aggravated felony such as theft or a crime of violence with a one-year "
        "sentence. Until 12 April 2019, the longest sentence for a class A misdemeanor "
        "in New York was one year (class B misdemeanors were already capped at three "
        "months).",
        "That line could turn a minor case, even one that ended with no jail time at "
        "all, into a reason to detain and deport a long-time resident. Since 12 April "
        "2019, Penal Law §70.15 caps a class A misdemeanor at 364 days, which takes many "
        "New Yorkers out of those categories.",
        "<strong>What the law did not change.</strong> It does not protect everyone. A "
        "drug conviction (other than a single small marijuana possession), a firearm "
        "offense, a domestic-violence or stalking offense and other categories can "
        "still lead to deportation whatever the sentence.",
        "<strong>Older sentences.</strong> The law also reaches one-year sentences "
        "imposed before it took effect. How immigration authorities treat such an older "
        "sentence is a question for a lawyer.",
        f"Every case is different. Talk to a lawyer before pleading guilty, and call our "
        f"hotline at {HOTLINE}.",
    )
    report = page(
        "one-day-nyc-bar-report",
        "The New York City Bar's report in support",
        "A summary of the New York City Bar Association's report supporting the change.",
        "Three committees of the New York City Bar Association (criminal courts, criminal "
        "justice operations, immigration and nationality law) reported in support of the "
        "One Day to Protect New Yorkers Act.",
        "Our summary: the report explains how a one-year maximum for class A "
        "misdemeanors met federal immigration law, which looks at the sentence that "
        "could be imposed and not only the one served, and why one day less is fair to "
        "every defendant. First issued in June 2016 and reissued in May 2018; the City "
        "Bar also supported the same change in the 2019–2020 state budget.",
        f'<a href="{NYC_BAR_REPORT_URL}">Read the report on the New York City Bar\'s website</a>.',
    )
    story = page(
        "one-day-story",
        "One day, one family",
        "A story showing what one day of a possible sentence meant for an immigrant family.",
        "A parent who had lived in New York for twenty years, a plea, and one day.",
        "A parent who had lived in New York for twenty years pleaded guilty to a class A "
        "misdemeanor and served no jail time. Because a sentence of one year could have "
        "been imposed, the plea put the family at risk of separation.",
        "Under today's 364-day maximum, that line is no longer crossed for a plea like "
        "this one. Other parts of a case can still matter, which is why every plea "
        "deserves a lawyer's advice first.",
        "<em>This is a composite story written for this site; it does not describe one "
        "real person.</em>",
    )
    return background, report, story


STATEMENT_SLUG = "statement-of-support"
OLD_STATEMENT_SLUG = "one-day-statement-of-support"

#: Demo signers: (kind, organization, name, title, city). Plainly fictional: a name
#: that sounds like a real New York group would read as that group having signed.
#: Their addresses use the reserved example.org domain.
DEMO_SIGNERS = [
    (SignatoryKind.ORGANIZATION, "Fictional Group A (demo)", "Demo Signer", "", "Bronx"),
    (SignatoryKind.ORGANIZATION, "Fictional Group B (demo)", "Demo Signer", "", "Queens"),
    (SignatoryKind.ORGANIZATION, "Fictional Group C (demo)", "Demo Signer", "", "Brooklyn"),
    (SignatoryKind.INDIVIDUAL, "", "Fictional Person A (demo)", "Public defender", "Manhattan"),
    (SignatoryKind.INDIVIDUAL, "", "Fictional Person B (demo)", "Law student", "Staten Island"),
]
#: Signers of earlier demo content, removed on the next load (some had names that could
#: be taken for real New York organizations).
OLD_SIGNER_EMAILS = [
    "sample-defender-office--sample@example.org",
    "sample-immigrant-rights-coalition--sample@example.org",
    "sample-tenants-union--sample@example.org",
    "alex-sample--sample@example.org",
    "jordan-example--sample@example.org",
    "bronx-neighborhood-defenders--demo@example.org",
    "queens-immigrant-families-network--demo@example.org",
    "flatbush-tenants-union--demo@example.org",
    "alex-moreno--demo@example.org",
    "jordan-lee--demo@example.org",
]


def _statement(campaign):
    """The One Day statement of support, under the campaign, with demo signers."""
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
        # The 364-day cap became law on 12 April 2019: nothing is left to sign for.
        signing_open=False,
        signing_closed_note="<p>The 364-day cap became law on 12 April 2019, through the "
        "state budget, so this statement no longer takes signatures. It stays here with "
        "its signers as a record of the campaign. The signers listed on this demonstration "
        "site are fictional.</p>",
    )
    Signatory.objects.filter(statement=statement, email_normalized__in=OLD_SIGNER_EMAILS).delete()
    for kind, organization, name, title, city in DEMO_SIGNERS:
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
                "answer": "<p>The law also reaches one-year sentences imposed before it "
                "took effect. How immigration authorities treat such an older sentence is a "
                f"question for a lawyer: call our hotline at {HOTLINE}.</p>",
            },
        },
        {
            "type": "item",
            "id": "4b1f0c55-0d35-4c38-9a52-6f1f7c6a0003",
            "value": {
                "question": "Why was one day so important?",
                "answer": "<p>Federal immigration law treats some convictions as grounds "
                "for deportation, or as a bar to relief, when a sentence of one year could be "
                "or was imposed, even when no jail time was served. One day less takes many "
                "class A misdemeanors out of those rules and gives immigration judges back "
                "their discretion.</p>",
            },
        },
        {
            "type": "item",
            "id": "4b1f0c55-0d35-4c38-9a52-6f1f7c6a0004",
            "value": {
                "question": "Can a misdemeanor still lead to deportation?",
                "answer": "<p>Yes. A drug conviction (other than a single small marijuana "
                "possession), a firearm offense, a domestic-violence or stalking offense and "
                "other categories can still lead to deportation whatever the sentence. Every "
                "case is different: talk to a lawyer before pleading guilty, and call our "
                f"hotline at {HOTLINE}.</p>",
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
            "How New York capped class A misdemeanor sentences at 364 days, and why one "
            "day protects many immigrant New Yorkers."
        ),
        goal="Cap the longest sentence for a class A misdemeanor in New York at 364 days, "
        "one day under the one-year line that federal immigration law uses, so that many "
        "New Yorkers with a minor conviction are not exposed to deportation by that line "
        "alone.",
        status=CampaignPage.Status.WON,
        outcome_date=date(2019, 4, 12),
        outcome=(
            "We won. The change became law through the state budget for fiscal year 2020, "
            "signed on 12 April 2019 and effective at once, rather than through the "
            "campaign's own bills.\n\n"
            "Penal Law §70.15 now sets the longest sentence for a class A misdemeanor at "
            "364 days. It also reaches one-year sentences imposed before it took effect; "
            "how immigration authorities treat such an older sentence is a question for a "
            "lawyer."
        ),
        body=[
            {"type": "heading", "value": {"text": "Why one day matters", "level": "h2"}},
            {
                "type": "paragraph",
                "value": "<p>Federal immigration law can make a conviction a ground for "
                "deportation, or a bar to relief, when a sentence of one year could be or "
                "was imposed, even if the person never spends a day in jail. Until April "
                "2019 a class A misdemeanor in New York carried up to one year, which put "
                "many minor offenses on the wrong side of that line.</p>"
                "<p>It also tied immigration judges' hands: a one-year sentence could take "
                "away their discretion to weigh family ties, hardship and years in the "
                "United States.</p>",
            },
            {
                "type": "key_figure",
                "value": {
                    "figure": "364 days",
                    "label": "the longest sentence for a class A misdemeanor in New York "
                    "since 12 April 2019",
                    "period": "",  # the label dates it
                    "source": "New York Penal Law §70.15(1)",
                },
            },
            {"type": "heading", "value": {"text": "What the law did not change", "level": "h2"}},
            {
                "type": "paragraph",
                "value": "<p>The 364-day cap does not protect everyone. A drug conviction "
                "(other than a single small marijuana possession), a firearm offense, a "
                "domestic-violence or stalking offense and other categories can still "
                "lead to deportation whatever the sentence.</p>"
                "<p>The law also reaches one-year sentences imposed before it took "
                "effect; how immigration authorities treat such an older sentence is a "
                "question for a lawyer.</p>"
                f"<p>Every case is different. Talk to a lawyer before pleading guilty, and "
                f"call our hotline at {HOTLINE}.</p>",
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
        # Won: the call to action is "Read what changed", which leads to the law.
        action_page=Page.objects.get(pk=background.pk),
    )
    wanted = [(bill.pk, role) for bill, role in links]
    current = [(link.bill_id, link.role) for link in campaign.campaign_bills.all()]
    if current != wanted:
        # With their order (as every other orderable here): without it the rows come
        # back in any order, and a second run would see a change and publish again.
        campaign.campaign_bills = [
            CampaignBill(bill_id=pk, role=role, sort_order=i) for i, (pk, role) in enumerate(wanted)
        ]
        campaign.save_revision().publish()
    # The misdemeanors topic lists the campaign on the 364-day program area.
    topic = Topic.objects.filter(slug="misdemeanors", locale__language_code="en").first()
    if topic is not None and [link.topic_id for link in campaign.topic_links.all()] != [topic.pk]:
        campaign.topic_links = [CampaignTopic(topic=topic)]
        campaign.save_revision().publish()
    for fields in OTHER_CAMPAIGNS:
        _other_campaign(index, dict(fields))
    command.stdout.write(
        "campaigns: One Day campaign with its bills, resources and statement of "
        f"support; {len(OTHER_CAMPAIGNS)} more campaigns"
    )


#: The active and the dormant campaign (no bills of their own yet): plain strings, for
#: translators. Facts from shared/docs/organization.md.
OTHER_CAMPAIGNS = [
    {
        "slug": "summonses-and-daca",
        "title": "Keep a summons from closing the door to DACA",
        "status": CampaignPage.Status.ACTIVE,
        "search_description": (
            "With the NYU Law School Immigrants' Rights Clinic, we work against summons-court "
            "offenses that keep young New Yorkers from DACA."
        ),
        "goal": (
            "Change how New York City handles low-level summons-court offenses, so that a "
            "ticket a teenager paid years ago does not stand between a young New Yorker "
            "and DACA."
        ),
        "body": [
            "Quality-of-life policing hands out summonses for minor violations by the "
            "hundreds of thousands. For most people a summons ends with a fine. For a young "
            "immigrant applying for DACA, how the offense was charged and recorded can "
            "decide the application.",
            "With the NYU Law School Immigrants' Rights Clinic we document these cases, "
            "advise defenders and press the city and the courts for changes. If a summons "
            f"worries you, call our hotline at {HOTLINE} before you apply.",
        ],
        "topic": "daca",
    },
    {
        "slug": "idnyc-privacy",
        "title": "IDNYC: a city ID that stays private",
        "status": CampaignPage.Status.DORMANT,
        "search_description": (
            "The coalition behind IDNYC pressed for the privacy of applicants' documents and "
            "for no arrests on ICE administrative warrants."
        ),
        "goal": (
            "Keep the documents New Yorkers show to get a municipal ID private, and keep "
            "the city from making arrests on ICE administrative warrants."
        ),
        "body": [
            "We were part of the coalition behind IDNYC, New York City's municipal ID, open "
            "to every New Yorker whatever their status. The coalition pressed for the "
            "privacy of applicants' documents and against arrests on ICE administrative "
            "warrants, which no judge signs.",
            "This campaign is not active now. We watch for any change to the city's rules "
            "on applicants' documents and will take it up again if they are threatened.",
        ],
        "topic": "policing",
    },
]


def _other_campaign(index, fields):
    texts = fields.pop("body")
    topic_slug = fields.pop("topic")
    slug = fields.pop("slug")
    campaign = upsert_page(
        index,
        CampaignPage,
        slug,
        body=[{"type": "paragraph", "value": "".join(f"<p>{t}</p>" for t in texts)}],
        contact_email="info@immdefense.org",
        **fields,
    )
    topic = Topic.objects.filter(slug=topic_slug, locale__language_code="en").first()
    if topic is not None and [link.topic_id for link in campaign.topic_links.all()] != [topic.pk]:
        campaign.topic_links = [CampaignTopic(topic=topic)]
        campaign.save_revision().publish()
    return campaign
