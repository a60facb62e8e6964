"""Offline readers of official bill data, one module per source format.

Each format module has `read_file(path)` returning normalized bills (see
`common.NormalizedBill`); `common.import_bills` writes them in one transaction.
"""

from . import openleg, openstates

FORMATS = {"openleg": openleg.read_file, "openstates": openstates.read_file}


def read_files(paths, format_name):
    """Read and normalize every file before anything is written, so that one bad
    file stops the whole import."""
    reader = FORMATS[format_name]
    bills = []
    for path in paths:
        bills.extend(reader(path))
    return bills
