"""Import the Quick Reference Chart from a CSV file."""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from pages.resources.chart.importer import ChartFileError, import_chart


class Command(BaseCommand):
    help = (
        "Create or update Quick Reference Chart entries from a CSV file (UTF-8, a header "
        "row, one entry per row; see docs/quick-reference-chart.md). Columns: "
        "section (a New York Penal Law section, e.g. 220.03; 'PL' and '§' are dropped), "
        "offense, consequences (codes separated by ';': aggravated_felony, "
        "moral_turpitude, controlled_substance, firearm, domestic_violence; may be "
        "empty), tips (for defense counsel; may be empty), reviewed_on (YYYY-MM-DD). "
        "Every row is checked first: if any row is wrong, nothing is written and each "
        "bad row is named by its line number (the header is line 1) and the reason. "
        "Rows are matched to entries by section; entries the file does not name stay."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="The CSV file.")
        parser.add_argument(
            "--reviewer",
            help="Username of the legal staff member who reviewed these rows (kept in "
            "the admin as 'reviewed by').",
        )

    def handle(self, *args, path, reviewer=None, **options):
        reviewer_user = None
        if reviewer:
            users = get_user_model().objects
            reviewer_user = users.filter(**{users.model.USERNAME_FIELD: reviewer}).first()
            if reviewer_user is None:
                raise CommandError(f"No user named {reviewer!r}: nothing was imported.")
        try:
            text = Path(path).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"Cannot read {path}: {error}") from error
        try:
            summary = import_chart(text, reviewer=reviewer_user)
        except ChartFileError as error:
            lines = "\n".join(error.problems)
            raise CommandError(f"Nothing was imported: the file has errors.\n{lines}") from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Chart imported: {len(summary.created)} created, "
                f"{len(summary.updated)} updated, {len(summary.unchanged)} unchanged."
            )
        )
