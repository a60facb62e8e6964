"""Everything about the admin for the shared app: snippet viewsets, page listings, and
the sections it contributes to shared listings (home page)."""

from django.contrib import messages
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from pages import redirects, rich_text, translation_review
from pages.admin_columns import AbsoluteDateColumn
from pages.admin_writes import unchanged_autosave
from pages.consent import draft_lacks_consent, refusal_message
from pages.models import (
    HelpLine,
    NavigationMenu,
    Partner,
    Person,
    ProgramAreaPage,
    ReportIndexPage,
    ReportPage,
    StandardPage,
    StoryIndexPage,
    StoryPage,
    Topic,
)
from pages.models.base import public_only
from pages.models.help_line import HelpLinePermissionPolicy
from pages.models.home import HOME_SECTIONS_HOOK
from pages.models.stories import SCHEDULED_REFUSED
from pages.translation_report import TranslationStatusReportView
from pages.views import SEARCH_TYPES_HOOK

HOME_LATEST_COUNT = 3


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    ordering = ["name"]


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "group"
    menu_label = _("Partners")
    list_display = ["name", "url", "locale"]
    list_filter = ["locale"]
    list_export = ["name", "slug", "url", "description"]
    ordering = ["name"]


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = _("People")
    list_display = ["name", "role", "locale"]
    list_filter = ["locale"]
    ordering = ["name"]


class NavigationMenuViewSet(SnippetViewSet):
    """The header's main menu and the footer's links, one of each per language."""

    model = NavigationMenu
    icon = "list-ul"
    menu_label = _("Menus")
    list_display = ["__str__", "locale"]
    list_filter = ["slot", "locale"]


