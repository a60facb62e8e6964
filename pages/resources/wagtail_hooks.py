"""The resource library's admin: its snippets."""

from wagtail.snippets.models import register_snippet

from pages.resources.admin_views import ChartEntryViewSet, KnowYourRightsCardViewSet

register_snippet(KnowYourRightsCardViewSet)
register_snippet(ChartEntryViewSet)
