"""Send queued staff notifications and report what is still unsent.

Run it as a worker, `manage.py send_notifications --loop` (one process, kept running
by systemd or the container runtime): it sends what the site queued within
`--interval` seconds and keeps retrying while the mail server is down; a database
outage does not end it either (it waits with a capped, doubling delay and carries on),
and its heartbeat (kind "notifications") tells `/health/` within a minute that no
worker is alive. Each round first writes the help requests and signatures kept
through a database outage (idp_site/submissions/outage.py). Without
`--loop` it runs one round, reports, and exits with status 1 while a notification
stays unsent past NOTIFICATION_OVERDUE_MINUTES, so a scheduler can alert. The report
names notifications by number and kind only: they never hold personal data.
"""

import logging
import signal
import threading

from django.core.management.base import BaseCommand, CommandError
from django.db import close_old_connections, connection
from django.utils import timezone

from idp_site.background.workers import OUTAGE_ERRORS, Heartbeat, wait_for_database
from idp_site.submissions import notifications, outage

logger = logging.getLogger("idp.notifications")


class Command(BaseCommand):
    help = "Send queued staff notifications (retrying failures) and report the unsent."

    def add_arguments(self, parser):
        parser.add_argument("--report-only", action="store_true", help="Only report; send nothing.")
        parser.add_argument(
            "--loop", action="store_true", help="Keep running: send new notifications as a worker."
        )
        parser.add_argument(
            "--interval", type=float, default=5.0, help="Seconds between rounds with --loop."
        )
        parser.add_argument(
            "--rounds", type=int, default=0, help="With --loop, stop after this many rounds."
        )

    def handle(self, *args, report_only=False, loop=False, interval=5.0, rounds=0, **options):
        if loop:
            self.work(interval, rounds)
            return
        if not report_only:
            sent, failed = notifications.send_pending()
            self.stdout.write(f"Sent {sent} notification(s); {failed} failed this time.")
            sent, failed = notifications.send_other_outboxes()
            self.stdout.write(f"Delivered {sent} other item(s); {failed} failed.")
        self.report()

    def report(self):
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

    def work(self, interval, rounds):
        """Send rounds until SIGTERM or SIGINT (or `rounds` rounds). A database or mail
        outage never stops the worker: it logs the kind of error and tries again."""
        stop = threading.Event()
        if threading.current_thread() is threading.main_thread():
            for signum in (signal.SIGTERM, signal.SIGINT):
                signal.signal(signum, lambda *_args: stop.set())
        done = 0
        with Heartbeat("notifications"):
            while not stop.is_set():
                if not self.round():
                    wait_for_database("notifications", self.outage, stop.wait)
                done += 1
                if rounds and done >= rounds:
                    break
                stop.wait(interval)
        self.stdout.write("Notification worker stopped.")

    def round(self):
        """One round; False when the database went away (`self.outage` says how)."""
        # A long-running process must drop a connection the database closed (restart,
        # failover) instead of failing on it forever. (Never inside a transaction: a
        # caller's, e.g. a test's, would be cut.)
        if not connection.in_atomic_block:
            close_old_connections()
        # Submissions kept through a database outage first: their notifications then
        # go out in this same round.
        outage.replay_waiting()
        try:
            sent, failed = notifications.send_pending()
            # Then the apps' own outboxes (newsletter signups...), each its own call.
            other_sent, other_failed = notifications.send_other_outboxes()
        except OUTAGE_ERRORS as exc:
            self.outage = exc
            return False
        if sent or failed:
            self.stdout.write(f"Sent {sent} notification(s); {failed} failed this time.")
        if other_sent or other_failed:
            self.stdout.write(f"Delivered {other_sent} other item(s); {other_failed} failed.")
        return True
