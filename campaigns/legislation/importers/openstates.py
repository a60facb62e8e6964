"""Reads bill JSON in the Open States API v3 shape (openstates-core's open model).

Accepts one bill, a page of results (`{"results": [...], "pagination": ...}`) or a
list of bills. The API leaves out `actions`, `sponsorships`, `versions` and more unless
`include=` asks for them: a missing key means "not sent" and leaves the stored values
alone. Action classifications must come from Open States' closed vocabulary; they are
the authority for the stage, and an action without one is classified from its text.
"""

import re

from django.utils.translation import gettext as _

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
from .rules import active_print_number, classify_action, derive_status, is_executive

CHAMBERS = {"upper": "upper", "lower": "lower", "executive": "executive", "legislature": "upper"}
RELATIONS = {
    "companion": "companion",
    "prior-session": "prior_session",
    "replaced-by": "substituted_by",
}
JURISDICTION_RE = re.compile(r"/state:([a-z]{2})/")
VERSION_NUMBER_RE = re.compile(r"^[A-Za-z]+\s*\d")


def _organization(reader, organization, key):
    """(chamber, name) of an organization given as an object or a classification."""
    if isinstance(organization, str):
        classification, name = organization, ""
    else:
        classification = reader.get(organization, "classification", key, kind=str)
        name, key = organization.get("name") or "", f"{key}.classification"
    if classification not in CHAMBERS:
        raise reader.error(key, _("unknown chamber %(value)r") % {"value": classification})
    return CHAMBERS[classification], name


def _jurisdiction(bill):
    jurisdiction = bill.get("jurisdiction")
    if isinstance(jurisdiction, dict):
        match = JURISDICTION_RE.search(str(jurisdiction.get("id", "")) + "/")
        code = match.group(1) if match else None
        if code:
            return code, jurisdiction.get("name") or code.upper()
    return "ny", "New York"


def _action(reader, item, key, names):
    text = reader.get(item, "description", key, kind=str).strip()
    given = reader.classification(
        reader.get(item, "classification", key, required=False), f"{key}.classification"
    )
    chamber, name = _organization(
        reader, reader.get(item, "organization", key), f"{key}.organization"
    )
    if name and chamber in ("upper", "lower"):
        names[chamber] = name
    classes = given or classify_action(text)
    chamber = "executive" if is_executive(classes) else chamber
    day = reader.date(reader.get(item, "date", key), f"{key}.date")
    return NormalizedAction(day, chamber, text, classes)


def _actions(reader, bill, where, names):
    items = reader.get(bill, "actions", where, required=False, kind=list)
    if items is None:
        return None

    def order(pair):
        index, item = pair
        return (item.get("order", index), index) if isinstance(item, dict) else (index, index)

    return tuple(
        _action(reader, item, f"{where}.actions[{index}]", names)
        for index, item in sorted(enumerate(items), key=order)
    )


def _sponsor(reader, item, key):
    person = item.get("person") if isinstance(item.get("person"), dict) else {}
    role = person.get("current_role") if isinstance(person.get("current_role"), dict) else {}
    primary = bool(reader.get(item, "primary", key, required=False))
    return NormalizedSponsor(
        name=reader.get(item, "name", key, kind=str).strip(),
        classification="primary" if primary else "cosponsor",
        source="openstates",
        source_id=str(person.get("id") or item.get("person_id") or ""),
        chamber=CHAMBERS.get(role.get("org_classification") or "", ""),
        district=str(role.get("district") or ""),
    )


def _sponsors(reader, bill, where):
    items = reader.get(bill, "sponsorships", where, required=False, kind=list)
    if items is None:
        return None
    return tuple(
        _sponsor(reader, item, f"{where}.sponsorships[{index}]") for index, item in enumerate(items)
    )


def _document(reader, kind, item, key):
    links = reader.get(item, "links", key, kind=list)
    if not links:
        raise reader.error(f"{key}.links", _("has no link"))
    link = links[0]
    return NormalizedDocument(
        kind,
        reader.get(item, "note", key, kind=str),
        reader.optional_date(reader.get(item, "date", key, required=False), f"{key}.date"),
        reader.get(link, "url", f"{key}.links[0]", kind=str),
        link.get("media_type") or "",
    )


def _documents(reader, bill, where):
    sent = [key for key in ("versions", "documents") if key in bill]
    if not sent:
        return None
    documents = []
    for kind, list_key in (("version", "versions"), ("document", "documents")):
        items = reader.get(bill, list_key, where, required=False, kind=list) or []
        for index, item in enumerate(items):
            documents.append(_document(reader, kind, item, f"{where}.{list_key}[{index}]"))
    return tuple(documents)


