"""Reads bill JSON from New York's Open Legislation API v3 (legislation.nysenate.gov).

Accepts the answer to `GET /api/3/bills/{year}/{printNo}` (`{success, result}`), a
search or listing answer whose `result.items` each hold a bill (or a `result`), or a
list of either. Sessions are keyed by their start year: 2019 means "2019-2020".

The source's own `status` is the authority for where a bill stands; its actions are the
history. The active amendment (`activeVersion`) gives the print number, the sponsors'
`memberId` identifies them, and a key the answer lacks is left alone in the database.
"""

from django.utils.translation import gettext as _

from campaigns.legislation.stages import Stage

from .normalized import (
    BillImportError,
    NormalizedAction,
    NormalizedBill,
    NormalizedDocument,
    NormalizedRelation,
    NormalizedSponsor,
    SkippedBill,
    SourceStatus,
)
from .reading import Reader, load_json, parse_json
from .rules import (
    active_print_number,
    classify_action,
    committee_title,
    derive_status,
    is_executive,
)

CHAMBERS = {"SENATE": "upper", "ASSEMBLY": "lower"}
NEW_YORK_CHAMBERS = (("upper", "Senate"), ("lower", "Assembly"), ("executive", "Governor"))

#: Open Legislation's statusType values: the stage each means, or a (kind, chamber) pair
#: whose stage depends on whether that chamber is the one the bill started in.
STATUS_TYPES = {
    "INTRODUCED": Stage.INTRODUCED,
    "IN_SENATE_COMM": ("committee", "upper"),
    "IN_ASSEMBLY_COMM": ("committee", "lower"),
    "SENATE_FLOOR": ("floor", "upper"),
    "ASSEMBLY_FLOOR": ("floor", "lower"),
    "PASSED_SENATE": ("passed", "upper"),
    "PASSED_ASSEMBLY": ("passed", "lower"),
    "DELIVERED_TO_GOV": Stage.DELIVERED,
    "SIGNED_BY_GOV": Stage.SIGNED,
    "VETOED": Stage.VETOED,
    "STRICKEN": Stage.STRICKEN,
    "LOST": Stage.LOST,
    "SUBSTITUTED": Stage.SUBSTITUTED,
    "ADOPTED": "adopted",
    "POCKET_APPROVAL": Stage.LAW_WITHOUT_SIGNATURE,
}
SIDED = {
    "committee": (Stage.FIRST_COMMITTEE, Stage.SECOND_COMMITTEE),
    "floor": (Stage.FIRST_FLOOR, Stage.SECOND_FLOOR),
    "passed": (Stage.FIRST_PASSED, Stage.SECOND_PASSED),
}

SENATE_BILL_URL = "https://www.nysenate.gov/legislation/bills/{session}/{print_number}"
PDF_URL = "https://legislation.nysenate.gov/pdf/bills/{session}/{print_number}"


def session_name(year):
    return f"{int(year)}-{int(year) + 1}"


def status_stage(status_type, originating, actions=()):
    """The stage an Open Legislation statusType means for a bill from `originating`."""
    meaning = STATUS_TYPES[status_type]
    if meaning == "adopted":
        adopted_in = {a.chamber for a in actions if a.text.upper().startswith("ADOPTED")}
        both = adopted_in - {originating}
        return Stage.ADOPTED_BOTH if both else Stage.ADOPTED
    if isinstance(meaning, tuple):
        kind, chamber = meaning
        return SIDED[kind][0 if chamber == originating else 1]
    return meaning


def _substituted(result, actions, originating):
    """The source's `substitutedBy`: its status stays where the bill was replaced.

    Open Legislation keeps `substitutedBy` after the bill goes on (the substitution
    reconsidered, the bill recommitted, passed, signed): the last action wins, so a
    substitution followed by an action that moves the bill is history, not status."""
    other = result.get("substitutedBy")
    if not isinstance(other, dict) or not other.get("basePrintNo"):
        return None
    actions = actions or ()
    marks = [i for i, a in enumerate(actions) if a.text.upper().startswith("SUBSTITUTED BY")]
    if marks and derive_status(actions[marks[-1] + 1 :], originating):
        return None
    text = f"SUBSTITUTED BY {other.get('printNo') or other['basePrintNo']}"
    return SourceStatus(Stage.SUBSTITUTED, actions[marks[-1]].date if marks else None, "", text)


