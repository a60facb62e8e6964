"""Page types, snippets and settings of the shared app, one module per family."""

from .base import BasePage
from .home import HomePage, HomePageFeaturedItem
from .legal_help import (
    AttorneyHelpPage,
    AttorneyQuestion,
    IntakeAuditEntry,
    IntakeRequest,
    LegalHelpPage,
)
from .notifications import Notification
from .settings import SiteSettings
from .standard import StandardPage

__all__ = [
    "AttorneyHelpPage",
    "AttorneyQuestion",
    "BasePage",
    "HomePage",
    "HomePageFeaturedItem",
    "IntakeAuditEntry",
    "IntakeRequest",
    "LegalHelpPage",
    "Notification",
    "SiteSettings",
    "StandardPage",
]
