from django.db import migrations

# The updates feed (pages/feeds.py) lists the newest live pages of one language, newest
# first with the id breaking ties. Wagtail's own index on first_published_at alone made
# PostgreSQL read and sort every page published at the same moment (an import, or
# scheduled pages going live together) to find twenty. Wagtail's page table is not ours,
# so the index is created here by name and dropped with the migration.
PAGES_NEWEST_INDEX = (
    "CREATE INDEX IF NOT EXISTS pages_newest ON wagtailcore_page "
    "(locale_id, first_published_at DESC, id DESC) WHERE live"
)


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0018_search_newest_in_query_order"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunSQL(PAGES_NEWEST_INDEX, "DROP INDEX IF EXISTS pages_newest"),
    ]
