"""The library in the admin and in the site's shared listings: the "Review due" report,
the resources' filter in the site search, the cards' and the chart's snippets."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from pages.resources.admin_views import ChartEntryViewSet, KnowYourRightsCardViewSet
from pages.resources.models import ResourcePage
from pages.resources.views import ReviewDueView
from pages.views import SEARCH_TYPES_HOOK

register_snippet(KnowYourRightsCardViewSet)
register_snippet(ChartEntryViewSet)


@hooks.register(SEARCH_TYPES_HOOK)
def library_search_types():
    return [("resource", _("Resources"), ResourcePage)]


@hooks.register("register_admin_urls")
def register_review_due_urls():
    return [
        path("reports/review-due/", ReviewDueView.as_view(), name="resources_review_due"),
        path(
            "reports/review-due/results/",
            ReviewDueView.as_view(results_only=True),
            name="resources_review_due_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_review_due_menu_item():
    return MenuItem(
        _("Review due"),
        reverse("resources_review_due"),
        name="review-due",
        icon_name="time",
        order=660,
    )
