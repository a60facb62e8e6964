"""Invented chart rows for the tests (the demo may hold none: see
docs/quick-reference-chart.md). Offenses and tips are made up and say nothing true."""

import datetime

from pages.resources.chart.models import (
    ChartEntry,
    QuickReferenceChartPage,
    section_sort_key,
    update_search_vectors,
)
from tests.conftest import add_page

HEADER = "section,offense,consequences,tips,reviewed_on\n"
WORDS = ["gadget", "widget", "sprocket", "lantern", "harbor", "meadow", "quartz", "violet"]


def chart_page(home):
    return add_page(
        home,
        QuickReferenceChartPage(
            title="Quick Reference Chart",
            slug="chart",
            intro="Selected New York offenses, for defense attorneys.",
            search_description="The chart.",
            summary="Invented chart summary.",
            resource_type="chart",
            for_defense=True,
        ),
    )


def invented_entries(count, start=0):
    """`count` invented entries, sections 300.00 upwards; entry 0 is 220.03 and the only
    one that mentions "zeppelin"."""
    entries = []
    for i in range(start, start + count):
        section = "220.03" if i == 0 else f"{300 + i // 50}.{i % 50:02d}"
        word = "zeppelin" if i == 0 else WORDS[i % len(WORDS)]
        entries.append(
            ChartEntry(
                section=section,
                offense=f"Invented {word} offense number {i}",
                controlled_substance=i % 2 == 0,
                firearm=i % 5 == 0,
                tips=f"Invented tip about the {word} for row {i}.",
                reviewed_on=datetime.date(2026, 1, 1),
                sort_key=section_sort_key(section),
            )
        )
    ChartEntry.objects.bulk_create(entries)
    update_search_vectors(ChartEntry.objects.all())
    return entries
