"""Queue numbered work as the site would, in the database of DATABASE_URL: one task
(tests.faults.worker_items.note_run) and one staff notification ("Item N") per item;
the tasks wait DELAY seconds (0 by default) before any worker may run them.

    python -m tests.faults.queue_work FIRST COUNT RUN_LOG [DELAY]
"""

import os
import sys
from datetime import timedelta

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.faults.worker_settings")

import django  # noqa: E402

django.setup()

from django.db import transaction  # noqa: E402
from django.utils import timezone  # noqa: E402

from idp_site.submissions import notifications  # noqa: E402
from tests.faults.worker_items import note_run  # noqa: E402


def queue_items(first, count, run_log, delay=0.0):
    task = note_run
    if delay:
        task = note_run.using(run_after=timezone.now() + timedelta(seconds=delay))
    with transaction.atomic():
        for item in range(first, first + count):
            task.enqueue(run_log, item)
            notifications.queue(
                "test.worker", subject=f"Item {item}", body="B", emails=["staff@example.org"]
            )


if __name__ == "__main__":
    queue_items(int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], *map(float, sys.argv[4:5]))
