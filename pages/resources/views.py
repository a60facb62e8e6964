"""The "Review due" admin report: resources whose last review is older than the
library's review window (or that were never reviewed), oldest review first."""

from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Site

from pages.resources.models import LibraryEntry, LibrarySettings
from pages.resources.review import review_cutoff


def _edit_url(entry):
    return reverse("wagtailadmin_pages:edit", args=[entry.page_id])


class ReviewDueView(ReportView):
    page_title = _("Review due")
    header_icon = "time"
    index_url_name = "resources_review_due"
    index_results_url_name = "resources_review_due_results"
    paginate_by = 50
    list_export = ["page.title", "locale.language_code", "last_reviewed_on"]
    export_headings = {
        "page.title": _("Resource"),
        "locale.language_code": _("Language"),
        "last_reviewed_on": _("Last reviewed"),
    }

    @property
    def columns(self):
        return [
            TitleColumn("title", label=_("Resource"), accessor="page.title", get_url=_edit_url),
            Column("language", label=_("Language"), accessor="locale.language_code"),
            DateColumn("last_reviewed_on", label=_("Last reviewed")),
        ]

    def review_window(self):
        site = (
            Site.find_for_request(self.request) or Site.objects.filter(is_default_site=True).first()
        )
        return LibrarySettings.for_site(site).review_window_months

    def get_queryset(self):
        cutoff = review_cutoff(self.review_window())
        due = LibraryEntry.objects.filter(reviewable=True).select_related("page", "locale")
        # Never reviewed first, then the oldest review.
        due = due.filter(Q(last_reviewed_on__lt=cutoff) | Q(last_reviewed_on=None))
        return due.order_by(F("last_reviewed_on").asc(nulls_first=True), "page_id")
