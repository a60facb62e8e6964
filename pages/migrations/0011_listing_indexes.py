from django.db import migrations, models

# One page of one sitemap section (pages/sitemap.py) and the index's count per section
# read this index only. Wagtail's page table is not ours, so the index is created here
# by name and dropped with the migration.
SITEMAP_SECTION_INDEX = (
    "CREATE INDEX IF NOT EXISTS pages_sitemap_section ON wagtailcore_page "
    "(locale_id, content_type_id, id) WHERE live AND alias_of_id IS NULL"
)


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0010_search_entries"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="reportpage",
            index=models.Index(fields=["publication_date", "page_ptr"], name="report_newest"),
        ),
        migrations.RunSQL(SITEMAP_SECTION_INDEX, "DROP INDEX IF EXISTS pages_sitemap_section"),
    ]
