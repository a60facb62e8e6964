"""The benchmark's large content set, its ceiling URLconf and its bare project.

`MODULES` are the content generators, run in order: each has `generate(scale, stdout)`
and `URLS`, the page types it measures, and may have `SEARCH_WORDS`, words its pages
contain that the growth part searches for (growth.py).

`MODULES` is imported on first use: `bare` (a settings module of its own, with no app)
lives in this package, and importing the generators needs the project's apps.
"""


def __getattr__(name):
    if name == "MODULES":
        from . import campaigns_content, pages_content

        return (pages_content, campaigns_content)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
