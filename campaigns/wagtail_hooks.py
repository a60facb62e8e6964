"""The campaigns app in the admin: a "Campaigns" menu with bills, legislators and the
signatures on statements of support (moderated here, exported as CSV)."""

import csv

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property, classproperty
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from wagtail import hooks
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.admin.widgets import HeaderButton
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from campaigns.legislation.wagtail_hooks import LEGISLATION_VIEWSETS
from campaigns.models import (
    BillPlainSummary,
    CampaignPage,
    Signatory,
    SignatoryStatus,
    StatementOfSupportPage,
)
from campaigns.sitemap import bill_sections
from idp_site.submissions.exports import spreadsheet_safe
from pages.admin_columns import AbsoluteDateColumn
from pages.models.base import public_only
from pages.models.home import HOME_SECTIONS_HOOK
from pages.models.program_areas import PROGRAM_AREA_RELATED_HOOK, ProgramAreaTopic
from pages.sitemap import SITEMAP_SECTIONS_HOOK
from pages.views import SEARCH_TYPES_HOOK

EXPORT_COLUMNS = (
    (_("Statement"), lambda s: s.statement.title),
    (_("Type"), lambda s: s.get_kind_display()),
    (_("Organization"), lambda s: s.organization_name),
    (_("Name"), lambda s: s.contact_name),
    (_("Title or role"), lambda s: s.title),
    (_("City or borough"), lambda s: s.city),
    (_("Email"), lambda s: s.email),
    (_("Listed publicly"), lambda s: _("yes") if s.consent_to_list else _("no")),
    (_("Signed on"), lambda s: timezone.localtime(s.created_at).strftime("%Y-%m-%d")),
)


