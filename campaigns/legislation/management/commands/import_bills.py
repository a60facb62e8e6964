"""Import bills from files of official data, with no network access.

    manage.py import_bills --format openleg|openstates FILE... [--dry-run] [--replace]

Every file is read and checked before anything is written; everything is then
written in one transaction. Re-running an import changes nothing.
"""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from campaigns.legislation.importers import FORMATS, BillImportError, import_bills, read_files
from campaigns.legislation.summary import summary_lines


class Command(BaseCommand):
    help = "Create or update bills from Open Legislation or Open States JSON files."

    def add_arguments(self, parser):
        parser.add_argument("--format", required=True, choices=sorted(FORMATS))
        parser.add_argument("files", nargs="+", metavar="FILE")
        parser.add_argument(
            "--dry-run", action="store_true", help=_("Report what would change; write nothing.")
        )
        parser.add_argument(
            "--replace",
            action="store_true",
            help=_("Let the files remove stored actions, sponsors and versions they lack."),
        )

    def handle(self, *args, **options):
        try:
            records = read_files(options["files"], options["format"])
        except BillImportError as error:
            raise CommandError(_("Nothing was imported. %(error)s") % {"error": error})
        summary = import_bills(records, dry_run=options["dry_run"], replace=options["replace"])
        for line in summary_lines(summary, dry_run=options["dry_run"]):
            self.stdout.write(line)
