"""Reads bill JSON from New York's Open Legislation API v3 (legislation.nysenate.gov).

Accepts the answer to `GET /api/3/bills/{year}/{printNo}` (`{success, result}`), a
search answer whose `result.items` each hold a `result`, or a list of either.
Sessions are keyed by their start year: 2019 means the "2019-2020" session.
"""

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

CHAMBERS = {"SENATE": "upper", "ASSEMBLY": "lower"}

#: Open Legislation's statusType values and the stage each means (relative to the
#: bill's chamber). Used only when a bill has no actions; unknown values are errors.
STATUS_TYPES = {
    "INTRODUCED": ("introduced", None),
    "IN_SENATE_COMM": ("committee", "upper"),
    "IN_ASSEMBLY_COMM": ("committee", "lower"),
    "SENATE_FLOOR": ("floor", "upper"),
    "ASSEMBLY_FLOOR": ("floor", "lower"),
    "PASSED_SENATE": ("passed", "upper"),
    "PASSED_ASSEMBLY": ("passed", "lower"),
    "DELIVERED_TO_GOV": ("delivered_to_executive", None),
    "SIGNED_BY_GOV": ("signed", None),
    "VETOED": ("vetoed", None),
    "STRICKEN": ("stricken", None),
    "LOST": ("lost", None),
    "SUBSTITUTED": ("substituted", None),
    "ADOPTED": ("passed", None),
    "POCKET_APPROVAL": ("law_without_signature", None),
}

SENATE_BILL_URL = "https://www.nysenate.gov/legislation/bills/{session}/{print_number}"
PDF_URL = "https://legislation.nysenate.gov/pdf/bills/{session}/{print_number}"


def session_name(year):
    return f"{int(year)}-{int(year) + 1}"


def _fallback(status, originating, reader, where):
    status_type = reader.get(status, "statusType", where, kind=str)
    if status_type not in STATUS_TYPES:
        raise reader.error(
            f"{where}.statusType", _("unknown status %(value)r") % {"value": status_type}
        )
    kind, chamber = STATUS_TYPES[status_type]
    side = "first" if (chamber or originating) == originating else "second"
    stage = f"{side}_{kind}" if kind in ("committee", "floor", "passed") else kind
    action_date = reader.get(status, "actionDate", where, required=False)
    committee = reader.get(status, "committeeName", where, required=False) or ""
    committee = " ".join(w.capitalize() for w in committee.split())
    return (
        stage,
        reader.date(action_date, f"{where}.actionDate") if action_date else None,
        committee if kind == "committee" else "",
        reader.get(status, "statusDesc", where, required=False) or "",
    )