def approved_signers_csv(queryset):
    """The CSV text of these signatures, every cell neutralized for spreadsheets."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response.write("\ufeff")  # the byte order mark makes Excel read UTF-8 names right
    writer = csv.writer(response)
    writer.writerow([str(label) for label, _get in EXPORT_COLUMNS])
    for signatory in queryset:
        writer.writerow([spreadsheet_safe(get(signatory)) for _label, get in EXPORT_COLUMNS])
    return response


class SignatoryIndexView(IndexView):
    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        url = reverse("wagtailsnippets_campaigns_signatory:export_approved")
        statement = self.request.GET.get("statement", "")
        if statement.isdigit():
            url += f"?statement={statement}"
        buttons.append(
            HeaderButton(_("Export approved signers (CSV)"), url=url, icon_name="download")
        )
        return buttons


class SignatoryViewSet(SnippetViewSet):
    """Moderation of signatures: filter by statement, status and type; approve or
    reject in bulk; export approved signers. Emails appear here only, never publicly."""

    model = Signatory
    icon = "group"
    menu_label = _("Signatures")
    index_view_class = SignatoryIndexView
    list_display = [
        "__str__",
        "kind",
        "contact_name",
        "city",
        "status",
        BooleanColumn("consent_to_list", label=_("Listed publicly")),
        AbsoluteDateColumn("created_at", label=_("Signed on"), sort_key="created_at"),
    ]
    list_filter = ["statement", "status", "kind", "consent_to_list"]
    search_fields = ["organization_name", "contact_name", "email", "city", "title"]
    ordering = ["-created_at"]

    def get_queryset(self, request):
        return Signatory.objects.select_related("statement")

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("export-approved/", self.export_approved_view, name="export_approved")
        ]

    def export_approved_view(self, request):
        if not self.permission_policy.user_has_any_permission(request.user, ["view", "change"]):
            raise PermissionDenied
        signers = (
            Signatory.objects.filter(status=SignatoryStatus.APPROVED)
            .select_related("statement")
            .order_by("statement_id", "kind", "organization_name", "contact_name", "pk")
        )
        statement = request.GET.get("statement", "")
        if statement.isdigit():
            signers = signers.filter(statement_id=int(statement))
        response = approved_signers_csv(signers.iterator(chunk_size=2000))
        stamp = timezone.localdate().isoformat()
        response["Content-Disposition"] = f'attachment; filename="approved-signers-{stamp}.csv"'
        response["Cache-Control"] = "no-store, private"
        return response


class SignatoryStatusBulkAction(SnippetBulkAction):
    """Set the status of the chosen signatures at once (staff moderation)."""

    new_status = None
    template_name = "campaigns/admin/confirm_bulk_status.html"

    @classproperty
    def models(cls):
        return [Signatory]

    def check_perm(self, snippet):
        return self.permission_policy.user_has_permission_for_instance(
            self.request.user, "change", snippet
        )

    success_message = None  # ngettext_lazy(singular, plural, "count")

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "action_label": self.display_name}

    def get_success_message(self, num_parent_objects, num_child_objects):
        return self.success_message % {"count": num_parent_objects}

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        # `update()` skips auto_now: the list's "changed" date must move.
        chosen = Signatory.objects.filter(pk__in=[s.pk for s in objects])
        count = chosen.update(status=cls.new_status, updated_at=timezone.now())
        return count, 0


@hooks.register("register_bulk_action")
class ApproveSignatoriesBulkAction(SignatoryStatusBulkAction):
    display_name = _("Approve")
    action_type = "approve"
    aria_label = _("Approve the selected signatures")
    action_priority = 10
    new_status = SignatoryStatus.APPROVED
    success_message = ngettext_lazy(
        "%(count)d signature approved.", "%(count)d signatures approved.", "count"
    )


@hooks.register("register_bulk_action")
class RejectSignatoriesBulkAction(SignatoryStatusBulkAction):
    display_name = _("Reject")
    action_type = "reject"
    aria_label = _("Reject the selected signatures")
    action_priority = 20
    new_status = SignatoryStatus.REJECTED
    success_message = ngettext_lazy(
        "%(count)d signature rejected.", "%(count)d signatures rejected.", "count"
    )


@hooks.register(SEARCH_TYPES_HOOK)
def campaign_search_types():
    return [
        ("campaign", _("Campaigns"), CampaignPage),
        ("statement", _("Statements of support"), StatementOfSupportPage),
    ]


RELATED_CAMPAIGNS_LIMIT = 6
HOME_CAMPAIGNS_LIMIT = 3


@hooks.register(PROGRAM_AREA_RELATED_HOOK)
def related_campaigns(area, request):
    """Campaigns sharing a topic with the program area, in one query."""
    area_topics = ProgramAreaTopic.objects.filter(page_id=area.pk).values("topic_id")
    campaigns = list(
        public_only(CampaignPage.objects.live(), request)
        .filter(locale_id=area.locale_id, topic_links__topic_id__in=area_topics)
        .distinct()
        .order_by("-first_published_at", "-pk")[:RELATED_CAMPAIGNS_LIMIT]
    )
    return {"heading": _("Related campaigns"), "items": campaigns}


@hooks.register(HOME_SECTIONS_HOOK)
def home_campaigns(home, request):
    """The newest campaigns of this language's tree, in one query."""
    campaigns = list(
        public_only(CampaignPage.objects.descendant_of(home).live(), request).order_by(
            "-first_published_at", "-pk"
        )[:HOME_CAMPAIGNS_LIMIT]
    )
    return {"heading": _("Campaigns"), "items": campaigns}


class BillPlainSummaryViewSet(SnippetViewSet):
    """Staff's plain-language summaries of tracked bills, one per bill and language
    (translated with wagtail-localize's "Translate" action)."""

    model = BillPlainSummary
    icon = "doc-full"
    menu_label = _("Plain-language summaries")
    list_display = ["bill", "summary", "locale"]
    list_filter = ["locale"]


class CampaignsGroup(SnippetViewSetGroup):
    menu_label = _("Campaigns")
    menu_icon = "list-ul"
    menu_order = 250
    items = (*LEGISLATION_VIEWSETS, BillPlainSummaryViewSet, SignatoryViewSet)


register_snippet(CampaignsGroup)


hooks.register(SITEMAP_SECTIONS_HOOK, bill_sections)
