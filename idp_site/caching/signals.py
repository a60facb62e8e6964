"""What bumps the content version (version.py): every change a reader could notice.

A published, unpublished, moved or deleted page, a view restriction added, changed or
removed, and a saved setting, snippet, image, document, site or locale may show on any
number of other pages (menus, listings, the help bar), so every change replaces the
version for the whole site: tracking which pages to drop would be clever and eventually
wrong.

Models that show on public pages but are none of those set
`invalidates_page_cache = True`. Models whose rows readers create (signatures, requests for
help) set `invalidates_page_cache = False`, even when they are snippets: they change no
cached page, and bumping on each would empty the cache exactly when traffic peaks.
"""

from django.db.models.signals import post_delete, post_migrate, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from idp_site.caching.version import bump

# What saving a draft revision writes on a live page; the published content is unchanged.
DRAFT_BOOKKEEPING_FIELDS = {
    "has_unpublished_changes",
    "latest_revision",
    "latest_revision_created_at",
    "draft_title",
}


def _content_bases():
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.documents.models import AbstractDocument
    from wagtail.images.models import AbstractImage
    from wagtail.models import BaseViewRestriction, Locale, Page, Site

    return (
        Page,
        BaseViewRestriction,  # a page made private must leave every cache at once
        BaseSiteSetting,
        BaseGenericSetting,
        AbstractImage,
        AbstractDocument,
        Site,
        Locale,
    )


def changes_content(sender):
    """Whether saving or deleting a `sender` row may change what readers see."""
    from wagtail.snippets.models import get_snippet_models

    declared = getattr(sender, "invalidates_page_cache", None)
    if declared is not None:
        return declared
    return issubclass(sender, _content_bases()) or sender in get_snippet_models()


def _on_model_change(sender, **kwargs):
    if kwargs.get("raw"):
        return  # fixtures being loaded
    update_fields = kwargs.get("update_fields")
    if update_fields and set(update_fields) <= DRAFT_BOOKKEEPING_FIELDS:
        return  # a draft was saved: readers see nothing new
    if changes_content(sender):
        bump()


def create_version_table(using="default", **kwargs):
    """`post_migrate`: the database half of the version lives in Django's cache table
    (created only if missing), so `migrate` is all a deploy needs."""
    from django.core.management import call_command

    call_command("createcachetable", database=using, verbosity=0)


def connect(app_config):
    """Wire the bumps to Wagtail's and Django's signals, and the version table to
    `migrate` (from `app_config.ready`)."""
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(bump, dispatch_uid=f"content_version_{id(signal)}")
    post_save.connect(_on_model_change, dispatch_uid="content_version_post_save")
    post_delete.connect(_on_model_change, dispatch_uid="content_version_post_delete")
    post_migrate.connect(create_version_table, sender=app_config, dispatch_uid="version_table")
