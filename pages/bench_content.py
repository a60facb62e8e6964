"""Large content for `manage.py bench`: many general pages, in sections.

The bench runs `load_demo_content` first, then `generate(scale, stdout)` of every app's
`bench_content` module in INSTALLED_APPS order (reports, stories, campaigns and signers
add theirs the same way). `URLS` lists the page types the bench measures for this app:
(label, path, kind, expected status), where kind is "index" (home, listings, search),
"detail" or "error". Each path must exist with the demo content alone, so query counts
can be compared between the demo content and the large set.
"""

from django.utils import timezone
from wagtail.models import Locale

from pages.demo_content import (
    BODY_IMAGE_SPECS,
    generated_image,
    image_block,
    pregenerate_renditions,
)
from pages.models import HomePage, StandardPage

URLS = [
    ("home", "/en/", "index", 200),
    ("search", "/en/search/?q=immigration", "index", 200),
    ("standard page", "/en/about/", "detail", 200),
    ("not found", "/en/no-such-page/", "error", 404),
]

SECTIONS = 5
PAGES_PER_SCALE = 1000

WORDS = [
    "court",
    "plea",
    "counsel",
    "detention",
    "family",
    "hearing",
    "record",
    "advice",
    "defender",
    "community",
    "immigration",
    "criminal",
    "conviction",
    "relief",
    "rights",
    "training",
    "policy",
    "research",
]


def _text(seed, words):
    return " ".join(WORDS[(seed * 7 + i * 3) % len(WORDS)] for i in range(words))


def generate(scale, stdout):
    """Add `PAGES_PER_SCALE * scale` standard pages to the English home page, spread over
    SECTIONS menu sections; every tenth page has an image. Pages are published without
    revisions, which is what they would look like to readers and much faster to make."""
    home = HomePage.objects.get(locale=Locale.get_default())
    image = generated_image("Bench: bands", colors=("#2a9d8f", "#f4a261"))
    pregenerate_renditions([image], BODY_IMAGE_SPECS)
    now = timezone.now()
    total = PAGES_PER_SCALE * scale
    made = 0
    for s in range(SECTIONS):
        section = StandardPage(
            title=f"Section {s + 1}",
            slug=f"bench-section-{s + 1}",
            show_in_menus=True,
            intro=_text(s, 30),
            search_description=_text(s, 12),
            first_published_at=now,
        )
        home.add_child(instance=section)
        for i in range(s, total, SECTIONS):
            body = [{"type": "paragraph", "value": f"<p>{_text(i + k, 80)}</p>"} for k in range(4)]
            if i % 10 == 0:
                body.append(image_block(image, "Green and orange bands"))
            section.add_child(
                instance=StandardPage(
                    title=f"Page {i + 1}: {_text(i, 5)}",
                    slug=f"page-{i + 1}",
                    intro=_text(i, 40),
                    search_description=_text(i, 15),
                    body=body,
                    first_published_at=now,
                    last_published_at=now,
                )
            )
            made += 1
    stdout.write(f"pages: {SECTIONS} sections, {made} standard pages")
