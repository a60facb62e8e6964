"""Template tags for the page shell: navigation and small helpers."""

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from wagtail import hooks

from pages import phone_numbers, shell
from pages.models.help_line import tel_target

register = template.Library()

#: Rooms put a notice at the top of every public page (the alerts room's banner): each
#: function takes the template context and returns HTML, or "" for none. Rendered on
#: every request (never in a fragment): the page cache keeps a page 60 s at most.
SITE_NOTICES_HOOK = "site_notices"


@register.simple_tag(takes_context=True)
def primary_navigation(context):
    """The live children of this language's home page that are marked "show in menus"."""
    request = context.get("request")
    return shell.navigation(request)["items"] if request is not None else []


@register.simple_tag(takes_context=True)
def footer_links(context):
    """The footer links staff put in this language's footer menu."""
    request = context.get("request")
    return shell.navigation(request).get("footer", []) if request is not None else []


@register.simple_tag(takes_context=True)
def footer_text(context):
    """The footer line of this language's home page, kept with the menu."""
    request = context.get("request")
    return shell.navigation(request)["footer_text"] if request is not None else ""


@register.simple_tag(takes_context=True)
def home_url(context):
    request = context.get("request")
    return shell.navigation(request)["home_url"] if request is not None else "/"


@register.simple_tag(takes_context=True)
def help_links(context):
    """The help bar's "Get legal help" and "For attorneys" addresses in the reader's
    language (each page's live translation, else the page itself), worked out once per
    site and language and kept with the menu until a page or setting changes."""
    request = context.get("request")
    if request is None:
        return {}
    return shell.help_links(request)


@register.filter
def tel(number):
    """A phone number as a `tel:` target without spaces: "(212) 725-6422" becomes
    "+12127256422" (US numbers get their country code)."""
    return tel_target(number)


@register.simple_tag
def help_line():
    """The approved hotline (`number`, `tel`, and `hours` in the reader's language), the
    one source of the number on every page: `{% help_line as line %}`."""
    return shell.help_line()


@register.simple_tag(takes_context=True)
def site_notices(context):
    """The notices of every room (`SITE_NOTICES_HOOK`), in the order they registered."""
    return mark_safe("".join(str(fn(context)) for fn in hooks.get_hooks(SITE_NOTICES_HOOK)))  # noqa: S308 (each hook returns rendered templates)


@register.filter(needs_autoescape=True)
def link_phone_numbers(text, autoescape=True):
    """Text or rich text HTML with every phone number made a `tel:` link (for phones)."""
    html = conditional_escape(text) if autoescape else text
    return mark_safe(phone_numbers.link_phone_numbers(html))  # noqa: S308 (escaped above)


@register.filter
def page_kind(item):
    """The kind of a listed item for its card's drawing: the
    page's class name in lower case (e.g. "reportpage")."""
    return getattr(item, "kind", "") or type(item).__name__.lower()


@register.filter
def blocks_of_type(stream, block_type):
    """The blocks of a StreamField value of one type ("key_figure"), or of every other
    type ("-key_figure"), in order: lets a template set a run of figures as a band."""
    if block_type.startswith("-"):
        return [block for block in stream if block.block_type != block_type[1:]]
    return [block for block in stream if block.block_type == block_type]
