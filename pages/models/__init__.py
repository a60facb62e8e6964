"""Page types, snippets and settings of the shared app, one module per family."""

from .base import BasePage
from .help_line import HelpLine, HelpLineHours, live_help_line
from .home import HomePage, HomePageFeaturedItem
from .navigation import NavigationMenu, NavigationMenuItem
from .program_areas import (
    PROGRAM_AREA_RELATED_HOOK,
    ProgramAreaIndexPage,
    ProgramAreaPage,
    ProgramAreaPartner,
    ProgramAreaTopic,
)
from .reports import ReportAuthor, ReportIndexPage, ReportPage, ReportPartner, ReportTopic
from .search import SearchEntry
from .settings import SiteSettings
from .snippets import Partner, Person, Topic
from .standard import StandardPage
from .stories import StoryIndexPage, StoryPage, StoryTopic

__all__ = [
    "HelpLine",
    "HelpLineHours",
    "live_help_line",
    "NavigationMenu",
    "NavigationMenuItem",
    "BasePage",
    "HomePage",
    "HomePageFeaturedItem",
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
    "SearchEntry",
    "SiteSettings",
    "StandardPage",
    "StoryIndexPage",
    "StoryPage",
    "StoryTopic",
    "Topic",
]
