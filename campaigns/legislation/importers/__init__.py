"""Readers of official bill data, one per source format, and the one writer.

Each reader (`openleg`, `openstates`) turns the source's JSON into normalized bills
(`normalized.NormalizedBill`) or skipped placeholders; `writer.import_bills` writes
them. Files (`manage.py import_bills`) and the live APIs (`manage.py sync_bills`) go
through the same readers and writer.
"""

from . import openleg, openstates
from .normalized import BillImportError, SkippedBill
from .writer import ImportSummary, import_bills

FORMATS = {"openleg": openleg, "openstates": openstates}


def read_files(paths, format_name):
    """Read and normalize every file before anything is written, so that one bad
    file stops the whole import."""
    reader = FORMATS[format_name]
    records = []
    for path in paths:
        records.extend(reader.read_file(path))
    return records


__all__ = [
    "FORMATS",
    "BillImportError",
    "ImportSummary",
    "SkippedBill",
    "import_bills",
    "read_files",
]
