"""Page types, snippets and settings of the shared app, one module per family."""

from .base import BasePage
from .help_line import HelpLine
from .home import HomePage, HomePageFeaturedItem
from .legal_help import (
    AttorneyHelpPage,
    AttorneyQuestion,
    IntakeAuditEntry,
    IntakeRequest,
    LegalHelpPage,
)
from .navigation import NavigationMenu, NavigationMenuItem
from .notifications import Notification
from .program_areas import (
    PROGRAM_AREA_RELATED_HOOK,
    ProgramAreaIndexPage,
    ProgramAreaPage,
    ProgramAreaPartner,
    ProgramAreaTopic,
)
from .reports import ReportAuthor, ReportIndexPage, ReportPage, ReportPartner, ReportTopic
from .settings import SiteSettings
from .snippets import Partner, Person, Topic
from .standard import StandardPage
from .stories import StoryIndexPage, StoryPage, StoryTopic

__all__ = [
    "HelpLine",
    "NavigationMenu",
    "NavigationMenuItem",
    "AttorneyHelpPage",
    "AttorneyQuestion",
    "BasePage",
    "HomePage",
    "HomePageFeaturedItem",
    "IntakeAuditEntry",
    "IntakeRequest",
    "LegalHelpPage",
    "Notification",
    "PROGRAM_AREA_RELATED_HOOK",
    "Partner",
    "Person",
    "ProgramAreaIndexPage",
    "ProgramAreaPage",
    "ProgramAreaPartner",
    "ProgramAreaTopic",
    "ReportAuthor",
    "ReportIndexPage",
    "ReportPage",
    "ReportPartner",
    "ReportTopic",
    "SiteSettings",
    "StandardPage",
    "StoryIndexPage",
    "StoryPage",
    "StoryTopic",
    "Topic",
]
