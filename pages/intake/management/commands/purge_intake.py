"""Hard-delete legal-help records past their retention period (idempotent).

Periods are days since the record's last status change, per status, from
settings.INTAKE_RETENTION_DAYS. Run it daily. Logs and prints counts only; each deleted
record leaves an audit entry (its id and "deleted by retention", no values).
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from pages.intake.models import AttorneyQuestion, IntakeAuditEntry, IntakeRequest

logger = logging.getLogger("idp.intake")


def purge(now=None):
    """Delete expired records; returns {model label: count}."""
    now = now or timezone.now()
    counts = {}
    for model in (IntakeRequest, AttorneyQuestion):
        deleted = 0
        for status, days in settings.INTAKE_RETENTION_DAYS.items():
            expired = model.objects.filter(
                status=status, status_changed_at__lt=now - timedelta(days=days)
            )
            with transaction.atomic():
                ids = list(expired.values_list("pk", flat=True))
                if not ids:
                    continue
                IntakeAuditEntry.objects.bulk_create(
                    IntakeAuditEntry(
                        action=IntakeAuditEntry.Action.PURGE,
                        username="purge_intake",
                        record_kind=model.admin_kind,
                        record_id=pk,
                    )
                    for pk in ids
                )
                deleted += model.objects.filter(pk__in=ids).delete()[0]
        counts[model._meta.label] = deleted
    return counts


class Command(BaseCommand):
    help = "Delete legal-help records older than their retention period."

    def handle(self, *args, **options):
        counts = purge()
        summary = ", ".join(f"{label}: {count}" for label, count in counts.items())
        logger.info("purge_intake deleted %s", summary)
        self.stdout.write(f"Deleted {summary}.")
