"""Translations go through the same review as any page.

wagtail-localize's translation editor offers "Publish" to those who may publish and,
to everyone else, "Convert to alias page" as its main button (which would throw the
translation away). Staff who may not publish (Communications) get instead a "Submit
for review" bar: it saves the translated strings as a draft of the Spanish page and
starts the page's workflow, which a moderator approves like an English page. Converting
a translation back to an alias is left to those who may publish the page."""

import json

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _
from wagtail.models import Page
from wagtail_localize.models import Translation
from wagtail_localize.views.convert import convert_to_alias

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
