from django.db import migrations

# The story index lists its stories newest first. Wagtail's index on first_published_at
# made PostgreSQL walk every page published after the newest story (a few thousand
# reports published since, say) to find ten stories; the listing now names the page type
# and this index serves it in order.
PAGES_NEWEST_BY_TYPE_INDEX = (
    "CREATE INDEX IF NOT EXISTS pages_newest_by_type ON wagtailcore_page "
    "(content_type_id, first_published_at DESC, id DESC) WHERE live"
)


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0019_pages_newest_index"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunSQL(PAGES_NEWEST_BY_TYPE_INDEX, "DROP INDEX IF EXISTS pages_newest_by_type"),
    ]
