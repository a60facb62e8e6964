"""What every importer shares: the normalized bill, action classification, stage
derivation and the upsert into the database.

Action classification rules
===========================

Legislatures write actions as free text. Each text is matched, case-insensitively
and in this order, against the rules below; the first rule that matches gives the
action its Open States classification(s). Open States files carry their own
classification, which is used as given (and only empty ones go through the rules).

====================================  ========================  =======================
Action text starts with               Classification            Stage it leads to
====================================  ========================  =======================
INTRODUCED / FILED                    introduction              introduced
AMEND ... [AND] RECOMMIT[TED] TO x    amendment-introduction,   in committee x (in the
                                      referral-committee        action's chamber)
PRINT NUMBER 1825A                    amendment-introduction    (none; new print no.)
AMENDED ON THIRD READING              amendment-introduction    (no change)
REFERRED TO x / [RE]COMMITTED TO x    referral-committee        in committee x
REPORTED AND COMMITTED TO x           committee-passage,        in committee x
                                      referral-committee
1ST REPORT CAL. / REPORTED [...]      committee-passage         on the floor
2ND REPORT CAL.                       reading-2                 on the floor
ADVANCED / ORDERED TO THIRD READING   reading-3                 on the floor
HELD FOR CONSIDERATION                (none)                    (no change)
DIED IN COMMITTEE                     committee-failure         died in committee
PASSED ... OVER ... VETO /            veto-override-passage     veto overridden
VETO OVERRIDDEN
PASSED SENATE / ASSEMBLY / HOUSE      passage                   passed (first or second
                                                                chamber: the action's)
LOST                                  failure                   lost
DELIVERED TO GOVERNOR                 executive-receipt         delivered to executive
DELIVERED / RETURNED TO a chamber     (none)                    (no change)
SIGNED CHAP.n                         executive-signature       signed
VETOED MEMO.n                         executive-veto            vetoed
POCKET APPROVAL / BECAME LAW WITHOUT  became-law                law without signature
ENACTING CLAUSE STRICKEN              withdrawal                stricken
SUBSTITUTED BY x                      substitution              substituted
SUBSTITUTED FOR x                     substitution              (no change: this bill
                                                                carries on)
anything else                         (none)                    (no change)
====================================  ========================  =======================

When an action has several classifications, a committee referral wins (a bill
reported to another committee is in committee). Actions by the executive, or
classified executive-* or became-law, are recorded as the executive's.
"""

import json
import re
from dataclasses import dataclass, field, fields
from datetime import date

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from campaigns.legislation.models import (
    Bill,
    BillAction,
    BillDocument,
    BillRelation,
    BillStatusChange,
    Jurisdiction,
    LegislativeSession,
    Legislator,
    Source,
    Sponsorship,
)
from campaigns.legislation.models.bills import (
    IMPORTED_FIELDS,
    OPEN_STATES_ACTION_CLASSIFICATIONS,
    split_print_number,
)
from campaigns.legislation.stages import LIVE_ORDER, Stage


class BillImportError(Exception):
    """A file that cannot be imported; the message names the file and the key."""

    def __init__(self, path, key, message):
        self.path, self.key, self.message = str(path), key, str(message)
        super().__init__(f"{self.path}: {key}: {self.message}")


# Normalized shapes -------------------------------------------------------------------


@dataclass(frozen=True)
class NormalizedAction:
    date: date
    chamber: str  # upper, lower or executive
    text: str
    classification: tuple = ()


@dataclass(frozen=True)
class NormalizedSponsor:
    name: str
    classification: str  # primary or cosponsor


@dataclass(frozen=True)
class NormalizedDocument:
    kind: str  # version or document
    note: str
    date: date | None
    url: str
    media_type: str = ""


@dataclass(frozen=True)
class NormalizedRelation:
    relation_type: str
    session: str
    print_number: str


