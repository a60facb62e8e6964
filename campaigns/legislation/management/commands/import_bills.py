"""Import bills from files of official data, with no network access.

    manage.py import_bills --format openleg|openstates FILE... [--dry-run]

Every file is read and checked before anything is written; everything is then
written in one transaction. Re-running an import changes nothing.
"""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from campaigns.legislation.importers import FORMATS, read_files
from campaigns.legislation.importers.common import BillImportError, import_bills


class Command(BaseCommand):
    help = "Create or update bills from Open Legislation or Open States JSON files."

    def add_arguments(self, parser):
        parser.add_argument("--format", required=True, choices=sorted(FORMATS))
        parser.add_argument("files", nargs="+", metavar="FILE")
        parser.add_argument(
            "--dry-run", action="store_true", help=_("Report what would change; write nothing.")
        )

    def handle(self, *args, **options):
        try:
            bills = read_files(options["files"], options["format"])
            summary = import_bills(bills, dry_run=options["dry_run"])
        except BillImportError as error:
            raise CommandError(_("Nothing was imported. %(error)s") % {"error": error})
        counts = _("%(created)d created, %(updated)d updated, %(unchanged)d unchanged.") % {
            key: len(summary[key]) for key in ("created", "updated", "unchanged")
        }
        if options["dry_run"]:
            counts = _("Dry run, nothing written. %(counts)s") % {"counts": counts}
        self.stdout.write(counts)
        labels = {"created": _("created"), "updated": _("updated"), "unchanged": _("unchanged")}
        for key in ("created", "updated", "unchanged"):
            for label in summary[key]:
                self.stdout.write(f"  {labels[key]}: {label}")