def _status(reader, result, originating, actions, where):
    substituted = _substituted(result, actions, originating)
    if substituted:
        return substituted
    status = reader.get(result, "status", where, required=False, kind=dict)
    if not status or not status.get("statusType"):
        return None
    where = f"{where}.status"
    status_type = reader.get(status, "statusType", where, kind=str)
    if status_type not in STATUS_TYPES:
        raise reader.error(
            f"{where}.statusType", _("unknown status %(value)r") % {"value": status_type}
        )
    stage = status_stage(status_type, originating, actions or ())
    committee = reader.get(status, "committeeName", where, required=False) or ""
    in_committee = stage in (Stage.FIRST_COMMITTEE, Stage.SECOND_COMMITTEE)
    return SourceStatus(
        stage,
        reader.optional_date(status.get("actionDate"), f"{where}.actionDate"),
        committee_title(committee) if in_committee else "",
        status.get("statusDesc") or "",
    )


def _chamber(reader, value, key):
    if value not in CHAMBERS:
        raise reader.error(key, _("unknown chamber %(value)r") % {"value": value})
    return CHAMBERS[value]


def _actions(reader, result, where):
    items = reader.items(result, "actions", where)
    if items is None:
        return None
    actions = []
    for index, item in enumerate(items):
        key = f"{where}.actions.items[{index}]"
        text = reader.get(item, "text", key, kind=str).strip()
        classes = classify_action(text)
        chamber = _chamber(reader, reader.get(item, "chamber", key, kind=str), f"{key}.chamber")
        chamber = "executive" if is_executive(classes) else chamber
        day = reader.date(reader.get(item, "date", key), f"{key}.date")
        actions.append(NormalizedAction(day, chamber, text, classes))
    return tuple(actions)


def _member_sponsor(member, classification, chamber):
    return NormalizedSponsor(
        name=(member.get("fullName") or member.get("shortName") or "").strip(),
        classification=classification,
        source="openleg",
        source_id=str(member.get("memberId") or ""),
        chamber=CHAMBERS.get(member.get("chamber"), chamber),
        district=str(member.get("districtCode") or ""),
        short_name=(member.get("shortName") or "").strip(),
    )


def _sponsors(reader, result, active, chamber, where):
    sponsor = reader.get(result, "sponsor", where, required=False, kind=dict)
    if sponsor is None and active is None:
        return None
    people = []
    member = (sponsor or {}).get("member") or {}
    if member.get("fullName") or member.get("shortName"):
        people.append(_member_sponsor(member, "primary", chamber))
    for group in ("multiSponsors", "coSponsors"):
        for person in ((active or {}).get(group) or {}).get("items") or []:
            if isinstance(person, dict) and (person.get("fullName") or person.get("shortName")):
                people.append(_member_sponsor(person, "cosponsor", chamber))
    seen, unique = set(), []
    for person in people:
        key = person.source_id or person.name.lower()
        if key not in seen:
            seen.add(key)
            unique.append(person)
    return tuple(unique)


def _documents(reader, amendments, year, where):
    if amendments is None:
        return None
    documents = []
    for version, amendment in sorted(amendments.items()):
        key = f"{where}.amendments.items.{version or '(original)'}"
        print_number = reader.get(amendment, "printNo", key, kind=str)
        published = reader.optional_date(amendment.get("publishDate"), f"{key}.publishDate")
        url = PDF_URL.format(session=int(year), print_number=print_number)
        documents.append(
            NormalizedDocument("version", print_number, published, url, "application/pdf")
        )
    return tuple(documents)


def _related(reader, items, relation_type, where):
    relations = []
    for index, item in enumerate(items or []):
        key = f"{where}[{index}]"
        other = reader.print_number(reader.get(item, "basePrintNo", key), f"{key}.basePrintNo")
        session = session_name(reader.get(item, "session", key))
        relations.append(NormalizedRelation(relation_type, session, other[0]))
    return relations


def _relations(reader, result, active, active_version, where):
    same_as = ((active or {}).get("sameAs") or {}).get("items")
    previous = reader.items(result, "previousVersions", where) or []
    substitute = result.get("substitutedBy")
    substitute = [substitute] if isinstance(substitute, dict) and substitute else []
    same_key = f"{where}.amendments.items.{active_version}.sameAs.items"
    return tuple(
        _related(reader, same_as, "companion", same_key)
        + _related(reader, previous, "prior_session", f"{where}.previousVersions.items")
        + _related(reader, substitute, "substituted_by", f"{where}.substitutedBy")
    )


