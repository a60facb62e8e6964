"""Send queued staff notifications and report what is still unsent.

Run it every few minutes (cron or a systemd timer). It exits with status 1 while a
notification stays unsent past NOTIFICATION_OVERDUE_MINUTES, so the scheduler can alert.
The report names notifications by number and kind only: they never hold personal data.
"""

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from idp_site.submissions import notifications


class Command(BaseCommand):
    help = "Send queued staff notifications (retrying failures) and report the unsent."

    def add_arguments(self, parser):
        parser.add_argument("--report-only", action="store_true", help="Only report; send nothing.")

    def handle(self, *args, report_only=False, **options):
        if not report_only:
            sent, failed = notifications.send_pending()
            self.stdout.write(f"Sent {sent} notification(s); {failed} failed this time.")
        now = timezone.now()
        unsent = list(notifications.unsent())
        self.stdout.write(f"Unsent: {len(unsent)}.")
        for item in unsent:
            minutes = int((now - item.created_at).total_seconds() // 60)
            self.stdout.write(
                f"  #{item.pk} {item.kind}: waiting {minutes} min, "
                f"{item.attempts} attempt(s), last error: {item.last_error or '-'}"
            )
        overdue = notifications.overdue().count()
        if overdue:
            raise CommandError(f"{overdue} notification(s) overdue.", returncode=1)
