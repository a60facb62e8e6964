"""The one SQL query budget every page type is held to: at most this many queries for a
returning reader's uncached render, whatever the amount of content. Every query-budget
test uses it; `manage.py bench` reports against the same setting."""

from django.conf import settings

QUERY_BUDGET = settings.PAGE_QUERY_BUDGET
# The first reader after a change to the site (every cached value built again).
FIRST_READER_BUDGET = settings.PAGE_QUERY_BUDGET_FIRST_READER
