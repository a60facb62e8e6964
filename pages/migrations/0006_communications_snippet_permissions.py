"""Communications staff manage the shared snippets: topics, partners and people."""

from django.db import migrations

from pages.roles import COMMUNICATIONS, ensure_permissions, grant_model_permissions

SNIPPETS = ["pages.topic", "pages.partner", "pages.person"]


def forwards(apps, schema_editor):
    ensure_permissions(apps)
    grant_model_permissions(apps, COMMUNICATIONS, SNIPPETS)


class Migration(migrations.Migration):
    dependencies = [("pages", "0005_program_areas_reports_stories")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
