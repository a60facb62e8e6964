"""Large content for `manage.py bench` (see pages_content.py beside it for the contract):
campaigns, the bills they follow, and each bill's sponsors, history and companion.

Bills and everything hanging off them are plain models and go in with `bulk_create`
(their `save()` only records the status and links pending relations, which is written
here directly); campaign pages need `add_child` for their tree paths.

Signers (5,000 per scale) go on the demo's One Day statement of support: mostly
approved and listed, with some pending, rejected, and unlisted ones, so the public list
filters as it does in real use.
"""

import datetime

from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale
from wagtail.signal_handlers import disable_reference_index_auto_update

from campaigns.legislation.stages import Stage
from campaigns.models import (
    Bill,
    BillAction,
    BillRelation,
    BillStatusChange,
    CampaignBill,
    CampaignIndexPage,
    CampaignPage,
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
from idp_site.devtools.demo.campaigns import STATEMENT_SLUG

URLS = [
    ("campaign index", "/en/campaigns/", "index", 200),
    ("campaign", "/en/campaigns/one-day/", "detail", 200),
    ("bill", "/en/campaigns/bills/ny/2019-2020/S1825/", "detail", 200),
    ("campaign feed", "/en/campaigns/one-day/feed/", "index", 200),
    (
        "statement of support (form)",
        "/en/campaigns/one-day/statement-of-support/",
        "form",
        200,
    ),
]

CAMPAIGNS_PER_SCALE = 50
BILLS_PER_SCALE = 200
ACTIONS_PER_BILL = 25  # 5,000 actions for 200 bills
LEGISLATORS = 40
SIGNERS_PER_SCALE = 5000
SESSION = "2025-2026"

STAGES = [
    Stage.INTRODUCED,
    Stage.FIRST_COMMITTEE,
    Stage.FIRST_FLOOR,
    Stage.FIRST_PASSED,
    Stage.SECOND_COMMITTEE,
    Stage.DIED_IN_COMMITTEE,
]
ACTION_TEXTS = [
    ("REFERRED TO CODES", "referral-committee"),
    ("AMEND AND RECOMMIT TO CODES", "amendment-introduction"),
    ("REPORTED TO CALENDAR", "committee-passage"),
    ("ADVANCED TO THIRD READING", "reading-3"),
    ("PASSED SENATE", "passage"),
]


def generate(scale, stdout):
    with disable_reference_index_auto_update(), transaction.atomic():
        bills = _bills(scale, stdout)
        _campaigns(scale, bills, stdout)
        _signers(scale, stdout)


def _session_and_legislators():
    ny, _created = Jurisdiction.objects.get_or_create(code="ny", defaults={"name": "New York"})
    session, _created = LegislativeSession.objects.get_or_create(
        jurisdiction=ny,
        identifier=SESSION,
        defaults={"start_date": datetime.date(2025, 1, 1), "end_date": datetime.date(2026, 12, 31)},
    )
    legislators = Legislator.objects.bulk_create(
        Legislator(
            jurisdiction=ny,
            name=f"Legislator {n}",
            short_name=f"LEGISLATOR{n}",
            chamber="upper" if n % 2 else "lower",
            district=str(n),
            party="Democrat",
        )
        for n in range(1, LEGISLATORS + 1)
    )
    return session, legislators


def _bill(session, i, now):
    number = f"{'S' if i % 2 == 0 else 'A'}{7000 + i}"
    return Bill(
        session=session,
        originating_chamber="upper" if i % 2 == 0 else "lower",
        base_print_number=number,
        print_number=number,
        title=f"An act to amend the penal law, in relation to bench matter {i}",
        nickname=f"Bench Act {i}" if i % 3 == 0 else "",
        summary="Changes a sentence so that a conviction has fewer immigration penalties.",
        law_sections="Penal Law §70.15",
        official_url=f"https://www.nysenate.gov/legislation/bills/2025/S{7000 + i}",
        stage=STAGES[i % len(STAGES)],
        stage_date=datetime.date(2025, 1 + i % 12, 1 + i % 28),
        stage_committee="Codes",
        source="imported",
        last_imported_at=now,
    )


def _actions(bill):
    for k in range(ACTIONS_PER_BILL):
        text, classification = ACTION_TEXTS[k % len(ACTION_TEXTS)]
        yield BillAction(
            bill=bill,
            sort_order=k,
            date=datetime.date(2025, 1, 1) + datetime.timedelta(days=k * 7),
            chamber=bill.originating_chamber,
            text=text,
            classification=classification,
        )


def _status_changes(bill):
    return [
        BillStatusChange(
            bill=bill, stage=Stage.INTRODUCED, date=datetime.date(2025, 1, 1), committee=""
        ),
        BillStatusChange(
            bill=bill, stage=bill.stage, date=bill.stage_date, committee=bill.stage_committee
        ),
    ]


def _sponsorships(bill, i, legislators):
    for k in range(3):
        yield Sponsorship(
            bill=bill,
            sort_order=k,
            legislator=legislators[(i + k) % len(legislators)],
            name="",
            classification=Sponsorship.PRIMARY if k == 0 else Sponsorship.COSPONSOR,
        )


def _companion(senate_bill, assembly_bill):
    return BillRelation(
        bill=senate_bill,
        sort_order=0,
        relation_type=Relation.COMPANION,
        related_bill=assembly_bill,
        related_session=SESSION,
        related_print_number=assembly_bill.base_print_number,
    )


def _bills(scale, stdout):
    session, legislators = _session_and_legislators()
    now = timezone.now()
    bills = Bill.objects.bulk_create(_bill(session, i, now) for i in range(BILLS_PER_SCALE * scale))
    actions, changes, sponsorships, relations = [], [], [], []
    for i, bill in enumerate(bills):
        actions.extend(_actions(bill))
        changes.extend(_status_changes(bill))
        sponsorships.extend(_sponsorships(bill, i, legislators))
        if i % 2 == 1:  # each Assembly bill is the companion of the Senate bill before it
            relations.append(_companion(bills[i - 1], bill))
    BillAction.objects.bulk_create(actions, batch_size=2000)
    BillStatusChange.objects.bulk_create(changes, batch_size=2000, ignore_conflicts=True)
    Sponsorship.objects.bulk_create(sponsorships, batch_size=2000)
    BillRelation.objects.bulk_create(relations, batch_size=2000)
    stdout.write(
        f"campaigns: {len(bills)} bills, {len(actions)} actions, {len(sponsorships)} "
        f"sponsorships, {len(relations)} companion pairs"
    )
    return bills


def _campaigns(scale, bills, stdout):
    index = CampaignIndexPage.objects.filter(locale=Locale.get_default()).first()
    if index is None:
        stdout.write("campaigns: no campaign index; campaigns skipped")
        return
    total = CAMPAIGNS_PER_SCALE * scale
    per_campaign = max(1, len(bills) // total)
    roles = [CampaignBill.Role.LEAD, CampaignBill.Role.COMPANION]
    now = timezone.now()
    links = []
    for c in range(total):
        campaign = CampaignPage(
            title=f"Bench campaign {c + 1}",
            slug=f"bench-campaign-{c + 1}",
            search_description="A campaign to change a law that leads to deportation.",
            goal="Change a sentence so that fewer convictions cross a line in immigration law.",
            status=CampaignPage.Status.ACTIVE,
            body=[
                {
                    "type": "paragraph",
                    "value": "<p>Why this change protects immigrant New Yorkers.</p>",
                }
            ],
            first_published_at=now - datetime.timedelta(hours=c),
            last_published_at=now - datetime.timedelta(hours=c),
        )
        index.add_child(instance=campaign)
        chosen = bills[c * per_campaign : (c + 1) * per_campaign]
        for k, bill in enumerate(chosen):
            role = roles[k] if k < len(roles) else CampaignBill.Role.EARLIER_VERSION
            links.append(CampaignBill(page=campaign, bill=bill, role=role, sort_order=k))
    CampaignBill.objects.bulk_create(links, batch_size=2000)
    stdout.write(f"campaigns: {total} campaigns following {len(links)} bills")


def _signers(scale, stdout):
    statement = StatementOfSupportPage.objects.filter(
        locale=Locale.get_default(), slug=STATEMENT_SLUG
    ).first()
    if statement is None:
        stdout.write("campaigns: no statement of support; signers skipped")
        return
    statuses = [SignatoryStatus.APPROVED] * 7 + [
        SignatoryStatus.PENDING,
        SignatoryStatus.REJECTED,
        SignatoryStatus.SPAM,
    ]
    now = timezone.now()
    signers = []
    for n in range(SIGNERS_PER_SCALE * scale):
        organization = n % 3 == 0
        email = f"bench-signer-{n}@example.org"
        signers.append(
            Signatory(
                submission_token=f"bench-{n}",
                statement=statement,
                kind=SignatoryKind.ORGANIZATION if organization else SignatoryKind.INDIVIDUAL,
                organization_name=f"Bench Organization {n}" if organization else "",
                contact_name=f"Bench Signer {n}",
                title="Director" if organization else "",
                city=("Bronx", "Brooklyn", "Manhattan", "Queens", "Staten Island")[n % 5],
                email=email,
                email_normalized=email,
                consent_to_list=n % 11 != 0,
                acknowledged=True,
                status=statuses[n % len(statuses)],
                created_at=now - datetime.timedelta(minutes=n),
            )
        )
    Signatory.objects.bulk_create(signers, batch_size=2000)
    listed = statement.signer_counts()["total"]
    stdout.write(f"campaigns: {len(signers)} signers, {listed} of them listed publicly")
