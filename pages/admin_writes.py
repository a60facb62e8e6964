"""Admin writes to one page arrive one at a time, and an approval says so.

Wagtail's editor autosaves while its user types, so on a slow server an autosave sent
just before a click on Submit or Approve is still running when the click's request
arrives; a moderator's second click on Approve in the dashboard (nothing seemed to
happen) arrives while the first still runs. Run side by side, such requests each saw
the workflow in progress: the approval was logged twice, one of them failed with a
server error, and an autosave landing after the approval left the page "live + draft".

- `PageWriteQueueMiddleware` makes the admin's writes to one page (edit, autosave,
  workflow action, a new page under a parent) wait for each other: each takes the
  page's row lock for its whole request. The second request then sees what the first
  did (the workflow finished, the slug taken) and Wagtail answers it as it answers any
  late request: a message, not an error.
- `unchanged_autosave` (a `before_edit_page` hook, pages/wagtail_hooks.py) answers an
  autosave that changes nothing without saving a revision: the one sent before an
  approval and run after it would otherwise add a draft identical to the live page.
- `ApprovalMessageMiddleware`: approving from the dashboard says what happened.
"""

from django.contrib import messages
from django.db import transaction
from django.http import JsonResponse
from django.urls import Resolver404, resolve
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Page, TaskState

NAMESPACE = "wagtailadmin_pages"
#: The admin views that write a page, and the URL argument naming the page to lock.
LOCKED_VIEWS = {
    "edit": "page_id",
    "workflow_action": "page_id",
    "add": "parent_page_id",
}


def _admin_page_view(request):
    """(url_name, kwargs) of a POST to one of Wagtail's page views, else None."""
    if request.method != "POST":
        return None
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return None
    if match.namespace != NAMESPACE:
        return None
    return match.url_name, match.kwargs


class PageWriteQueueMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        view = _admin_page_view(request)
        argument = view and LOCKED_VIEWS.get(view[0])
        if not argument:
            return self.get_response(request)
        with transaction.atomic():
            list(Page.objects.select_for_update().filter(pk=view[1][argument]).values("pk"))
            return self.get_response(request)


class ApprovalMessageMiddleware:
    """A moderator approving from the dashboard gets no word from Wagtail: say whether
    the page went live (a refusal, such as a story without consent, has its own)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = timezone.now()
        response = self.get_response(request)
        view = _admin_page_view(request)
        if view and view[0] == "workflow_action" and view[1].get("action_name") == "approve":
            self._report(request, view[1], started)
        return response

    @staticmethod
    def _report(request, kwargs, started):
        approved = TaskState.objects.filter(
            pk=kwargs["task_state_id"],
            status=TaskState.STATUS_APPROVED,
            finished_by=request.user,
            finished_at__gte=started,
        ).exists()
        if not approved:
            return
        page = Page.objects.get(pk=kwargs["page_id"])
        title = {"title": page.get_admin_display_title()}
        if page.workflow_in_progress:
            messages.success(request, _("“%(title)s” was approved for its next review.") % title)
        else:
            messages.success(request, _("“%(title)s” was approved and published.") % title)


def is_autosave(request):
    """Wagtail's autosave: a POST asking for JSON, with none of the editor's buttons."""
    return (
        request.method == "POST"
        and "application/json" in request.headers.get("Accept", "")
        and not any(key.startswith("action-") for key in request.POST)
    )


def unchanged_autosave(request, page):
    """`before_edit_page`: an autosave never overwrites the live revision (the editor's
    own autosaved revision, approved and published meanwhile: overwriting it would
    leave the page live + draft), and one that would save what the latest revision
    already holds gets a success answer and no new revision."""
    if not is_autosave(request):
        return None
    overwrite = request.POST.get("overwrite_revision_id")
    live = Page.objects.filter(pk=page.pk).values_list("live_revision_id", flat=True).first()
    if overwrite and live and overwrite == str(live):
        return JsonResponse(
            {
                "success": False,
                "error_code": "invalid_revision",
                "error_message": _("This version has been published. Reload to go on editing."),
            },
            status=400,
        )
    form_class = page.get_edit_handler().get_form_class()
    form = form_class(
        request.POST,
        request.FILES,
        instance=page,
        parent_page=page.get_parent(),
        for_user=request.user,
    )
    if form.has_changed():
        return None
    return JsonResponse({"success": True, "pk": page.pk, "field_updates": {}})
