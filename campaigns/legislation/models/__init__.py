"""Legislatures and their bills (app label "legislation"). Their tables keep the names
they were created with under "campaigns" (db_table); legislation's first migration moved
their content types, so permissions, revisions and log entries followed them."""

from .bills import (
    IMPORTED_FIELDS,
    OPEN_STATES_ACTION_CLASSIFICATIONS,
    STAGE_FIELDS,
    Bill,
    BillAction,
    BillDocument,
    BillRelation,
    BillStatusChange,
    Relation,
    Source,
    Sponsorship,
    display_print_number,
    last_updated,
    split_print_number,
)
from .jurisdictions import Chamber, Jurisdiction, LegislativeSession, Legislator

__all__ = [
    "IMPORTED_FIELDS",
    "OPEN_STATES_ACTION_CLASSIFICATIONS",
    "STAGE_FIELDS",
    "Bill",
    "BillAction",
    "BillDocument",
    "BillRelation",
    "BillStatusChange",
    "Chamber",
    "Jurisdiction",
    "LegislativeSession",
    "Legislator",
    "Relation",
    "Source",
    "Sponsorship",
    "display_print_number",
    "last_updated",
    "split_print_number",
]