class ContentLibraryGroup(SnippetViewSetGroup):
    """Topics, partners, people and the menus under one "Content library" menu item."""

    items = (TopicViewSet, PartnerViewSet, PersonViewSet, NavigationMenuViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Content library")
    menu_name = "content_library"


register_snippet(ContentLibraryGroup)


class HelpLineViewSet(SnippetViewSet):
    """The hotline number and hours, changed through review (see pages/models/help_line.py)."""

    model = HelpLine
    icon = "mobile-alt"
    menu_label = _("Help line")
    add_to_admin_menu = True
    menu_order = 800
    list_display = ["hotline", "live", "last_published_at"]


# Before the viewset registers its permissions: no direct publish, add or delete.
register_permission_policy(HelpLine, HelpLinePermissionPolicy(HelpLine), exact_class=True)
register_snippet(HelpLineViewSet)


@hooks.register("construct_snippet_action_menu")
def help_line_publishes_through_review(menu_items, request, context):
    """No Publish or Unpublish button on the help line, superusers included: the policy
    refuses both, and the review's approval is the way a change goes live."""
    if context.get("model") is HelpLine:
        menu_items[:] = [
            item for item in menu_items if item.name not in ("action-publish", "action-unpublish")
        ]


@hooks.register("register_rich_text_features")
def register_hotline_feature(features):
    rich_text.register(features)


#: What Wagtail's page listings ask of a user (any one of them).
PAGE_WORK = ("add", "change", "publish", "bulk_delete", "lock", "unlock")


class PageWorkMenuItem(MenuItem):
    """A menu item for those who work on pages: the views behind it refuse anyone else
    (the Intake team), so they do not see it."""

    def is_shown(self, request):
        return PagePermissionPolicy().user_has_any_permission(request.user, PAGE_WORK)


class ReportListingViewSet(PageListingViewSet):
    """A flat list of every report, newest first, filterable by date and language."""

    model = ReportPage
    icon = "doc-full"
    # Not "Reports": that is Wagtail's menu of admin reports, one name per thing.
    menu_label = _("Report pages")
    menu_item_class = PageWorkMenuItem
    add_to_admin_menu = True
    menu_order = 210
    columns = [
        *PageListingViewSet.columns,
        AbsoluteDateColumn(
            "publication_date", label=_("Published on"), sort_key="publication_date"
        ),
        Column("locale", label=_("Language")),
    ]
    list_filter = ["publication_date", "locale", "live"]


class StoryListingViewSet(PageListingViewSet):
    """A flat list of every story, showing whether consent to publish is recorded."""

    model = StoryPage
    icon = "openquote"
    menu_label = _("Stories")
    menu_item_class = PageWorkMenuItem
    add_to_admin_menu = True
    menu_order = 220
    columns = [
        *PageListingViewSet.columns,
        Column("storyteller_name", label=_("Storyteller")),
        BooleanColumn("consent_recorded", label=_("Consent recorded")),
        Column("locale", label=_("Language")),
    ]
    list_filter = ["consent_recorded", "locale", "live"]


@hooks.register("register_admin_viewset")
def register_report_listing():
    return ReportListingViewSet("report_pages")


@hooks.register("register_admin_viewset")
def register_story_listing():
    return StoryListingViewSet("story_pages")


def _latest_section(home, request, index_model, page_model, heading, order):
    index = public_only(index_model.objects.child_of(home).live(), request).first()
    if index is None:
        return None
    items = list(
        public_only(page_model.objects.child_of(index).live(), request).order_by(*order)[
            :HOME_LATEST_COUNT
        ]
    )
    return {"heading": heading, "items": items, "more_url": index.url}


@hooks.register(HOME_SECTIONS_HOOK)
def latest_reports(home, request):
    return _latest_section(
        home,
        request,
        ReportIndexPage,
        ReportPage,
        _("Latest reports"),
        ("-publication_date", "-pk"),
    )


@hooks.register(HOME_SECTIONS_HOOK)
def latest_stories(home, request):
    return _latest_section(
        home, request, StoryIndexPage, StoryPage, _("Stories"), ("-first_published_at", "-pk")
    )


@hooks.register(SEARCH_TYPES_HOOK)
def page_search_types():
    return [
        ("report", _("Reports"), ReportPage),
        ("story", _("Stories"), StoryPage),
        ("program-area", _("Program areas"), ProgramAreaPage),
        ("page", _("Pages"), StandardPage),
    ]


@hooks.register("register_admin_urls")
def register_translation_status_url():
    return [
        path(
            "reports/translation-status/",
            TranslationStatusReportView.as_view(),
            name="translation_status_report",
        )
    ]


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    # wagtail-localize's own report is "Translations": one name per thing.
    return PageWorkMenuItem(
        _("Translation status"),
        reverse("translation_status_report"),
        name="translation-status",
        icon_name="wagtail-localize-language",
        order=650,
    )


@hooks.register("register_log_actions")
def register_consent_log_actions(actions):
    actions.register_action(
        SCHEDULED_REFUSED,
        _("Scheduled publishing refused"),
        _("Not published at its scheduled time: consent to publish is not recorded"),
    )


@hooks.register("before_bulk_action")
def refuse_bulk_publishing_stories_without_consent(request, action_type, objects, action):
    """Bulk publishing stops before publishing anything when one of the chosen stories
    has no recorded consent, and says which (publishing the others would surprise)."""
    if action_type != "publish":
        return None
    refused = [p for p in objects if isinstance(p, Page) and draft_lacks_consent(p)]
    if not refused:
        return None
    messages.error(request, refusal_message([p.get_admin_display_title() for p in refused]))
    return redirect(action.next_url)


@hooks.register("insert_global_admin_css")
def admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("pages/admin.css"))


@hooks.register("before_edit_page")
def submit_translation_for_review(request, page):
    # Runs before wagtail-localize's hook of the same name, which would show its editor.
    translation_review.warn_untranslated(request, page)
    return translation_review.submit_for_review(request, page)


@hooks.register("before_edit_page")
def skip_unchanged_autosave(request, page):
    return unchanged_autosave(request, page)


@hooks.register("construct_homepage_panels")
def warn_of_untranslated_strings_in_review(request, panels):
    warnings = translation_review.untranslated_in_review(request.user)
    if warnings:
        panels.append(translation_review.UntranslatedInReviewPanel(warnings))


@hooks.register("construct_page_action_menu")
def hide_alias_conversion(menu_items, request, context):
    page = context.get("page")
    if page is None or translation_review.may_convert_to_alias(request.user, page):
        return
    menu_items[:] = [item for item in menu_items if item.name != "localize-convert-to-alias"]


@hooks.register("register_admin_urls")
def register_guarded_alias_conversion():
    # Listed before wagtail-localize's URLs (this app comes first), so it answers first.
    return [
        path(
            "localize/page/<int:page_id>/convert_to_alias/",
            translation_review.guarded_convert_to_alias,
            name="idp_convert_to_alias",
        )
    ]


@hooks.register("register_admin_urls")
def register_redirect_views():
    """Redirects whose "Redirect to" accepts addresses on this site (/en/contact/)."""
    return redirects.admin_urls()
