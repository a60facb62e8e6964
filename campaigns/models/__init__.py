"""Campaigns, the bills they follow and the legislatures that pass them."""

from campaigns.legislation.models import (
    Bill,
    BillAction,
    BillDocument,
    BillRelation,
    BillStatusChange,
    Chamber,
    Jurisdiction,
    LegislativeSession,
    Legislator,
    Relation,
    Source,
    Sponsorship,
)

from .campaign import CampaignBill, CampaignIndexPage, CampaignPage, CampaignTopic
from .plain_summaries import BillPlainSummary
from .signatories import Signatory, SignatoryKind, SignatoryStatus
from .support import StatementOfSupportPage

__all__ = [
    "Bill",
    "BillAction",
    "BillDocument",
    "BillPlainSummary",
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
