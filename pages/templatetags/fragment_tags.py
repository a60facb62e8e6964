"""Fragment caching: parts of a page that are the same for every reader, kept rendered
until the next change to the site.

    {% load fragment_tags %}
    {% fragment "body" page %}{% include_block page.body %}{% endfragment %}

The rendered HTML is kept with `cached_derived` (idp_site/caching/derived.py), so any publish,
unpublish, move or deletion, and any saved setting, snippet, image or document, drops
every fragment at once, exactly as it drops whole cached pages. The key is the name,
the objects named after it (a page counts by its id), the reader's language and the
host, so nothing rendered for one page, language or address is served for another.

Never cached: previews (Wagtail marks the request `is_preview`: an editor must see the
draft, never a published copy), renders without a request, and everything when
PAGE_FRAGMENT_CACHE is False (the test settings turn it off so that query budgets count
full renders). Only wrap what reads nothing personal: no forms, no CSRF token, nothing
that depends on the user.
"""

import hashlib

from django import template
from django.conf import settings
from django.db.models import Model
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from idp_site.caching.derived import cached_derived

register = template.Library()


def _part(value):
    if isinstance(value, Model):
        return f"{value._meta.label_lower}:{value.pk}"
    return str(value)


class FragmentNode(template.Node):
    def __init__(self, nodelist, name, vary_on):
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on

    def render(self, context):
        request = context.get("request")
        if (
            request is None
            or getattr(request, "is_preview", False)
            or not getattr(settings, "PAGE_FRAGMENT_CACHE", True)
        ):
            return self.nodelist.render(context)
        parts = [
            _part(self.name.resolve(context)),
            *(_part(v.resolve(context)) for v in self.vary_on),
            get_language() or "",
            request.get_host(),
            request.scheme,
        ]
        digest = hashlib.sha256("|".join(parts).encode()).hexdigest()
        html = cached_derived(f"fragment:{digest}", lambda: str(self.nodelist.render(context)))
        return mark_safe(html)  # noqa: S308 - our own template output, escaped when rendered


@register.tag("fragment")
def do_fragment(parser, token):
    """{% fragment "name" obj... %}...{% endfragment %} (see the module docstring)."""
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("fragment needs a name: {% fragment 'body' page %}")
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(
        nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(b) for b in bits[2:]]
    )
