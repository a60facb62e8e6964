"""Reading the Quick Reference Chart from CSV (format: docs/quick-reference-chart.md).

Every row is checked before anything is written: a file with one bad row writes
nothing, and the answer names each bad row by its line number and what is wrong."""

import csv
import datetime
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from pages.resources.chart.models import (
    CONSEQUENCE_CODES,
    ChartEntry,
    normalize_section,
    section_sort_key,
    update_search_vectors,
)

REQUIRED_COLUMNS = ("section", "offense", "consequences", "tips", "reviewed_on")
#: Codes may be separated by semicolons or vertical bars.
SEPARATORS = (";", "|")


class ChartFileError(Exception):
    """The file was refused; `problems` lists "line N: what is wrong" for each."""

    def __init__(self, problems):
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass
class ImportSummary:
    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    unchanged: list = field(default_factory=list)


def read_chart(text):
    """The rows of `text` (a CSV file's contents) as dicts ready to save, keyed by
    section; raises ChartFileError naming every bad row."""
    reader = csv.DictReader(text.splitlines(keepends=True))
    columns = [c.strip().lower() for c in (reader.fieldnames or [])]
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        raise ChartFileError([f"line 1: missing column(s): {', '.join(missing)}"])
    reader.fieldnames = columns
    rows, problems, seen = {}, [], {}
    for row in reader:
        line = reader.line_num
        values, errors = _check_row(row)
        section = values.get("section")
        if section and section in seen:
            errors.append(f"section {section} is already on line {seen[section]}")
        if errors:
            problems.append(f"line {line}: " + "; ".join(errors))
            continue
        seen[section] = line
        rows[section] = values
    if problems:
        raise ChartFileError(problems)
    if not rows:
        raise ChartFileError(["the file has no rows under its header"])
    return rows


def _check_row(row):
    values, errors = {}, []
    if None in row:
        errors.append("more cells than columns (a comma in a cell needs quotes)")
    raw = {name: (row.get(name) or "").strip() for name in REQUIRED_COLUMNS}
    values["section"] = normalize_section(raw["section"])
    if not values["section"]:
        errors.append(f'"{raw["section"]}" is not a Penal Law section number (e.g. 220.03)')
    values["offense"] = raw["offense"]
    if not raw["offense"]:
        errors.append("the offense is empty")
    elif len(raw["offense"]) > ChartEntry._meta.get_field("offense").max_length:
        errors.append("the offense is longer than 200 characters")
    codes, unknown = _codes(raw["consequences"])
    if unknown:
        errors.append(
            f"unknown consequence(s): {', '.join(unknown)} (use {', '.join(CONSEQUENCE_CODES)})"
        )
    values.update({code: code in codes for code in CONSEQUENCE_CODES})
    values["tips"] = raw["tips"]
    values["reviewed_on"], error = _date(raw["reviewed_on"])
    if error:
        errors.append(error)
    return values, errors


def _codes(cell):
    for separator in SEPARATORS[1:]:
        cell = cell.replace(separator, SEPARATORS[0])
    codes = [c.strip().lower().replace(" ", "_") for c in cell.split(SEPARATORS[0]) if c.strip()]
    return codes, [c for c in codes if c not in CONSEQUENCE_CODES]


def _date(cell):
    try:
        day = datetime.date.fromisoformat(cell)
    except ValueError:
        return None, f'"{cell}" is not a date written YYYY-MM-DD'
    if day > timezone.localdate():
        return None, f"the review date {cell} is in the future"
    return day, None


def import_chart(text, reviewer=None):
    """Check every row of `text`, then create or update the entries (matched by
    section) in one transaction. `reviewer` (a user) is recorded as who reviewed the
    rows written. Entries the file does not name are left as they are."""
    rows = read_chart(text)
    summary = ImportSummary()
    with transaction.atomic():
        existing = {e.section: e for e in ChartEntry.objects.filter(section__in=list(rows))}
        written = []
        for section, values in rows.items():
            entry = existing.get(section)
            if entry is None:
                entry = ChartEntry(**values)
                summary.created.append(section)
            elif all(getattr(entry, name) == value for name, value in values.items()):
                summary.unchanged.append(section)
                continue
            else:
                for name, value in values.items():
                    setattr(entry, name, value)
                summary.updated.append(section)
            entry.sort_key = section_sort_key(section)
            if reviewer is not None:
                entry.reviewed_by = reviewer
            written.append(entry)
        _write(written)
    return summary


def _write(entries):
    new = [e for e in entries if e.pk is None]
    old = [e for e in entries if e.pk is not None]
    ChartEntry.objects.bulk_create(new)
    fields = ["offense", "tips", "reviewed_on", "reviewed_by", "sort_key", *CONSEQUENCE_CODES]
    ChartEntry.objects.bulk_update(old, fields)
    sections = [e.section for e in entries]
    update_search_vectors(ChartEntry.objects.filter(section__in=sections))
