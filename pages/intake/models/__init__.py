"""The intake's models: records, their audit trail and the two help pages (app label
"intake"; tables named as before, see records.py)."""

from .audit import IntakeAuditEntry
from .pages import AttorneyHelpPage, HelpFormPage, LegalHelpPage
from .records import (
    AttorneyQuestion,
    HelpRecord,
    IntakeRequest,
    Language,
    SafeToLeaveMessage,
    Status,
    Urgency,
    WhoNeedsHelp,
)

__all__ = [
    "AttorneyHelpPage",
    "AttorneyQuestion",
    "HelpFormPage",
    "HelpRecord",
    "IntakeAuditEntry",
    "IntakeRequest",
    "Language",
    "LegalHelpPage",
    "SafeToLeaveMessage",
    "Status",
    "Urgency",
    "WhoNeedsHelp",
]
