"""The resource library's models, one module per concern (the cards and the chart in
their own modules beside this package)."""

from pages.resources.cards import CardPlacement, KnowYourRightsCard, KnowYourRightsPage
from pages.resources.chart.models import ChartEntry, QuickReferenceChartPage

from .entries import FACETS, LibraryEntry, LibraryFacet
from .library import LibraryFeatured, LibraryIndexPage
from .library_item import AUDIENCES, FILE_LANGUAGES, RESOURCE_TYPES, LibraryItem
from .resource import ResourceFile, ResourcePage
from .review_settings import LibrarySettings

__all__ = [
    "CardPlacement",
    "ChartEntry",
    "KnowYourRightsCard",
    "KnowYourRightsPage",
    "QuickReferenceChartPage",
    "AUDIENCES",
    "FACETS",
    "FILE_LANGUAGES",
    "LibraryEntry",
    "LibraryFacet",
    "LibraryFeatured",
    "LibraryIndexPage",
    "LibraryItem",
    "LibrarySettings",
    "RESOURCE_TYPES",
    "ResourceFile",
    "ResourcePage",
]
