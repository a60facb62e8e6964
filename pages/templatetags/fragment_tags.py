"""The fragment tag: Wagtail's `{% wagtailcache %}` (Django's `{% cache %}` that skips
previews) keyed by the content version, for the parts of the shell that are the same on
every page (help bar, footer):

    {% load fragment_tags %}
    {% fragment "footer" %}{% include "includes/footer.html" %}{% endfragment %}

Kept in the "pages" cache for PAGE_CACHE_TIMEOUT seconds under the name, the values
named after it (as text: name a page by `page.pk`), the content version
(idp_site/caching/version.py: any publish, unpublish, move, deletion or saved setting,
snippet, image or document replaces it), the reader's language and the host. Rendered
and not kept when the version cannot be read, without a request, in previews, or with
settings.PAGE_FRAGMENT_CACHE off. Only wrap what reads nothing personal: no forms, no CSRF
token, nothing that depends on the user.
"""

from django import template
from django.conf import settings
from django.template import Variable
from django.utils.translation import get_language
from wagtail.templatetags.wagtail_cache import WagtailCacheNode

from idp_site.caching import version as content_version

register = template.Library()

SCOPE = "fragment_cache_scope"


class _Value:
    """An argument of Django's cache node worked out when the fragment renders."""

    def __init__(self, get):
        self.get = get

    def resolve(self, context):
        return self.get()


class FragmentNode(WagtailCacheNode):
    def __init__(self, nodelist, name, vary_on):
        timeout = _Value(lambda: getattr(settings, "PAGE_CACHE_TIMEOUT", 60))
        alias = _Value(lambda: content_version.PAGES_ALIAS)
        super().__init__(nodelist, timeout, name, [*vary_on, Variable(SCOPE)], alias)

    def render(self, context):
        request = context.get("request")
        version = content_version.current() if request is not None else None
        if version is None or not getattr(settings, "PAGE_FRAGMENT_CACHE", True):
            return self.nodelist.render(context)
        scope = (*version, get_language() or "", request.scheme, request.get_host())
        with context.push({SCOPE: "|".join(scope)}):
            return super().render(context)


@register.tag("fragment")
def do_fragment(parser, token):
    """{% fragment "name" obj... %}...{% endfragment %} (see the module docstring)."""
    bits = token.split_contents()
    if len(bits) < 2 or bits[1][0] not in "\"'" or bits[1][-1] != bits[1][0]:
        raise template.TemplateSyntaxError("fragment needs a quoted name: {% fragment 'footer' %}")
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(nodelist, bits[1][1:-1], [parser.compile_filter(b) for b in bits[2:]])