@dataclass(frozen=True)
class NormalizedBill:
    """One bill as any source describes it. `None` means "this source does not say",
    and leaves the stored value alone."""

    jurisdiction: str
    jurisdiction_name: str
    session: str
    originating_chamber: str
    base_print_number: str
    print_number: str
    title: str
    summary: str | None = None
    law_sections: str | None = None
    official_url: str | None = None
    actions: tuple = ()
    sponsors: tuple = ()
    documents: tuple = ()
    relations: tuple = ()
    fallback_status: tuple | None = field(default=None, compare=False)

    def status(self):
        return derive_status(self.actions, self.originating_chamber, self.fallback_status)


# Classification and stages -------------------------------------------------------------

COMMITTEE = r"(?P<committee>.+?)\s*$"
RULES = [
    (r"^(INTRODUCED|FILED)\b", ("introduction",)),
    (
        rf"^AMEND\b.*\bRECOMMIT(TED)? TO {COMMITTEE}",
        ("amendment-introduction", "referral-committee"),
    ),
    (r"^PRINT NUMBER\s+\d+[A-Z]?\b", ("amendment-introduction",)),
    (r"^AMENDED ON THIRD READING", ("amendment-introduction",)),
    (rf"^REPORTED AND COMMITTED TO {COMMITTEE}", ("committee-passage", "referral-committee")),
    (rf"^(REFERRED|COMMITTED|RECOMMITTED) TO {COMMITTEE}", ("referral-committee",)),
    (r"^(1ST|FIRST) REPORT CAL", ("committee-passage",)),
    (r"^(2ND|SECOND) REPORT CAL", ("reading-2",)),
    (r"^(ADVANCED|ORDERED) TO THIRD READING", ("reading-3",)),
    (r"^REPORTED\b", ("committee-passage",)),
    (r"^HELD FOR CONSIDERATION", ()),
    (r"^DIED IN COMMITTEE", ("committee-failure",)),
    (r"^(PASSED\b.*\bOVER\b.*\bVETO|VETO OVERRIDDEN)", ("veto-override-passage",)),
    (r"^PASSED (SENATE|ASSEMBLY|HOUSE)", ("passage",)),
    (r"^LOST\b", ("failure",)),
    (r"^DELIVERED TO GOVERNOR", ("executive-receipt",)),
    (r"^(DELIVERED|RETURNED) TO (SENATE|ASSEMBLY|HOUSE)", ()),
    (r"^SIGNED CHAP", ("executive-signature",)),
    (r"^VETOED MEMO", ("executive-veto",)),
    (r"^(POCKET APPROVAL|BECAME LAW WITHOUT)", ("became-law",)),
    (r"^ENACTING CLAUSE STRICKEN", ("withdrawal",)),
    (r"^SUBSTITUTED (BY|FOR)\b", ("substitution",)),
]
COMPILED_RULES = [(re.compile(pattern, re.IGNORECASE), classes) for pattern, classes in RULES]
COMMITTEE_RE = re.compile(r"\b(?:REFERRED|COMMITTED|RECOMMIT(?:TED)?) TO (.+?)\s*$", re.IGNORECASE)
PRINT_NUMBER_RE = re.compile(r"^PRINT NUMBER\s+(\d+[A-Z]?)\b", re.IGNORECASE)

EXECUTIVE_CLASSES = {"became-law"}


def classify_action(text):
    """The Open States classifications of an action text, by the rules above."""
    for pattern, classes in COMPILED_RULES:
        if pattern.search(text.strip()):
            return classes
    return ()


def committee_name(text):
    """ "Codes" from "REFERRED TO CODES"; committees are shown in title case."""
    match = COMMITTEE_RE.search(text)
    if not match:
        return ""
    return " ".join(word.capitalize() for word in match.group(1).split())


def is_executive(classes):
    return any(c.startswith("executive-") or c in EXECUTIVE_CLASSES for c in classes)