def _amendments(reader, result, where):
    amendments = reader.get(result, "amendments", where, required=False)
    if amendments is None:
        return None
    items = amendments.get("items") if isinstance(amendments, dict) else None
    if not isinstance(items, dict):
        raise reader.error(f"{where}.amendments.items", _("has the wrong type"))
    return items


def _print_number(reader, result, base, actions, where):
    version = result.get("activeVersion")
    if isinstance(version, str):
        return base + version.upper()
    raw = reader.get(result, "printNo", where, required=False)
    own = reader.print_number(raw, f"{where}.printNo")[1] if raw else None
    return active_print_number(base, actions, own)


def _identity(reader, result, where):
    base = reader.print_number(
        reader.get(result, "basePrintNo", where, kind=str), f"{where}.basePrintNo"
    )[0]
    year = reader.get(result, "session", where)
    try:
        session = session_name(year)
    except (TypeError, ValueError):
        raise reader.error(f"{where}.session", _("is not a year"))
    bill_type = reader.get(result, "billType", where, kind=dict)
    chamber = reader.get(bill_type, "chamber", f"{where}.billType", kind=str)
    originating = _chamber(reader, chamber, f"{where}.billType.chamber")
    return base, year, session, originating, bool(bill_type.get("resolution"))


def parse_bill(reader, result, where):
    """One bill, normalized; a placeholder (no title, no status yet) is skipped."""
    base, year, session, originating, resolution = _identity(reader, result, where)
    title = (reader.get(result, "title", where, required=False, kind=str) or "").strip()
    if not title:
        return SkippedBill(f"{base} ({session})", _("placeholder: no title or status yet"))
    actions = _actions(reader, result, where)
    amendments = _amendments(reader, result, where)
    active_version = result.get("activeVersion") or ""
    active = (amendments or {}).get(active_version) if amendments is not None else None
    law = ((active or {}).get("lawCode") or (active or {}).get("lawSection") or "").strip()
    rules = derive_status(actions, originating, resolution)
    return NormalizedBill(
        jurisdiction="ny",
        jurisdiction_name="New York",
        session=session,
        originating_chamber=originating,
        base_print_number=base,
        print_number=_print_number(reader, result, base, actions, where),
        title=title,
        summary=(reader.get(result, "summary", where, required=False) or "").strip() or None,
        law_sections=law or None,
        official_url=SENATE_BILL_URL.format(session=int(year), print_number=base),
        actions=actions,
        sponsors=_sponsors(reader, result, active, originating, where),
        documents=_documents(reader, amendments, year, where),
        relations=_relations(reader, result, active, active_version, where),
        source_status=_status(reader, result, originating, actions, where),
        rules_stage=rules[-1].stage if rules else None,
        resolution=resolution,
        chamber_names=NEW_YORK_CHAMBERS,
    )


def _results(reader, document, where=""):
    if isinstance(document, list):
        for index, item in enumerate(document):
            yield from _results(reader, item, f"{where}[{index}]")
        return
    if not isinstance(document, dict):
        raise reader.error(where or "(top level)", _("expected an object"))
    if "basePrintNo" in document or "billType" in document:
        yield parse_bill(reader, document, where)
        return
    key = f"{where}.result".lstrip(".")
    if "result" not in document:
        if "identifier" in document or "results" in document:
            message = _(
                "required key is missing: this looks like an Open States file "
                "(use --format openstates)"
            )
            raise reader.error(key, message)
        raise reader.error(key, _("required key is missing"))
    result = document["result"]
    if isinstance(result, dict) and isinstance(result.get("items"), list):
        yield from _results(reader, result["items"], f"{key}.items")
        return
    yield from _results(reader, result, key)


def read_document(document, path):
    """All bills (and skipped placeholders) in one parsed Open Legislation answer."""
    records = list(_results(Reader(path), document))
    if not records:
        raise BillImportError(path, "result", _("holds no bill"))
    return records


def read_text(text, path):
    return read_document(parse_json(text, path), path)


def read_file(path):
    """All bills in one Open Legislation file, normalized. Raises BillImportError."""
    return read_document(load_json(path), path)
