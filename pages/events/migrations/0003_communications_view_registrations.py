"""Communications staff see and export registrations, and change one (a status fixed
by hand); nobody else but superusers sees registrants."""

from django.db import migrations

from pages.roles import COMMUNICATIONS, ensure_permissions, grant_model_permissions


def forwards(apps, schema_editor):
    ensure_permissions(apps)
    grant_model_permissions(
        apps, COMMUNICATIONS, ["events.registration"], actions=("view", "change", "delete")
    )


class Migration(migrations.Migration):
    dependencies = [("events", "0002_event_pages_and_registrations")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
