"""The legislation admin: bills, legislators, sessions, jurisdictions and the status
history. The viewsets are listed in `LEGISLATION_VIEWSETS`; the campaigns app puts them
in its "Campaigns" menu beside the signatures, so staff find one menu."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet

from campaigns.legislation.models import (
    Bill,
    BillStatusChange,
    Jurisdiction,
    LegislativeSession,
    Legislator,
)


class BillViewSet(SnippetViewSet):
    model = Bill
    icon = "doc-full-inverse"
    menu_label = _("Bills")
    list_display = ["__str__", "session", "stage", "stage_date", "source", "updated_at"]
    list_filter = ["session", "stage", "source", "originating_chamber"]
    search_fields = ["title", "nickname", "base_print_number", "print_number"]
    list_export = ["base_print_number", "print_number", "title", "stage", "stage_date"]
    ordering = ["-session__identifier", "base_print_number"]

    def get_queryset(self, request):
        return Bill.objects.select_related("session__jurisdiction")


class LegislatorViewSet(SnippetViewSet):
    model = Legislator
    icon = "user"
    menu_label = _("Legislators")
    list_display = ["name", "chamber", "district", "party", "jurisdiction"]
    list_filter = ["jurisdiction", "chamber", "party"]
    search_fields = ["name", "short_name", "district"]

    def get_queryset(self, request):
        return Legislator.objects.select_related("jurisdiction")


class SessionViewSet(SnippetViewSet):
    model = LegislativeSession
    icon = "date"
    menu_label = _("Sessions")
    list_display = ["__str__", "start_date", "end_date"]
    list_filter = ["jurisdiction"]
    search_fields = ["identifier", "name"]


class JurisdictionViewSet(SnippetViewSet):
    model = Jurisdiction
    icon = "site"
    menu_label = _("Jurisdictions")
    list_display = ["name", "code", "upper_chamber_name", "lower_chamber_name", "executive_name"]
    search_fields = ["name", "code"]


class StatusChangeViewSet(SnippetViewSet):
    """The stage history imports and edits record; read it here, correct it if needed."""

    model = BillStatusChange
    icon = "history"
    menu_label = _("Status history")
    list_display = ["bill", "stage", "date", "committee", "recorded_at"]
    list_filter = ["stage"]
    search_fields = ["description", "committee"]

    def get_queryset(self, request):
        return BillStatusChange.objects.select_related("bill__session__jurisdiction")


LEGISLATION_VIEWSETS = (
    BillViewSet,
    LegislatorViewSet,
    SessionViewSet,
    JurisdictionViewSet,
    StatusChangeViewSet,
)
