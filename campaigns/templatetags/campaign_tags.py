"""Template helpers of the campaigns app."""

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from campaigns.blocks import load_resources

register = template.Library()


def _entities(text):
    return "".join(f"&#{ord(ch)};" for ch in text)


@register.simple_tag
def protected_email(address, css_class="protected-email"):
    """A working mailto link whose address never appears as plain text in the HTML.

    Why this shape: address harvesters scan page source for the pattern
    `name@domain.tld` (and for `mailto:name@...`); very few decode HTML character
    references. Browsers do, so the link is an ordinary mailto link that works without
    JavaScript, is copied and pasted as the real address, and is read by screen
    readers as the address itself (unlike "name [at] domain [dot] org" tricks, which
    make people retype it). Every character of both the href and the visible text is
    written as a numeric character reference, built here on the server.
    """
    if not address or "@" not in address:
        return ""
    href = _entities("mailto:" + address)
    text = _entities(address)
    return format_html(
        '<a class="{}" href="{}">{}</a>',
        css_class,
        mark_safe(href),  # noqa: S308 - built only from numeric character references
        mark_safe(text),  # noqa: S308
    )


@register.filter
def with_linked_pages(stream_value):
    """A resources stream with the pages its links choose read in one query (see
    campaigns.blocks.load_resources); used where the template lists the resources."""
    return load_resources(stream_value)


@register.simple_tag(takes_context=True)
def bill_details(context):
    """Put the bill page's details (history, sponsors, companions, documents) in the
    context, reading them now: the view leaves them to this tag so that a cached
    fragment of the page costs no query."""
    load = context.get("load_bill_details")
    if load is not None:
        context.update(load())
    return ""
