"""The Intake group: the only people who may read, triage and delete legal-help records.

It gets admin access and nothing else: no page, image or settings permissions. The
intake views check membership of this group explicitly (a superuser outside it is
refused), so no model permission is needed or granted.
"""

from django.db import migrations

from pages.roles import INTAKE, ensure_permissions


def forwards(apps, schema_editor):
    ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=INTAKE)
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0003_legal_help_intake"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
