"""Queue (and send) today's signature digest: one email per statement with new
signatures. Run it once a day (cron or a systemd timer); a second run the same day
sends nothing. See campaigns/digest.py."""

from django.core.management.base import BaseCommand

from campaigns.digest import queue_digests


class Command(BaseCommand):
    help = "Email Communications one summary per statement of support with new signatures."

    def handle(self, *args, **options):
        count = queue_digests()
        self.stdout.write(f"{count} signature digest(s) queued.")
