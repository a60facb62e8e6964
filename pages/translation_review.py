"""Translations go through the same review as any page.

wagtail-localize's translation editor offers "Publish" to those who may publish and,
to everyone else, "Convert to alias page" as its main button (which would throw the
translation away). Staff who may not publish (Communications) get instead a "Submit
for review" bar: it saves the translated strings as a draft of the Spanish page and
starts the page's workflow, which a moderator approves like an English page. Converting
a translation back to an alias is left to those who may publish the page.

A translation with strings still in English may be published or approved (readers then
see that English, marked as English: pages/untranslated.py), but never unawares: the
translation editor warns on opening, and the dashboard warns above its "Awaiting your
review" buttons."""

import json

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import get_language_info, ngettext
from django.utils.translation import gettext as _
from wagtail.admin.ui.components import Component
from wagtail.models import Locale, Page, TaskState
from wagtail_localize.models import Translation
from wagtail_localize.views.convert import convert_to_alias

from pages.translation_status import untranslated_counts

SUBMIT_FIELD = "idp-submit-translation"


def translation_of(page):
    """The enabled wagtail-localize translation whose target is `page`, or None."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source", "target_locale")
        .first()
    )


def may_convert_to_alias(user, page):
    return page.permissions_for_user(user).can_publish()


def submit_for_review(request, page):
    """Save the translation as a draft of `page` and start its workflow (the response
    to the bar's button), or None when this request is not that."""
    if request.method != "POST" or SUBMIT_FIELD not in request.POST:
        return None
    translation = translation_of(page)
    if translation is None:
        return None
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    page = page.specific
    workflow = page.get_workflow()
    if page.workflow_in_progress or workflow is None:
        messages.error(request, _("This page is already waiting for review."))
        return redirect(edit_url)
    translation.save_target(user=request.user, publish=False)
    page = Page.objects.get(pk=page.pk).specific
    workflow.start(page, request.user)
    messages.success(
        request,
        _("The %(language)s translation of “%(title)s” is submitted for review.")
        % {
            "language": get_language_info(translation.target_locale.language_code)[
                "name_translated"
            ],
            "title": page.title,
        },
    )
    return redirect(edit_url)


def editor_props(props, page_perms):
    """The translation editor's settings, without alias conversion for those who may
    not publish."""
    if page_perms is None or page_perms.can_publish():
        return props
    data = json.loads(props)
    data["links"]["convertToAliasUrl"] = None
    return json.dumps(data)


def guarded_convert_to_alias(request, page_id):
    """wagtail-localize's conversion, refused with a message to those who may not
    publish the page (registered ahead of wagtail-localize's own URL)."""
    page = Page.objects.filter(pk=page_id).first()
    if page is not None and not may_convert_to_alias(request.user, page):
        messages.error(
            request, _("Only someone who may publish this page can turn it back into a copy.")
        )
        return redirect("wagtailadmin_pages:edit", page_id)
    return convert_to_alias(request, page_id)


def untranslated_count(page):
    """How many strings of the wagtail-localize translation into `page`'s language have
    no translation yet (0 when the page is not such a translation)."""
    translation = translation_of(page)
    if translation is None:
        return 0
    counts = untranslated_counts([translation.source_id], translation.target_locale)
    return counts.get(translation.source_id, 0)


def untranslated_message(page, count):
    language = get_language_info(page.locale.language_code)["name_translated"]
    return ngettext(
        "%(count)s string of the %(language)s translation of “%(title)s” has no "
        "translation yet. If it is approved or published now, readers see it in English "
        "(marked as English) until it is translated.",
        "%(count)s strings of the %(language)s translation of “%(title)s” have no "
        "translation yet. If it is approved or published now, readers see them in English "
        "(marked as English) until they are translated.",
        count,
    ) % {"count": count, "language": language, "title": page.title}


def warn_untranslated(request, page):
    """On opening a translation in the editor (where it is published, or approved when
    it waits for review), warn when strings are still in English."""
    if request.method != "GET":
        return
    count = untranslated_count(page)
    if count:
        messages.warning(request, untranslated_message(page, count))


class UntranslatedInReviewPanel(Component):
    """On the dashboard, above "Awaiting your review": the translations waiting for this
    user's review that still have strings in English, so an approval from the
    dashboard's own buttons is warned too."""

    name = "untranslated_in_review"
    template_name = "pages/admin/untranslated_in_review.html"
    order = 215  # just above Wagtail's "Awaiting your review" (220)

    def __init__(self, warnings):
        self.warnings = warnings

    def get_context_data(self, parent_context):
        return {"warnings": self.warnings}


def untranslated_in_review(user):
    """(page, message) for each page awaiting `user`'s review whose translation still
    has strings in English."""
    states = TaskState.objects.reviewable_by(user).select_related("workflow_state")
    page_ids = {
        int(state.workflow_state.object_id)
        for state in states
        if state.workflow_state.base_content_type_id == _page_content_type_id()
    }
    warnings = []
    for page in Page.objects.filter(pk__in=page_ids).exclude(locale=_default_locale_id()):
        count = untranslated_count(page)
        if count:
            warnings.append((page, untranslated_message(page, count)))
    return warnings


def _page_content_type_id():
    return ContentType.objects.get_for_model(Page).pk


def _default_locale_id():
    return Locale.get_default().pk
