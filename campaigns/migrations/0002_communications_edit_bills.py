"""Communications staff keep bills, legislators, sessions and jurisdictions current."""

from django.db import migrations

from pages.roles import COMMUNICATIONS, ensure_permissions, grant_model_permissions

SNIPPETS = [
    "campaigns.bill",
    "campaigns.legislator",
    "campaigns.legislativesession",
    "campaigns.jurisdiction",
    "campaigns.billstatuschange",
]


def forwards(apps, schema_editor):
    ensure_permissions(apps)
    grant_model_permissions(apps, COMMUNICATIONS, SNIPPETS)


class Migration(migrations.Migration):
    dependencies = [
        ("campaigns", "0001_campaigns_bills_and_legislatures"),
        ("pages", "0002_roles_workflow_locales"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
