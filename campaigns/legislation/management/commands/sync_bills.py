"""Fetch the bills the site tracks from the live APIs and write what changed.

    manage.py sync_bills [--bill ny/2019-2020/S1825 ...] [--source openleg|openstates]
                         [--no-companions] [--replace] [--timeout 20] [--retries 3]

New York bills come from Open Legislation (OPENLEG_API_KEY), others from Open States
(OPENSTATES_API_KEY). Safe to run from cron every hour: it changes only what changed
upstream, and one bill that fails is recorded on it while the others carry on.
"""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from campaigns.legislation.models import Bill
from campaigns.legislation.summary import doubt_lines
from campaigns.legislation.sync import (
    BillKey,
    HttpClient,
    configured_sources,
    sync_bills,
    tracked_keys,
)


def parse_key(value):
    parts = value.strip("/").split("/")
    if len(parts) != 3:
        raise CommandError(
            _("Name a bill as jurisdiction/session/number, e.g. ny/2019-2020/S1825.")
        )
    return BillKey(parts[0], parts[1], parts[2].upper())


class Command(BaseCommand):
    help = "Update tracked bills from Open Legislation and Open States (API keys from env)."

    def add_arguments(self, parser):
        parser.add_argument("--bill", action="append", default=[], metavar="JUR/SESSION/NUMBER")
        parser.add_argument("--source", choices=["openleg", "openstates"])
        parser.add_argument("--no-companions", action="store_true")
        parser.add_argument("--replace", action="store_true")
        parser.add_argument("--timeout", type=float, default=20.0)
        parser.add_argument("--retries", type=int, default=3)

    def handle(self, *args, **options):
        client = HttpClient(timeout=options["timeout"], retries=options["retries"])
        sources = configured_sources(client, only=options["source"])
        if not sources:
            raise CommandError(_("Set OPENLEG_API_KEY and/or OPENSTATES_API_KEY first."))
        keys = [parse_key(v) for v in options["bill"]] or tracked_keys(Bill.objects.all())
        report = sync_bills(
            keys, sources, companions=not options["no_companions"], replace=options["replace"]
        )
        for label, (outcome, message) in report.outcomes.items():
            self.stdout.write(f"{outcome}: {label}" + (f": {message}" if message else ""))
        for summary in report.summaries:
            for line in doubt_lines(summary):
                self.stdout.write(line)
        failed = sum(1 for outcome, _m in report.outcomes.values() if outcome == "failed")
        counts = _("%(total)d bills synced, %(failed)d failed.")
        self.stdout.write(counts % {"total": len(report.outcomes), "failed": failed})
