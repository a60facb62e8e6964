"""Communications staff moderate signatures on statements of support (approve, reject,
export) and may add one received on paper."""

from django.db import migrations

from pages.roles import COMMUNICATIONS, ensure_permissions, grant_model_permissions


def forwards(apps, schema_editor):
    ensure_permissions(apps)
    grant_model_permissions(
        apps, COMMUNICATIONS, ["campaigns.signatory"], actions=("add", "change", "delete", "view")
    )


class Migration(migrations.Migration):
    dependencies = [
        ("campaigns", "0003_statement_of_support"),
        ("pages", "0002_roles_workflow_locales"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
