"""The demo content, built once per test run and put back in a moment for each test.

`manage.py load_demo_content` takes half a minute (pages, images and their renditions,
bills, forty translations), and many tests need the site it builds. `take` runs the
real loader once, inside a transaction that is rolled back, and keeps what it wrote: the
rows of every table the loader changed (PostgreSQL's COPY format) and the files it put
in MEDIA_ROOT. `restore` puts those rows and files back in a test's database and media
folder, so the test sees exactly the site the loader builds. Tests that check the loader
itself (loading again writes nothing new) still run it again over the restored site.
"""

import io
import shutil
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.db import connection, transaction
from django.test import override_settings

from idp_site.caching.version import bump

TABLES = "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1"
#: Rows the loader never writes, and which no test may lose.
KEEP = {"django_migrations"}


@dataclass(frozen=True)
class DemoSnapshot:
    """What the loader wrote: each changed table's rows, its id sequences, its files."""

    tables: dict
    sequences: list
    media: Path


def _dump(cursor, table):
    buffer = io.BytesIO()
    cursor.copy_expert(f'COPY "{table}" TO STDOUT', buffer)
    return buffer.getvalue()


def _dump_all(cursor, tables):
    return {table: _dump(cursor, table) for table in tables}


def _sequences(cursor, tables):
    """(sequence, table, column) for every id sequence of `tables`."""
    found = []
    for table in tables:
        for sequence in connection.introspection.get_sequences(cursor, table):
            found.append((sequence["name"], table, sequence["column"]))
    return found


def take(media_root):
    """Run the real loader in a transaction that is rolled back; keep what it wrote.
    The loader's files land in `media_root` (a folder of the snapshot's own)."""
    media_root = Path(media_root)
    with override_settings(MEDIA_ROOT=media_root), transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute(TABLES)
            tables = [name for (name,) in cursor.fetchall() if name not in KEEP]
            before = _dump_all(cursor, tables)
            call_command("load_demo_content", stdout=io.StringIO())
            after = _dump_all(cursor, tables)
            changed = {t: rows for t, rows in after.items() if rows != before[t]}
            sequences = _sequences(cursor, changed)
        transaction.set_rollback(True)
    return DemoSnapshot(changed, sequences, media_root)


def _advance_sequences(cursor, sequences):
    """Never hand out an id the restored rows hold (sequences only move forward)."""
    for sequence, table, column in sequences:
        cursor.execute(
            f'SELECT setval(%s, GREATEST((SELECT COALESCE(MAX("{column}"), 1) FROM "{table}"),'
            f" (SELECT last_value FROM {sequence})))",
            [sequence],
        )


def restore(snapshot):
    """Replace the changed tables' rows with the loader's, copy its files into the
    current MEDIA_ROOT, and drop every cached page and value as the loader's publishes
    do. Inside a test's transaction this is rolled back with the test; outside one it
    commits (foreign keys are checked once all rows are back)."""
    with transaction.atomic(), connection.cursor() as cursor:
        for table in snapshot.tables:
            cursor.execute(f'DELETE FROM "{table}"')
        for table, rows in snapshot.tables.items():
            cursor.copy_expert(f'COPY "{table}" FROM STDIN', io.BytesIO(rows))
        _advance_sequences(cursor, snapshot.sequences)
    shutil.copytree(snapshot.media, settings.MEDIA_ROOT, dirs_exist_ok=True)
    bump()
