"""The room's models, defined in the modules named for them."""

from pages.resources.cards import CardPlacement, KnowYourRightsCard, KnowYourRightsPage
from pages.resources.chart.models import ChartEntry, QuickReferenceChartPage

__all__ = [
    "CardPlacement",
    "ChartEntry",
    "KnowYourRightsCard",
    "KnowYourRightsPage",
    "QuickReferenceChartPage",
]
