"""The footer line moves from the site settings (one text for every language) to each
language's home page, so it is translated with that page. Each site's text is copied to
its root home page and to that page's translations that have none yet; the Spanish
edition then translates it like any other field."""

from django.db import migrations, models


def move_footer_text(apps, schema_editor):
    SiteSettings = apps.get_model("pages", "SiteSettings")
    HomePage = apps.get_model("pages", "HomePage")
    for settings in SiteSettings.objects.exclude(footer_text="").select_related("site"):
        root = HomePage.objects.filter(pk=settings.site.root_page_id).first()
        if root is None:
            continue
        HomePage.objects.filter(translation_key=root.translation_key, footer_text="").update(
            footer_text=settings.footer_text
        )


def restore_footer_text(apps, schema_editor):
    SiteSettings = apps.get_model("pages", "SiteSettings")
    HomePage = apps.get_model("pages", "HomePage")
    for settings in SiteSettings.objects.select_related("site"):
        root = HomePage.objects.filter(pk=settings.site.root_page_id).first()
        if root is not None and root.footer_text:
            settings.footer_text = root.footer_text
            settings.save(update_fields=["footer_text"])


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0007_report_publication_date_index"),
    ]

    operations = [
        migrations.AddField(
            model_name="homepage",
            name="footer_text",
            field=models.TextField(
                blank=True,
                help_text=(
                    "A short line about the organization under its name in the footer of "
                    "every page in this home page's language. Translate it with the page."
                ),
            ),
        ),
        migrations.RunPython(move_footer_text, restore_footer_text),
        migrations.RemoveField(
            model_name="sitesettings",
            name="footer_text",
        ),
    ]
