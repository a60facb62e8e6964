"""Moderators change the site settings (help pages, contact details); Communications
still cannot. Wagtail logs every settings change with who and when (Reports → Site
history). The hotline itself goes through review as the "Help line" snippet."""

from django.db import migrations

from pages.roles import MODERATORS, ensure_permissions, grant_model_permissions


def forwards(apps, schema_editor):
    ensure_permissions(apps)
    grant_model_permissions(apps, MODERATORS, ["pages.sitesettings"], actions=("change",))


class Migration(migrations.Migration):
    dependencies = [("pages", "0015_navigation_menus")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
