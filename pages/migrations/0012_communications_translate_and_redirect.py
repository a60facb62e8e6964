"""Communications staff translate pages with wagtail-localize and manage redirects.

Without the submit permission the Translations report offered them buttons that ended in
"no permission"; without the redirect permissions a moved page needed a superuser."""

from django.db import migrations

from pages.roles import COMMUNICATIONS, ensure_permissions, grant_model_permissions


def forwards(apps, schema_editor):
    ensure_permissions(apps)
    group = grant_model_permissions(apps, COMMUNICATIONS, ["wagtailredirects.redirect"])
    Permission = apps.get_model("auth", "Permission")
    group.permissions.add(
        Permission.objects.get(
            content_type__app_label="wagtail_localize", codename="submit_translation"
        )
    )


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0011_listing_indexes"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
