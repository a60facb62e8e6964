"""Campaigns, the bills they follow and the legislatures that pass them."""

from .bills import (
    Bill,
    BillAction,
    BillDocument,
    BillRelation,
    BillStatusChange,
    Relation,
    Source,
    Sponsorship,
)
from .campaign import CampaignBill, CampaignIndexPage, CampaignPage, CampaignTopic
from .jurisdictions import Chamber, Jurisdiction, LegislativeSession, Legislator
from .support import Signatory, SignatoryKind, SignatoryStatus, StatementOfSupportPage

__all__ = [
    "Bill",
    "BillAction",
    "BillDocument",
    "BillRelation",
    "BillStatusChange",
    "CampaignBill",
    "CampaignIndexPage",
    "CampaignPage",
    "CampaignTopic",
    "Chamber",
    "Jurisdiction",
    "LegislativeSession",
    "Legislator",
    "Relation",
    "Signatory",
    "SignatoryKind",
    "SignatoryStatus",
    "Source",
    "Sponsorship",
    "StatementOfSupportPage",
]