def stage_after(action, originating, current):
    """The stage a bill is in after `action`, or None when the action changes nothing.

    Returns (stage, committee)."""
    classes = set(action.classification)
    text = action.text.upper()
    side = "FIRST" if action.chamber == originating else "SECOND"
    if "referral-committee" in classes:
        stage = Stage.FIRST_COMMITTEE if side == "FIRST" else Stage.SECOND_COMMITTEE
        return stage, committee_name(action.text)
    if "executive-signature" in classes:
        return Stage.SIGNED, ""
    if "veto-override-passage" in classes:
        return Stage.VETO_OVERRIDDEN, ""
    if "became-law" in classes:
        return Stage.LAW_WITHOUT_SIGNATURE, ""
    if "executive-veto" in classes:
        return Stage.VETOED, ""
    if "executive-receipt" in classes:
        return Stage.DELIVERED, ""
    if "passage" in classes:
        return (Stage.FIRST_PASSED if side == "FIRST" else Stage.SECOND_PASSED), ""
    if "failure" in classes:
        return Stage.LOST, ""
    if "committee-failure" in classes:
        return Stage.DIED_IN_COMMITTEE, ""
    if "withdrawal" in classes:
        return Stage.STRICKEN, ""
    if "substitution" in classes and "SUBSTITUTED FOR" not in text:
        return Stage.SUBSTITUTED, ""
    if classes & {
        "committee-passage",
        "committee-passage-favorable",
        "reading-2",
        "reading-3",
    }:
        return (Stage.FIRST_FLOOR if side == "FIRST" else Stage.SECOND_FLOOR), ""
    if "introduction" in classes or "filing" in classes:
        return (Stage.INTRODUCED, "") if current is None else None
    return None


@dataclass(frozen=True)
class StatusChange:
    stage: str
    date: date | None
    committee: str
    description: str


def derive_status(actions, originating, fallback=None):
    """The history of stage changes a list of actions implies, oldest first.

    The last entry is where the bill stands. Without actions, `fallback` (a status
    the source states directly) is used. A bill with neither is introduced."""
    history = []
    current = None
    for action in actions:
        result = stage_after(action, originating, current)
        if result is None:
            continue
        stage, committee = result
        change = StatusChange(stage, action.date, committee, action.text)
        if history and (history[-1].stage, history[-1].date, history[-1].committee) == (
            stage,
            action.date,
            committee,
        ):
            continue
        history.append(change)
        current = stage
    if not history:
        if fallback:
            history.append(StatusChange(*fallback))
        else:
            history.append(StatusChange(Stage.INTRODUCED, None, "", ""))
    return history


def active_print_number(base, actions, default=None):
    """The print number after the last "PRINT NUMBER 1825A" action (prefix kept)."""
    number = default or base
    prefix = re.match(r"^[A-Z]+", base).group(0)
    for action in actions:
        match = PRINT_NUMBER_RE.match(action.text.strip())
        if match:
            number = prefix + match.group(1).upper().lstrip("0")
    return number


# Reading helpers for the format modules ---------------------------------------------


class Reader:
    """Reads keys out of a parsed JSON document, naming the key in every error."""

    def __init__(self, path):
        self.path = path

    def error(self, key, message):
        return BillImportError(self.path, key, message)

    def get(self, obj, key, where, required=True, kind=None):
        full = f"{where}.{key}" if where else key
        if not isinstance(obj, dict):
            raise self.error(where or "(top level)", _("expected an object"))
        if key not in obj or obj[key] is None:
            if required:
                raise self.error(full, _("required key is missing"))
            return None
        value = obj[key]
        if kind is not None and not isinstance(value, kind):
            raise self.error(full, _("has the wrong type"))
        return value

    def date(self, value, key):
        try:
            return date.fromisoformat(str(value)[:10])
        except ValueError:
            raise self.error(key, _("is not a date (expected YYYY-MM-DD)"))

    def print_number(self, value, key):
        split = split_print_number(str(value))
        if split is None:
            raise self.error(key, _("is not a bill number"))
        return split

    def classification(self, values, key):
        values = tuple(values or ())
        for value in values:
            if value not in OPEN_STATES_ACTION_CLASSIFICATIONS:
                raise self.error(key, _("unknown classification %(value)r") % {"value": value})
        return values


