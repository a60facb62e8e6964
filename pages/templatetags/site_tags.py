"""Template tags for the page shell: navigation and small helpers."""

from django import template
from wagtail.models import Locale, Site

register = template.Library()


def _home_for(request):
    """This language's home page, looked up once per request."""
    if not hasattr(request, "_idp_home"):
        site = Site.find_for_request(request)
        home = None
        if site is not None:
            root = site.root_page
            home = root.get_translation_or_none(Locale.get_active()) or root
        request._idp_home = home
    return request._idp_home


@register.simple_tag(takes_context=True)
def primary_navigation(context):
    """The live children of this language's home page that are marked "show in menus"."""
    request = context.get("request")
    if request is None:
        return []
    cache = getattr(request, "_idp_primary_navigation", None)
    if cache is None:
        home = _home_for(request)
        cache = list(home.get_children().live().in_menu()) if home else []
        request._idp_primary_navigation = cache
    return cache


@register.simple_tag(takes_context=True)
def home_url(context):
    request = context.get("request")
    home = _home_for(request) if request else None
    return home.url if home else "/"
