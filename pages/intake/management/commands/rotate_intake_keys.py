"""Re-encrypt every legal-help record with the first key of INTAKE_ENCRYPTION_KEYS.

Rotation: put the new key first (keep the old ones after it), deploy, run this, then
remove the old keys. Loading a record decrypts with whichever key fits; saving
encrypts with the first. Prints counts only.
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from pages.intake.models import AttorneyQuestion, IntakeRequest


class Command(BaseCommand):
    help = "Re-encrypt legal-help records with the newest key."

    def handle(self, *args, **options):
        for model in (IntakeRequest, AttorneyQuestion):
            count = 0
            with transaction.atomic():
                for record in model.objects.select_for_update().iterator():
                    record.save(update_fields=list(model.encrypted_fields))
                    count += 1
            self.stdout.write(f"{model._meta.label}: {count} record(s) re-encrypted.")
