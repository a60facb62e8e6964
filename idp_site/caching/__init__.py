"""The site's cache layer: three mechanisms, all optional, all under one content version
(docs/architecture.md, "Caches").

- middleware.py: the full-page cache for anonymous readers (stale.py: what it serves
  while the database is out);
- the fragment tag (pages/templatetags/fragment_tags.py): Wagtail's `{% wagtailcache %}`
  keyed by the content version, for the help bar and footer;
- derived.py: `cached_derived`, the one helper for values derived from content (menus,
  settings links, the hotline, view restrictions, counts).

What they share: version.py (the content version, in the cache and in the database, that
every request checks and every change replaces), signals.py (which changes replace it),
backend.py (Django's Redis backend with short timeouts and a circuit breaker: every
failure is a miss) and health.py (what `/health/` says of the cache).

docs/deploy.md says what this costs when the cache server is lost.
"""