def _relations(reader, bill, where):
    relations = []
    items = reader.get(bill, "related_bills", where, required=False, kind=list) or []
    for index, item in enumerate(items):
        key = f"{where}.related_bills[{index}]"
        relation_type = reader.get(item, "relation_type", key, kind=str)
        if relation_type == "replaces":
            continue  # the other bill's "replaced-by" says the same thing
        if relation_type not in RELATIONS:
            raise reader.error(
                f"{key}.relation_type", _("unknown relation %(value)r") % {"value": relation_type}
            )
        other = reader.print_number(reader.get(item, "identifier", key), f"{key}.identifier")[0]
        session = reader.get(item, "legislative_session", key)
        relations.append(NormalizedRelation(RELATIONS[relation_type], session, other))
    return tuple(relations)


def _print_number(reader, base, actions, documents, where):
    notes = [d.note for d in documents or () if d.kind == "version"]
    latest = notes[-1] if notes and VERSION_NUMBER_RE.match(notes[-1]) else None
    own = reader.print_number(latest, f"{where}.versions")[1] if latest else None
    return active_print_number(base, actions, own)


def _summary(bill):
    abstracts = bill.get("abstracts")
    if not isinstance(abstracts, list):
        return None
    first = abstracts[0] if abstracts and isinstance(abstracts[0], dict) else {}
    return (first.get("abstract") or "").strip() or None


def _official_url(bill):
    sources = bill.get("sources")
    if isinstance(sources, list) and sources and isinstance(sources[0], dict):
        return sources[0].get("url")
    return None


def _status(actions, originating, resolution):
    """The source's stage (its own classifications) and the text rules' stage."""
    if not actions:
        return None, None
    source = derive_status(actions, originating, resolution)
    reclassified = [
        NormalizedAction(a.date, a.chamber, a.text, classify_action(a.text)) for a in actions
    ]
    rules = derive_status(reclassified, originating, resolution)
    last = source[-1] if source else None
    status = SourceStatus(last.stage, last.date, last.committee, last.description) if last else None
    return status, rules[-1].stage if rules else None


def _session(reader, bill, where):
    session = reader.get(bill, "session", where, required=False) or reader.get(
        bill, "legislative_session", where, required=False
    )
    if not session:
        raise reader.error(f"{where}.session", _("required key is missing"))
    return str(session)


def parse_bill(reader, bill, where):
    identifier = reader.get(bill, "identifier", where, kind=str)
    base = reader.print_number(identifier, f"{where}.identifier")[0]
    session = _session(reader, bill, where)
    title = (reader.get(bill, "title", where, required=False, kind=str) or "").strip()
    if not title:
        return SkippedBill(f"{base} ({session})", _("placeholder: no title yet"))
    names = {}
    originating, name = _organization(
        reader, reader.get(bill, "from_organization", where), f"{where}.from_organization"
    )
    if name:
        names[originating] = name
    resolution = "resolution" in (bill.get("classification") or ())
    actions = _actions(reader, bill, where, names)
    documents = _documents(reader, bill, where)
    status, rules_stage = _status(actions, originating, resolution)
    code, jurisdiction_name = _jurisdiction(bill)
    return NormalizedBill(
        jurisdiction=code,
        jurisdiction_name=jurisdiction_name,
        session=session,
        originating_chamber=originating,
        base_print_number=base,
        print_number=_print_number(reader, base, actions, documents, where),
        title=title,
        summary=_summary(bill),
        law_sections=None,  # Open States does not carry the laws a bill amends
        official_url=_official_url(bill),
        actions=actions,
        sponsors=_sponsors(reader, bill, where),
        documents=documents,
        relations=_relations(reader, bill, where),
        resolution=resolution,
        source_status=status,
        rules_stage=rules_stage,
        chamber_names=tuple(sorted(names.items())),
    )


def _items(reader, document):
    if isinstance(document, dict) and "results" in document:
        items = document["results"]
        if not isinstance(items, list):
            raise reader.error("results", _("has the wrong type"))
        return items, "results"
    if isinstance(document, list):
        return document, ""
    if isinstance(document, dict):
        if "result" in document and "identifier" not in document:
            message = _(
                "required key is missing: this looks like an Open Legislation file "
                "(use --format openleg)"
            )
            raise reader.error("identifier", message)
        return [document], None
    raise reader.error("(top level)", _("expected an object or a list"))


def read_document(document, path):
    """All bills (and skipped placeholders) in one parsed Open States answer."""
    reader = Reader(path)
    items, prefix = _items(reader, document)
    records = [
        parse_bill(reader, item, "" if prefix is None else f"{prefix}[{index}]")
        for index, item in enumerate(items)
    ]
    if not records and prefix is None:
        raise BillImportError(path, "(top level)", _("holds no bill"))
    return records


def read_text(text, path):
    return read_document(parse_json(text, path), path)


def read_file(path):
    """All bills in one Open States file, normalized. Raises BillImportError."""
    records = read_document(load_json(path), path)
    if not records:
        raise BillImportError(path, "results", _("holds no bill"))
    return records
