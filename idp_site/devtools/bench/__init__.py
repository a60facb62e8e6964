"""The benchmark's large content set, its ceiling URLconf and its bare project.

`MODULES` are the content generators, run in order: each has `generate(scale, stdout)`
and `URLS`, the page types it measures.
"""

from . import campaigns_content, pages_content

MODULES = (pages_content, campaigns_content)
