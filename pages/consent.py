"""Stories go live only with recorded consent: how each way of publishing refuses.

The rule itself lives on `StoryPage`: its form for the editor, its `save` as the
backstop every publish path ends in, and its `publish`, which unschedules a due story
without consent when Wagtail's own `publish_scheduled` runs (and records why in the
page's history). This module turns a refusal into something staff can read wherever it
happens: a message instead of an error page for workflow approvals
(`ConsentRefusalMiddleware`) and a check before bulk publishing (`wagtail_hooks.py`)."""

from django.contrib import messages
from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from pages.models.stories import ConsentMissing, StoryPage


def draft_lacks_consent(page):
    """Whether publishing `page` now (its latest revision) would put a story online
    without recorded consent."""
    if not issubclass(page.specific_class or type(page), StoryPage):
        return False
    revision = page.get_latest_revision()
    story = revision.as_object() if revision else page.specific
    return not story.has_consent


def refusal_message(titles):
    return _(
        "Not published: consent to publish is not recorded for %(titles)s. Tick "
        '"Consent to publish recorded" and give its date, or leave the story unpublished.'
    ) % {"titles": ", ".join(f"“{title}”" for title in titles)}


def _back_url(request, story):
    referer = request.headers.get("referer", "")
    if referer and url_has_allowed_host_and_scheme(
        referer, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return referer
    if story is not None and story.pk:
        return reverse("wagtailadmin_pages:edit", args=[story.pk])
    return reverse("wagtailadmin_home")


class ConsentRefusalMiddleware:
    """In the admin, a story refused for missing consent (say a moderator approves it
    after consent was withdrawn during review) becomes a message on the page the
    moderator came from. Wagtail runs the approval in one transaction, so nothing of it
    is kept."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, ConsentMissing):
            return None
        story = exception.story
        title = story.get_admin_display_title() if story is not None else _("this story")
        messages.error(request, refusal_message([title]))
        url = _back_url(request, story)
        if request.headers.get("x-requested-with") == "XMLHttpRequest":
            # Wagtail's workflow modal follows "redirect" once its step is done.
            return JsonResponse({"step": "success", "redirect": url})
        return redirect(url)
