"""`manage.py bench_publish <path> <title>`: publish a new revision of the page at
`path` with `title`, as an editor would, and print one JSON line once it is committed:
{"old_title": ..., "published_at": <time.time()>}.

The second process of `idp_site.devtools.bench.visibility`; never used by the site.
"""

import json
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.test import RequestFactory
from django.urls import Resolver404, resolve
from django.utils import translation
from wagtail.models import Page


def page_at(path):
    """The live page a reader gets at `path` (with its language prefix), or None."""
    language = translation.get_language_from_path(path)
    if language is None:
        return None
    with translation.override(language):
        try:
            match = resolve(path)
        except Resolver404:
            return None
        request = RequestFactory().get(path, HTTP_HOST="127.0.0.1")
        # Wagtail's serve pattern passes the path as its one positional argument.
        path_in_site = match.args[0] if match.args else match.kwargs.get("path", "")
        page = Page.find_for_request(request, path_in_site)
    return page.specific if page is not None else None


class Command(BaseCommand):
    help = "Publish a new title for the page at a URL path (benchmark only)."

    def add_arguments(self, parser):
        parser.add_argument("path", help="A page's URL path, such as /en/about/.")
        parser.add_argument("title")

    def handle(self, *args, **options):
        page = page_at(options["path"])
        if page is None:
            raise CommandError(f"No page at {options['path']}")
        old_title = page.title
        page.title = options["title"]
        with transaction.atomic():
            page.save_revision().publish()
        # After the commit: what another process can see from now on.
        published_at = time.time()
        self.stdout.write(json.dumps({"old_title": old_title, "published_at": published_at}))
        self.stdout.flush()  # the reader times from this line
