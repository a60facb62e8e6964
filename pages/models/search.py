"""The site's own full-text index: one row per live page, in its language.

Wagtail's database search backend keeps one entry per object with a title and a body
vector, and filters on `title || body`, an expression no index serves, with a single
text-search configuration for every language. Here each page's words are stored once,
already stemmed by its own language's configuration, in a column with a GIN index, so a
query reads only the entries that match (pages/search_index.py).
"""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import F
from django.utils.translation import gettext_lazy as _


class SearchEntry(models.Model):
    """What site search matches for one page: its words (title weighted above the
    rest), its language and its type. Written when a page is saved (PostgreSQL only;
    SQLite keeps using Wagtail's backend), rebuilt by `manage.py update_search_entries`."""

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    content_type = models.ForeignKey(
        "contenttypes.ContentType", on_delete=models.CASCADE, related_name="+"
    )
    vector = SearchVectorField(null=True)
    published_at = models.DateTimeField(
        null=True,
        help_text=_(
            "When the page was last published (a search matching very many pages ranks the newest)."
        ),
    )

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        indexes = [
            # No pending list (fastupdate): pages are saved rarely and read often, and a
            # pending list must be read in full by every query until it is merged.
            GinIndex(fields=["vector"], name="pages_search_vector_gin", fastupdate=False),
            # In the order of `matching_page_ids` (newest first, undated last), so that a
            # word found on most pages is answered by walking this index and stopping at
            # MAX_RANKED matches, not by sorting every match.
            models.Index(
                F("locale"),
                F("published_at").desc(nulls_last=True),
                F("page").desc(),
                name="pages_search_newest",
            ),
        ]

    def __str__(self):
        return f"search entry of page {self.page_id}"
