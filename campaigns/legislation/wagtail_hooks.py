"""The legislation admin: bills, legislators, sessions, jurisdictions and the status
history. The viewsets are listed in `LEGISLATION_VIEWSETS`; the campaigns app puts them
in its "Campaigns" menu beside the signatures, so staff find one menu.

A bill's edit page shows its last sync, its last error and every conflict between the
source and staff; "Sync now" queues a sync of that one bill (a background task)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django_filters import ChoiceFilter
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.widgets import HeaderButton
from wagtail.snippets.views.snippets import EditView, SnippetViewSet

from campaigns.legislation.models import (
    Bill,
    BillStatusChange,
    Jurisdiction,
    LegislativeSession,
    Legislator,
)
from campaigns.legislation.models.jurisdictions import chamber_choices
from campaigns.legislation.sync import keys_configured
from campaigns.legislation.tasks import sync_bill

NO_KEYS = _(
    "Bills cannot be synced here yet: no Open Legislation or Open States API key is set "
    "on the server (OPENLEG_API_KEY, OPENSTATES_API_KEY). Ask whoever runs the site to "
    "set one; until then, edit the bill by hand or import a file."
)


class BillEditView(EditView):
    @cached_property
    def header_more_buttons(self):
        if not keys_configured():  # a sync could only fail: the view says why
            return super().header_more_buttons
        url = reverse("wagtailsnippets_legislation_bill:sync", args=[self.object.pk])
        return [
            *super().header_more_buttons,
            HeaderButton(_("Sync now"), url=url, icon_name="resubmit"),
        ]


class BillFilterSet(WagtailFilterSet):
    """The chamber filter names the chambers as the legislature does ("Senate")."""

    originating_chamber = ChoiceFilter(label=_("Originating chamber"), choices=chamber_choices)

    class Meta:
        model = Bill
        fields = ["session", "stage", "source", "originating_chamber", "last_sync_status"]


class BillViewSet(SnippetViewSet):
    model = Bill
    icon = "doc-full-inverse"
    menu_label = _("Bills")
    edit_view_class = BillEditView
    list_display = [
        "__str__",
        "session",
        "stage",
        "stage_date",
        "source",
        "last_synced_at",
        "last_sync_status",
        "updated_at",
    ]
    filterset_class = BillFilterSet
    search_fields = ["title", "nickname", "base_print_number", "print_number"]
    list_export = ["base_print_number", "print_number", "title", "stage", "stage_date"]
    ordering = ["-session__identifier", "base_print_number"]

    def get_queryset(self, request):
        return Bill.objects.select_related("session__jurisdiction")

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("sync/<int:pk>/", self.sync_view, name="sync"),
        ]

    def sync_view(self, request, pk):
        """Asks to confirm (GET), then queues the sync of this one bill (POST)."""
        bill = get_object_or_404(self.get_queryset(request), pk=pk)
        if not self.permission_policy.user_has_permission_for_instance(
            request.user, "change", bill
        ):
            raise PermissionDenied
        edit_url = reverse("wagtailsnippets_legislation_bill:edit", args=[bill.pk])
        if not keys_configured():
            messages.error(request, NO_KEYS)
            return redirect(edit_url)
        if request.method == "POST":
            sync_bill.enqueue(bill.pk)
            message = _(
                "The sync of %(bill)s was requested; its result shows on this page once it has run."
            )
            messages.success(request, message % {"bill": bill})
            return redirect(edit_url)
        context = {"bill": bill, "edit_url": edit_url, "header_title": _("Sync now")}
        return TemplateResponse(request, "legislation/admin/confirm_sync.html", context)


class LegislatorViewSet(SnippetViewSet):
    model = Legislator
    icon = "user"
    menu_label = _("Legislators")
    list_display = ["name", "chamber", "district", "party", "jurisdiction"]
    list_filter = ["jurisdiction", "chamber", "party"]
    search_fields = ["name", "short_name", "district", "openleg_member_id", "openstates_person_id"]

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
