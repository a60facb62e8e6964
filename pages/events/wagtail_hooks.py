"""Events in the admin: registrations per event (counts, waitlist order, CSV export),
seen only by staff with the permission to view registrations (Communications and
superusers). The CSV is made formula-safe by FormulaSafeExportMiddleware."""

from django.core.exceptions import PermissionDenied
from django.db.models import Count, F, Q, Window
from django.db.models.functions import RowNumber
from django.shortcuts import render
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets import HeaderButton
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from pages.admin_columns import AbsoluteDateColumn
from pages.events.models import EventPage
from pages.events.registration import Registration, RegistrationStatus
from pages.views import SEARCH_TYPES_HOOK


class RegistrationIndexView(IndexView):
    @property
    def header_buttons(self):
        buttons = super().header_buttons
        url = reverse("wagtailsnippets_events_registration:counts")
        buttons.append(HeaderButton(_("Counts per event"), url=url, icon_name="table"))
        return buttons


class RegistrationViewSet(SnippetViewSet):
    """Registrations, filterable by event and status; "Place in line" is the waitlist
    order (first registered, first confirmed when a place opens up)."""

    model = Registration
    icon = "group"
    menu_label = _("Event registrations")
    add_to_admin_menu = True
    menu_order = 250
    index_view_class = RegistrationIndexView
    list_display = [
        "name",
        "event",
        "status",
        Column("queue_position", label=_("Place in line")),
        "organization",
        "email",
        AbsoluteDateColumn("created_at", label=_("Registered on"), sort_key="created_at"),
    ]
    list_filter = ["event", "status"]
    search_fields = ["name", "email", "organization"]
    list_export = [
        "event",
        "status",
        "queue_position",
        "name",
        "email",
        "organization",
        "access_needs",
        "created_at",
    ]
    export_headings = {
        "event": _("Event"),
        "status": _("Status"),
        "queue_position": _("Place in line"),
        "name": _("Name"),
        "email": _("Email"),
        "organization": _("Organization"),
        "access_needs": _("Access or interpretation needs"),
        "created_at": _("Registered on"),
    }
    export_filename = "registrations"
    ordering = ["event", "status", "created_at", "pk"]

    def get_queryset(self, request):
        return Registration.objects.select_related("event").annotate(
            queue_position=Window(
                RowNumber(),
                partition_by=[F("event_id"), F("status")],
                order_by=[F("created_at").asc(), F("pk").asc()],
            )
        )

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [path("counts/", self.counts_view, name="counts")]

    def counts_view(self, request):
        if not self.permission_policy.user_has_permission(request.user, "view"):
            raise PermissionDenied
        events = EventPage.objects.annotate(
            confirmed=Count("registrations", filter=Q(registrations__status="confirmed")),
            waitlisted=Count("registrations", filter=Q(registrations__status="waitlisted")),
            cancelled=Count("registrations", filter=Q(registrations__status="cancelled")),
        ).order_by("-pk")
        return render(
            request,
            "events/admin/registration_counts.html",
            {
                "events": events,
                "index_url": reverse("wagtailsnippets_events_registration:list"),
                "statuses": RegistrationStatus,
            },
        )


@hooks.register(SEARCH_TYPES_HOOK)
def event_search_types():
    return [("event", _("Trainings and events"), EventPage)]


@hooks.register("register_admin_viewset")
def register_registrations():
    return RegistrationViewSet()
