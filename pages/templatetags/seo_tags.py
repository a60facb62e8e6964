"""What search engines and link previews read: canonical and alternate addresses, Open
Graph and Twitter card tags, and JSON-LD (schema.org) descriptions."""

import json

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from pages import i18n
from pages.shell import help_line as live_help_line

register = template.Library()

SHARE_IMAGE_SPEC = "fill-1200x630|format-jpeg"
DEFAULT_SHARE_IMAGE = "img/share-default.png"
OG_LOCALES = {"en": "en_US", "es": "es_US"}

# As django.utils.html.json_script: nothing in the data can close the script element.
_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def json_ld(data):
    """A JSON-LD data block. It is data, not code: browsers never execute it, so the
    strict script-src policy does not apply to it."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308


def _share_image_url(request, page):
    image = getattr(page, "share_image", None) if page is not None else None
    if image is not None:
        rendition = image.get_rendition(SHARE_IMAGE_SPEC)
        return request.build_absolute_uri(rendition.url), rendition.width, rendition.height
    return request.build_absolute_uri(static(DEFAULT_SHARE_IMAGE)), 1200, 630


def _alternates(request, page):
    """(language code, absolute URL) of each live translation of the page, this one
    included; shares the language switcher's per-request lookup."""
    return [
        (entry.code, entry.full_url)
        for entry in i18n.language_versions(request, page)
        if entry.translated
    ]


def _organization(request, site_settings):
    name = getattr(site_settings, "organization_name", "") or settings.WAGTAIL_SITE_NAME
    data = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": name,
        "url": request.build_absolute_uri("/"),
        "logo": request.build_absolute_uri(static(DEFAULT_SHARE_IMAGE)),
    }
    data["telephone"] = live_help_line().tel
    if site_settings is not None and site_settings.general_email:
        data["email"] = site_settings.general_email
    return data


@register.inclusion_tag("includes/meta.html", takes_context=True)
def seo_meta(context):
    request = context.get("request")
    page = context.get("page")
    site_settings = None
    try:
        site_settings = context["settings"].pages.SiteSettings
    except (KeyError, AttributeError):
        site_settings = None
    result = {"request": request, "page": page}
    if request is None:
        return result
    organization = _organization(request, site_settings)
    result["json_ld"] = [json_ld(organization)]
    result["site_name"] = organization["name"]
    if page is None or not getattr(page, "pk", None):
        return result
    canonical = page.get_full_url(request)
    image_url, image_width, image_height = _share_image_url(request, page)
    alternates = _alternates(request, page)
    default_url = next((url for code, url in alternates if code == settings.LANGUAGE_CODE), None)
    description = getattr(page, "listing_summary", "") or page.search_description
    language = get_language() or settings.LANGUAGE_CODE
    result.update(
        canonical=canonical,
        alternates=alternates if len(alternates) > 1 else [],
        default_url=default_url,
        title=page.seo_title or page.title,
        description=description,
        og_type=getattr(page, "og_type", "website"),
        og_locale=OG_LOCALES.get(language, language),
        image_url=image_url,
        image_width=image_width,
        image_height=image_height,
    )
    structured = (
        page.structured_data(
            canonical,
            image_url=image_url,
            organization={"@type": "Organization", "name": organization["name"]},
        )
        if hasattr(page, "structured_data")
        else None
    )
    if structured:
        result["json_ld"].append(json_ld(structured))
    return result
