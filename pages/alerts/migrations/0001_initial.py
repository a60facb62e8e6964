# The room's first migration: it holds nothing yet, so that the room's later migrations
# follow the content site's.
from django.db import migrations


class Migration(migrations.Migration):
    initial = True
    dependencies = [("pages", "0026_menu_links_to_site_addresses")]
    operations = []
