"""What the listings and the sitemap are built from, named so that a change drops only
what it touches: one name per page type, one for the tree, one for any live page. The
documents themselves are kept by `idp_site.caching.derived.cached_by_data` (fail soft:
any cache failure means a document is built and served uncached; nothing is kept while
settings.PAGE_FRAGMENT_CACHE is off); this module touches the names on every change to
a page.

Every change that touches one of these names also replaces the content version
(idp_site/caching/signals.py bumps it for pages, view restrictions, sites and snippets
such as bills), so while the cache server is out the documents are kept per process under
the version's database half (`follows_content`, idp_site/caching/derived.py).
"""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import post_page_move

from idp_site.caching.derived import cached_by_data, touch_data_version


def cached(key, names, build, rendered=False):
    """`cached_by_data` for documents built from the page tree (module docstring)."""
    return cached_by_data(key, names, build, rendered=rendered, follows_content=True)


def touch(*names):
    """Drop every document built from `names`, now and again when the current
    transaction commits (a reader in between would otherwise keep a document built from
    data that is about to change)."""

    def bump():
        for name in names:
            touch_data_version(name)

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
    return (PAGE_TREE, page_type(ContentType.objects.get_for_model(model).pk))


def _on_page_change(sender, instance, update_fields=None, raw=False, **kwargs):
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
    post_save.connect(_on_page_change, dispatch_uid="versions_page_saved")
    post_delete.connect(_on_page_change, dispatch_uid="versions_page_deleted")
    post_page_move.connect(_on_tree_change, dispatch_uid="versions_page_moved")
    for model in (PageViewRestriction, Site):
        uid = f"versions_{model.__name__}"
        post_save.connect(_on_tree_change, sender=model, dispatch_uid=f"{uid}_saved")
        post_delete.connect(_on_tree_change, sender=model, dispatch_uid=f"{uid}_deleted")
