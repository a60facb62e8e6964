"""Template helpers for the translation editor override (pages/translation_review.py)."""

from django import template

from pages.translation_review import editor_props

register = template.Library()


@register.filter
def for_editor(props, page_perms):
    return editor_props(props, page_perms)