def parse_bill(reader, result, where):
    get = reader.get
    base_raw = get(result, "basePrintNo", where, kind=str)
    base, _full = reader.print_number(base_raw, f"{where}.basePrintNo")
    year = get(result, "session", where)
    try:
        session = session_name(year)
    except (TypeError, ValueError):
        raise reader.error(f"{where}.session", _("is not a year"))
    bill_type = get(result, "billType", where, kind=dict)
    chamber_raw = get(bill_type, "chamber", f"{where}.billType", kind=str)
    if chamber_raw not in CHAMBERS:
        raise reader.error(
            f"{where}.billType.chamber", _("unknown chamber %(value)r") % {"value": chamber_raw}
        )
    originating = CHAMBERS[chamber_raw]
    title = get(result, "title", where, kind=str)
    status = get(result, "status", where, kind=dict)
    fallback = _fallback(status, originating, reader, f"{where}.status")

    actions = []
    action_items = get(
        get(result, "actions", where, kind=dict), "items", f"{where}.actions", kind=list
    )
    for index, item in enumerate(action_items):
        key = f"{where}.actions.items[{index}]"
        text = get(item, "text", key, kind=str).strip()
        classes = classify_action(text)
        chamber_name = get(item, "chamber", key, kind=str)
        if chamber_name not in CHAMBERS:
            raise reader.error(
                f"{key}.chamber", _("unknown chamber %(value)r") % {"value": chamber_name}
            )
        chamber = "executive" if is_executive(classes) else CHAMBERS[chamber_name]
        actions.append(
            NormalizedAction(
                reader.date(get(item, "date", key), f"{key}.date"), chamber, text, classes
            )
        )

    active_version = get(result, "activeVersion", where, required=False) or ""
    amendments = get(result, "amendments", where, required=False) or {}
    amendment_items = amendments.get("items") or {}
    if not isinstance(amendment_items, dict):
        raise reader.error(f"{where}.amendments.items", _("has the wrong type"))
    active = amendment_items.get(active_version) or {}

    sponsors = []
    sponsor = get(result, "sponsor", where, required=False) or {}
    member = sponsor.get("member") or {}
    if member.get("fullName"):
        sponsors.append(NormalizedSponsor(member["fullName"], "primary"))
    for group in ("coSponsors", "multiSponsors"):
        for index, person in enumerate((active.get(group) or {}).get("items") or []):
            name = get(
                person,
                "fullName",
                f"{where}.amendments.items.{active_version}.{group}.items[{index}]",
            )
            sponsors.append(NormalizedSponsor(name, "cosponsor"))

    documents = []
    for version, amendment in sorted(amendment_items.items()):
        key = f"{where}.amendments.items.{version or '(original)'}"
        print_number = get(amendment, "printNo", key, kind=str)
        published = get(amendment, "publishDate", key, required=False)
        documents.append(
            NormalizedDocument(
                "version",
                print_number,
                reader.date(published, f"{key}.publishDate") if published else None,
                PDF_URL.format(session=int(year), print_number=print_number),
                "application/pdf",
            )
        )

    relations = []
    for index, same in enumerate((active.get("sameAs") or {}).get("items") or []):
        key = f"{where}.amendments.items.{active_version}.sameAs.items[{index}]"
        other = reader.print_number(get(same, "basePrintNo", key), f"{key}.basePrintNo")[0]
        relations.append(
            NormalizedRelation("companion", session_name(get(same, "session", key)), other)
        )
    for index, prior in enumerate(
        (get(result, "previousVersions", where, required=False) or {}).get("items") or []
    ):
        key = f"{where}.previousVersions.items[{index}]"
        other = reader.print_number(get(prior, "basePrintNo", key), f"{key}.basePrintNo")[0]
        relations.append(
            NormalizedRelation("prior_session", session_name(get(prior, "session", key)), other)
        )

    print_raw = get(result, "printNo", where, required=False)
    print_number = reader.print_number(print_raw, f"{where}.printNo")[1] if print_raw else None
    return NormalizedBill(
        jurisdiction="ny",
        jurisdiction_name="New York",
        session=session,
        originating_chamber=originating,
        base_print_number=base,
        print_number=active_print_number(base, actions, print_number),
        title=title.strip(),
        summary=(get(result, "summary", where, required=False) or "").strip(),
        law_sections=(active.get("lawCode") or active.get("lawSection") or "").strip() or None,
        official_url=SENATE_BILL_URL.format(session=int(year), print_number=base),
        actions=tuple(actions),
        sponsors=tuple(sponsors),
        documents=tuple(documents),
        relations=tuple(relations),
        fallback_status=fallback,
    )


def _results(reader, document):
    if isinstance(document, list):
        for index, item in enumerate(document):
            yield from _results_in(reader, item, f"[{index}]")
    else:
        yield from _results_in(reader, document, "")


def _results_in(reader, document, where):
    if not isinstance(document, dict):
        raise reader.error(where or "(top level)", _("expected an object"))
    if "result" not in document:
        if "identifier" in document or "results" in document:
            raise reader.error(
                f"{where}.result".lstrip("."),
                _(
                    "required key is missing: this looks like an Open States file "
                    "(use --format openstates)"
                ),
            )
        raise reader.error(f"{where}.result".lstrip("."), _("required key is missing"))
    result = document["result"]
    key = f"{where}.result".lstrip(".")
    if isinstance(result, dict) and isinstance(result.get("items"), list):
        for index, item in enumerate(result["items"]):
            yield from _results_in(reader, item, f"{key}.items[{index}]")
        return
    yield parse_bill(reader, result, key)


def read_file(path):
    """All bills in one Open Legislation file, normalized. Raises BillImportError."""
    reader = Reader(path)
    document = load_json(path)
    bills = list(_results(reader, document))
    if not bills:
        raise BillImportError(path, "result", _("holds no bill"))
    return bills
