"""A small fail-soft cache of rendered documents and derived values, each dropped only
when one of the named data it was built from changes (the sitemap sections,
pages/sitemap.py; the report index's counts and years). The pages' own names (one per
page type, one for the tree) are touched here on every change to a page.

Every name has a version token in the shared "default" cache; a document is kept under
a key that includes the tokens of its names, so touching a name makes every document
built from it unreachable at once, in every process. Any cache error (Redis down, full,
slow) means the document is built and served uncached, never an error page; a name
whose version cannot be read or written is not trusted, so nothing is kept for it.
"""

import logging
import secrets

from django.conf import settings
from django.core.cache import caches
from django.db import transaction

logger = logging.getLogger("idp.cache")

#: How long a document is kept (a touched version drops it sooner).
TIMEOUT = 24 * 60 * 60


def _cache():
    return caches[getattr(settings, "VERSIONED_CACHE_ALIAS", "default")]


def _version_keys(names):
    return [f"version:{name}" for name in names]


def _versions(names):
    """The version token of each name (new ones for names seen the first time), or
    None when the cache cannot be trusted."""
    cache = _cache()
    keys = _version_keys(names)
    found = cache.get_many(keys)
    missing = {key: secrets.token_hex(8) for key in keys if key not in found}
    if missing:
        for key, token in missing.items():
            cache.add(key, token, None)
        found.update(cache.get_many(list(missing)))
    if any(key not in found for key in keys):
        return None
    return [found[key] for key in keys]


def cached(key, names, build):
    """`build()` (picklable, not None), kept under `key` until one of `names` is
    touched."""
    try:
        versions = _versions(names)
        if versions is None:
            return build()
        full_key = f"doc:{key}:{':'.join(versions)}"
        document = _cache().get(full_key)
    except Exception:  # noqa: BLE001 - any cache failure: serve uncached
        logger.warning("Cache unavailable; %s built without it", key, exc_info=True)
        return build()
    if document is None:
        document = build()
        if document is None:
            return None
        try:
            _cache().set(full_key, document, TIMEOUT)
        except Exception:  # noqa: BLE001
            logger.warning("Cache unavailable; %s not kept", key, exc_info=True)
    return document


def touch(*names):
    """Drop every document built from `names`, now and again when the current
    transaction commits (a reader in between would otherwise keep a document built from
    data that is about to change)."""
    keys = _version_keys(names)

    def bump():
        try:
            _cache().set_many({key: secrets.token_hex(8) for key in keys}, None)
        except Exception:  # noqa: BLE001
            # The old versions may now be stale: forget them so they are not trusted.
            logger.warning("Cache unavailable; could not drop %s", names, exc_info=True)
            try:
                _cache().delete_many(keys)
            except Exception:  # noqa: BLE001
                logger.error("Cache unavailable; %s may be stale", names, exc_info=True)

    bump()
    transaction.on_commit(bump)


# Versions of the page tree ------------------------------------------------------------

#: Touched by any change to a live page, or to what decides its address or privacy.
PAGES_ANY = "pages:any"
#: Touched when a change may alter the addresses or privacy of pages of every type (a
#: page with children renamed or moved, a view restriction, a site).
PAGE_TREE = "pages:tree"

#: Page fields whose change matters to listings and the sitemap; a save limited to
#: other fields (a draft: `save_revision` writes only bookkeeping fields) changes none.
LISTED_FIELDS = {"live", "slug", "url_path", "path", "last_published_at", "alias_of", "locale"}


def page_type(content_type_id):
    """The version of everything derived from the live pages of one type."""
    return f"pages:type:{content_type_id}"


def page_versions(model):
    """The names a document built from live pages of `model` depends on."""
    from django.contrib.contenttypes.models import ContentType

    return (PAGE_TREE, page_type(ContentType.objects.get_for_model(model).pk))


def _on_page_change(sender, instance, update_fields=None, raw=False, **kwargs):
    from wagtail.models import Page

    if raw or not isinstance(instance, Page):
        return
    if update_fields is not None and not LISTED_FIELDS.intersection(update_fields):
        return
    names = [PAGES_ANY, page_type(instance.content_type_id)]
    if instance.numchild:
        names.append(PAGE_TREE)  # the addresses of its descendants may have changed
    touch(*names)


def _on_tree_change(sender, **kwargs):
    touch(PAGES_ANY, PAGE_TREE)


def connect_signals():
    """Touch the page versions on every change (called from AppConfig.ready)."""
    from django.db.models.signals import post_delete, post_save
    from wagtail.models import PageViewRestriction, Site
    from wagtail.signals import post_page_move

    post_save.connect(_on_page_change, dispatch_uid="versions_page_saved")
    post_delete.connect(_on_page_change, dispatch_uid="versions_page_deleted")
    post_page_move.connect(_on_tree_change, dispatch_uid="versions_page_moved")
    for model in (PageViewRestriction, Site):
        uid = f"versions_{model.__name__}"
        post_save.connect(_on_tree_change, sender=model, dispatch_uid=f"{uid}_saved")
        post_delete.connect(_on_tree_change, sender=model, dispatch_uid=f"{uid}_deleted")
