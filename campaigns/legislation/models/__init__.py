"""Legislatures and their bills. The models keep the "campaigns" app label so that
their tables, content types, permissions and migrations did not change when they moved
here."""

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
