"""Reads bill JSON in the Open States API v3 shape (openstates-core's open model).

Accepts one bill, a page of results (`{"results": [...], "pagination": ...}`) or a
list of bills. Action classifications must come from Open States' closed vocabulary;
an action without one is classified from its text by the shared rules.
"""

import re

from django.utils.translation import gettext as _

from .common import (
    BillImportError,
    NormalizedAction,
    NormalizedBill,
    NormalizedDocument,
    NormalizedRelation,
    NormalizedSponsor,
    Reader,
    active_print_number,
    classify_action,
    is_executive,
    load_json,
)

CHAMBERS = {"upper": "upper", "lower": "lower", "executive": "executive", "legislature": "upper"}
RELATIONS = {
    "companion": "companion",
    "prior-session": "prior_session",
    "replaced-by": "substituted_by",
}
JURISDICTION_RE = re.compile(r"/state:([a-z]{2})/")


def _chamber(reader, organization, key):
    if isinstance(organization, str):
        classification = organization
    else:
        classification = reader.get(organization, "classification", key, kind=str)
        key = f"{key}.classification"
    if classification not in CHAMBERS:
        raise reader.error(key, _("unknown chamber %(value)r") % {"value": classification})
    return CHAMBERS[classification]


def _jurisdiction(reader, bill, where):
    jurisdiction = reader.get(bill, "jurisdiction", where, required=False)
    if isinstance(jurisdiction, dict):
        match = JURISDICTION_RE.search(str(jurisdiction.get("id", "")) + "/")
        code = match.group(1) if match else None
        name = jurisdiction.get("name") or (code or "").upper()
        if code:
            return code, name
    return "ny", "New York"


def parse_bill(reader, bill, where):
    get = reader.get
    identifier = get(bill, "identifier", where, kind=str)
    base, _full = reader.print_number(identifier, f"{where}.identifier")
    session = get(bill, "session", where, required=False) or get(
        bill, "legislative_session", where, required=False
    )
    if not session:
        raise reader.error(f"{where}.session", _("required key is missing"))
    originating = _chamber(
        reader, get(bill, "from_organization", where), f"{where}.from_organization"
    )
    title = get(bill, "title", where, kind=str)
    code, name = _jurisdiction(reader, bill, where)

    actions = []
    items = get(bill, "actions", where, required=False, kind=list) or []
    ordered = sorted(
        enumerate(items),
        key=lambda pair: (
            (pair[1].get("order", pair[0]), pair[0])
            if isinstance(pair[1], dict)
            else (pair[0], pair[0])
        ),
    )
    for index, item in ordered:
        key = f"{where}.actions[{index}]"
        text = get(item, "description", key, kind=str).strip()
        classes = reader.classification(
            get(item, "classification", key, required=False), f"{key}.classification"
        )
        if not classes:
            classes = classify_action(text)
        chamber = _chamber(reader, get(item, "organization", key), f"{key}.organization")
        if is_executive(classes):
            chamber = "executive"
        actions.append(
            NormalizedAction(
                reader.date(get(item, "date", key), f"{key}.date"), chamber, text, classes
            )
        )

    sponsors = []
    for index, item in enumerate(get(bill, "sponsorships", where, required=False, kind=list) or []):
        key = f"{where}.sponsorships[{index}]"
        primary = bool(get(item, "primary", key, required=False))
        sponsors.append(
            NormalizedSponsor(
                get(item, "name", key, kind=str), "primary" if primary else "cosponsor"
            )
        )

    documents = []
    for kind, list_key in (("version", "versions"), ("document", "documents")):
        for index, item in enumerate(get(bill, list_key, where, required=False, kind=list) or []):
            key = f"{where}.{list_key}[{index}]"
            links = get(item, "links", key, kind=list)
            if not links:
                raise reader.error(f"{key}.links", _("has no link"))
            link = links[0]
            day = get(item, "date", key, required=False)
            documents.append(
                NormalizedDocument(
                    kind,
                    get(item, "note", key, kind=str),
                    reader.date(day, f"{key}.date") if day else None,
                    get(link, "url", f"{key}.links[0]", kind=str),
                    link.get("media_type") or "",
                )
            )

    relations = []
    for index, item in enumerate(
        get(bill, "related_bills", where, required=False, kind=list) or []
    ):
        key = f"{where}.related_bills[{index}]"
        relation_type = get(item, "relation_type", key, kind=str)
        if relation_type == "replaces":
            continue  # the other bill's "replaced-by" says the same thing
        if relation_type not in RELATIONS:
            raise reader.error(
                f"{key}.relation_type", _("unknown relation %(value)r") % {"value": relation_type}
            )
        other = reader.print_number(get(item, "identifier", key), f"{key}.identifier")[0]
        relations.append(
            NormalizedRelation(
                RELATIONS[relation_type], get(item, "legislative_session", key), other
            )
        )

    abstracts = get(bill, "abstracts", where, required=False, kind=list) or []
    summary = (
        abstracts[0].get("abstract", "").strip()
        if abstracts and isinstance(abstracts[0], dict)
        else None
    )
    sources = get(bill, "sources", where, required=False, kind=list) or []
    official_url = sources[0].get("url") if sources and isinstance(sources[0], dict) else None
    version_notes = [d.note for d in documents if d.kind == "version"]
    latest_version = version_notes[-1] if version_notes else None
    split_latest = (
        reader.print_number(latest_version, f"{where}.versions")
        if latest_version and re.match(r"^[A-Za-z]+\s*\d", latest_version)
        else None
    )
    return NormalizedBill(
        jurisdiction=code,
        jurisdiction_name=name,
        session=str(session),
        originating_chamber=originating,
        base_print_number=base,
        print_number=active_print_number(base, actions, split_latest[1] if split_latest else None),
        title=title.strip(),
        summary=summary,
        law_sections=None,  # Open States does not carry the laws a bill amends
        official_url=official_url,
        actions=tuple(actions),
        sponsors=tuple(sponsors),
        documents=tuple(documents),
        relations=tuple(relations),
    )


def read_file(path):
    """All bills in one Open States file, normalized. Raises BillImportError."""
    reader = Reader(path)
    document = load_json(path)
    if isinstance(document, dict) and "results" in document:
        items, prefix = document["results"], "results"
        if not isinstance(items, list):
            raise reader.error("results", _("has the wrong type"))
    elif isinstance(document, list):
        items, prefix = document, ""
    elif isinstance(document, dict):
        if "result" in document and "identifier" not in document:
            raise reader.error(
                "identifier",
                _(
                    "required key is missing: this looks like an Open Legislation file "
                    "(use --format openleg)"
                ),
            )
        items, prefix = [document], None
    else:
        raise reader.error("(top level)", _("expected an object or a list"))
    bills = []
    for index, item in enumerate(items):
        where = "" if prefix is None else f"{prefix}[{index}]"
        bills.append(parse_bill(reader, item, where))
    if not bills:
        raise BillImportError(path, prefix or "(top level)", _("holds no bill"))
    return bills