def load_json(path):
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except OSError as error:
        raise BillImportError(path, "(file)", _("cannot be read: %s") % error.strerror)
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise BillImportError(
            path,
            f"(line {error.lineno}, column {error.colno})",
            _("is not valid JSON: %s") % error.msg,
        )


# Writing --------------------------------------------------------------------------------

KNOWN_JURISDICTIONS = {
    "ny": {
        "name": "New York",
        "upper_chamber_name": "Senate",
        "lower_chamber_name": "Assembly",
        "executive_name": "Governor",
    }
}


def _jurisdiction(data):
    defaults = dict(KNOWN_JURISDICTIONS.get(data.jurisdiction, {"name": data.jurisdiction_name}))
    jurisdiction, _created = Jurisdiction.objects.get_or_create(
        code=data.jurisdiction, defaults=defaults
    )
    return jurisdiction


def _find_legislator(jurisdiction, name):
    last = name.split()[-1] if name.split() else name
    return (
        Legislator.objects.filter(jurisdiction=jurisdiction)
        .filter(Q(name__iexact=name) | Q(short_name__iexact=name) | Q(short_name__iexact=last))
        .first()
    )


def _incoming_values(data, history):
    last = history[-1]
    values = {
        "originating_chamber": data.originating_chamber,
        "print_number": data.print_number,
        "title": data.title,
        "summary": data.summary,
        "law_sections": data.law_sections,
        "official_url": data.official_url,
        "stage": last.stage,
        "stage_date": last.date.isoformat() if last.date else None,
        "stage_committee": last.committee,
    }
    # None: the source does not say; the stored value stays.
    return {k: v for k, v in values.items() if v is not None or k == "stage_date"}


def upsert_bill(data, now=None):
    """Create or update one bill from normalized data. Returns "created", "updated" or
    "unchanged". Fields listed in `locked_fields` keep the value staff gave them."""
    now = now or timezone.now()
    jurisdiction = _jurisdiction(data)
    session, _created = LegislativeSession.objects.get_or_create(
        jurisdiction=jurisdiction, identifier=data.session
    )
    history = data.status()
    incoming = _incoming_values(data, history)
    bill = Bill.objects.filter(session=session, base_print_number=data.base_print_number).first()
    created = bill is None
    changed = created
    if created:
        bill = Bill(session=session, base_print_number=data.base_print_number)
    locked = set(bill.locked_fields or [])
    imported_values = dict(bill.imported_values or {})
    for name in IMPORTED_FIELDS:
        if name not in incoming:
            continue
        value = incoming[name]
        if imported_values.get(name, object()) != value:
            imported_values[name] = value
            changed = True
        if name in locked and not created:
            continue
        current = bill.serializable_value_of(name) if not created else None
        if current != value:
            python_value = date.fromisoformat(value) if name == "stage_date" and value else value
            setattr(bill, name, python_value)
            changed = True
    if changed:
        bill.imported_values = imported_values
        bill.source = Source.IMPORTED
        bill.last_imported_at = now
        bill._recording_status = False
        bill.save()

    changed |= _sync_actions(bill, data.actions)
    changed |= _sync_sponsors(bill, jurisdiction, data.sponsors)
    changed |= _sync_documents(bill, data.documents)
    changed |= _sync_relations(bill, data.relations)
    for change in history:
        _status, made = BillStatusChange.objects.get_or_create(
            bill=bill,
            stage=change.stage,
            date=change.date,
            committee=change.committee,
            defaults={"description": change.description[:500]},
        )
        changed |= made
    if "stage" in locked or "stage_date" in locked or "stage_committee" in locked:
        changed |= bill.record_status()
    if changed:
        if not created and bill.last_imported_at != now:
            bill.last_imported_at = now
            bill._recording_status = False
            bill.save(update_fields=["last_imported_at", "updated_at"])
        bill.save_revision(clean=False)
        return "created" if created else "updated"
    return "unchanged"


