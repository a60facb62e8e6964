"""The one SQL query budget every page type is held to (issue 9): at most this many
queries for an uncached render, whatever the amount of content. Every query-budget test
uses it; `manage.py bench` reports against the same figure, so it is defined there."""

from pages.management.commands.bench import MAX_QUERIES, MAX_QUERIES_FIRST

QUERY_BUDGET = MAX_QUERIES
# The first reader after a change to the site (every cached value built again).
FIRST_READER_BUDGET = MAX_QUERIES_FIRST
