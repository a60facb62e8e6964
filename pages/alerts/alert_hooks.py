"""The alerts' admin and public hooks: the banner on every public page, and the refusal
of every way to put an alert live other than a second person's approval (the editor's
Publish, bulk publishing, publishing or aliasing copies). Imported by wagtail_hooks.py."""

from django.contrib import messages
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import get_language
from wagtail import hooks

from idp_site.caching.derived import cached_derived
from pages.alerts.models import AlertPage
from pages.alerts.models.alerts import NO_DIRECT_PUBLISH, banner_alerts, current_alert
from pages.templatetags.site_tags import SITE_NOTICES_HOOK


def _is_alert(page):
    return isinstance(page, AlertPage) or page.specific_class is AlertPage


@hooks.register(SITE_NOTICES_HOOK)
def alert_banner(context):
    """The current alert in the reader's language, chosen by the clock on every render
    from the alerts kept under the content version (any publish replaces them): it
    appears at its start and goes at its expiry with no publish."""
    request = context.get("request")
    language = get_language()
    alerts = cached_derived(f"alerts:banner:{language}", lambda: banner_alerts(language))
    alert = current_alert(alerts)
    if alert is None:
        return ""
    return render_to_string("alerts/alert_banner.html", {"alert": alert}, request=request)


def _refuse(request, page):
    messages.error(request, NO_DIRECT_PUBLISH)
    if page.pk and page.live and page.live_revision_id is None:
        # The create view saves a page to publish as live before this hook runs: a new
        # alert refused here stays a draft.
        AlertPage.objects.filter(pk=page.pk).update(live=False, has_unpublished_changes=True)
    if page.pk:
        return redirect("wagtailadmin_pages:edit", page.pk)
    return redirect("wagtailadmin_explore", page.get_parent().pk)


@hooks.register("before_publish_page")
def refuse_publishing_alerts(request, page):
    if _is_alert(page):
        return _refuse(request, page)
    return None


@hooks.register("before_bulk_action")
def refuse_bulk_publishing_alerts(request, action_type, objects, action_class_instance):
    if action_type != "publish":
        return None
    if any(_is_alert(page) for page in objects if hasattr(page, "specific_class")):
        messages.error(request, NO_DIRECT_PUBLISH)
        return redirect(reverse("wagtailadmin_explore_root"))
    return None


@hooks.register("before_copy_page")
def refuse_live_copies_of_alerts(request, page):
    goes_live = request.POST.get("publish_copies") or request.POST.get("alias")
    if request.method == "POST" and goes_live and _is_alert(page):
        return _refuse(request, page)
    return None
