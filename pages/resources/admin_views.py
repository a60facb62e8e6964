"""The admin for know-your-rights cards and the Quick Reference Chart (registered in
wagtail_hooks.py)."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet

from pages.resources.cards import KnowYourRightsCard
from pages.resources.chart.models import CONSEQUENCE_CODES, ChartEntry


class KnowYourRightsCardViewSet(SnippetViewSet):
    model = KnowYourRightsCard
    icon = "doc-full"
    menu_label = _("Know-your-rights cards")
    add_to_admin_menu = False
    list_display = ["title", "locale"]
    list_filter = ["locale"]
    ordering = ["title"]


class ChartEntryViewSet(SnippetViewSet):
    model = ChartEntry
    icon = "table"
    menu_label = _("Quick Reference Chart")
    add_to_admin_menu = False
    list_display = ["section", "offense", "consequence_list", "reviewed_on", "reviewed_by"]
    list_filter = [*CONSEQUENCE_CODES, "reviewed_on"]
    search_fields = ["section", "offense", "tips"]
    list_export = [
        "section",
        "offense",
        *CONSEQUENCE_CODES,
        "tips",
        "reviewed_on",
        "reviewed_by",
    ]
    export_filename = "quick-reference-chart"
    ordering = ["sort_key"]
    list_per_page = 50
