"""Delete registrations of events that ended more than N days ago (default:
settings.EVENT_REGISTRATION_RETENTION_DAYS, 90), with the emails queued for them
(which hold the registrant's address). Idempotent; run it daily. Prints and logs
counts only, never a name or an address."""

import logging

from django.core.management.base import BaseCommand
from django.db import transaction
from django.db.models import Q

from idp_site.submissions.models import Notification
from pages.events.models import default_purge_days, purge_before

logger = logging.getLogger("idp.events")


def purge(days):
    """Delete what is past retention; returns (registrations, emails) deleted."""
    with transaction.atomic():
        registrations = purge_before(days)
        ids = list(registrations.values_list("pk", flat=True))
        if not ids:
            return 0, 0
        refs = Q()
        for pk in ids:
            refs |= Q(ref__startswith=f"events.registration:{pk}:")
        emails = Notification.objects.filter(refs).delete()[0]
        deleted = registrations.filter(pk__in=ids).delete()[0]
    return deleted, emails


class Command(BaseCommand):
    help = "Delete event registrations a set number of days after the event."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None, help="Days after the event.")

    def handle(self, *args, days=None, **options):
        days = default_purge_days() if days is None else days
        registrations, emails = purge(days)
        logger.info(
            "purge_registrations deleted %s registrations, %s emails", registrations, emails
        )
        self.stdout.write(f"Deleted {registrations} registrations and {emails} queued emails.")
