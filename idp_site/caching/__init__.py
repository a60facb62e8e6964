"""The site's one cache layer: whole pages for anonymous readers and values derived from
published content, all kept under one content version, and all optional.

- backend.py: Django's Redis backend with short timeouts and a circuit breaker, which
  answers every failure as a miss (Wagtail's own lookups use it too);
- version.py: the content version, in the cache and in the database, that every
  request checks and every change replaces;
- middleware.py: the full-page cache;
- derived.py: `cached_derived` for menus, settings, listings and fragments,
  `cached_in_process` for routes;
- local.py: each process's own bounded copies of those, under the same version;
- sites.py: Wagtail's site lookup, kept the same way;
- signals.py: which changes replace the version;
- health.py: what `/health/` reports about the cache.

docs/deploy.md says what this costs when the cache server is lost.
"""
