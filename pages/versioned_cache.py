"""A small fail-soft cache of rendered documents, each dropped only when one of the
named data it was built from changes (used by the sitemap sections, pages/sitemap.py).

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
    """`build()` (a string), kept under `key` until one of `names` is touched."""
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