def _sync_actions(bill, actions):
    wanted = [
        (a.date, a.chamber, a.text[:500], a.classification[0] if a.classification else "")
        for a in actions
    ]
    existing = [
        (a.date, a.chamber, a.text, a.classification)
        for a in BillAction.objects.filter(bill=bill).order_by("sort_order", "pk")
    ]
    if wanted == existing:
        return False
    BillAction.objects.filter(bill=bill).delete()
    BillAction.objects.bulk_create(
        BillAction(bill=bill, sort_order=i, date=d, chamber=chamber, text=text, classification=cls)
        for i, (d, chamber, text, cls) in enumerate(wanted)
    )
    return True


def _sync_sponsors(bill, jurisdiction, sponsors):
    """Adds sponsors the source names and we lack; never removes staff's."""
    existing = list(Sponsorship.objects.filter(bill=bill).select_related("legislator"))
    known = {s.name.lower() for s in existing} | {
        s.legislator.name.lower() for s in existing if s.legislator_id
    }
    changed = False
    for index, sponsor in enumerate(sponsors, start=len(existing)):
        if sponsor.name.lower() in known:
            continue
        Sponsorship.objects.create(
            bill=bill,
            sort_order=index,
            name=sponsor.name,
            classification=sponsor.classification,
            legislator=_find_legislator(jurisdiction, sponsor.name),
        )
        known.add(sponsor.name.lower())
        changed = True
    return changed


def _sync_documents(bill, documents):
    known = set(BillDocument.objects.filter(bill=bill).values_list("url", flat=True))
    changed = False
    for index, doc in enumerate(documents, start=len(known)):
        if doc.url in known:
            continue
        BillDocument.objects.create(
            bill=bill,
            sort_order=index,
            kind=doc.kind,
            note=doc.note[:200],
            date=doc.date,
            url=doc.url,
            media_type=doc.media_type,
        )
        known.add(doc.url)
        changed = True
    return changed


def _sync_relations(bill, relations):
    existing = BillRelation.objects.filter(bill=bill)
    known = {(r.relation_type, r.related_session, r.related_print_number) for r in existing}
    changed = False
    for index, relation in enumerate(relations, start=len(known)):
        key = (relation.relation_type, relation.session, relation.print_number)
        if key in known:
            continue
        BillRelation(
            bill=bill,
            sort_order=index,
            relation_type=relation.relation_type,
            related_session=relation.session,
            related_print_number=relation.print_number,
            source=Source.IMPORTED,
        ).save()
        known.add(key)
        changed = True
    return changed


def import_bills(bills, dry_run=False):
    """Upsert every bill in one transaction; a dry run rolls it back. Returns a summary
    {"created": [...], "updated": [...], "unchanged": [...]} of bill labels."""
    summary = {"created": [], "updated": [], "unchanged": []}
    now = timezone.now()
    with transaction.atomic():
        for data in bills:
            result = upsert_bill(data, now=now)
            summary[result].append(f"{data.base_print_number} ({data.session})")
        if dry_run:
            transaction.set_rollback(True)
    return summary


def normalized_fields(bill):
    """The normalized bill as a dict, for comparing what two sources say."""
    return {f.name: getattr(bill, f.name) for f in fields(bill) if f.compare}


__all__ = [
    "BillImportError",
    "LIVE_ORDER",
    "NormalizedAction",
    "NormalizedBill",
    "NormalizedDocument",
    "NormalizedRelation",
    "NormalizedSponsor",
    "classify_action",
    "derive_status",
    "import_bills",
    "upsert_bill",
]
