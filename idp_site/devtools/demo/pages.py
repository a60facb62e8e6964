"""Demo content of the shared app: the home page, general pages and site settings.

Written in the project's own words from the facts in shared/docs/organization.md.
`upsert_page` is reused by the other apps' demo content.
"""

import json
from io import BytesIO
from urllib.parse import urlsplit

from django.conf import settings
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.images.models import Filter
from wagtail.models import Locale, Page, Site

from idp_site.devtools.demo import pages_sections
from pages.intake.models import AttorneyHelpPage, LegalHelpPage
from pages.models import HomePage, SiteSettings, StandardPage

#: The renditions templates ask for, written exactly as in their `{% picture %}` tags.
#: Keep these in step with the templates: `pregenerate_renditions` makes them ahead of
#: the first reader, and a test checks a page then renders without making new ones.
BODY_IMAGE_SPECS = "format-{avif,webp,jpeg} width-{480,800,1200}"  # blocks/image.html
HERO_IMAGE_SPECS = "format-{avif,webp,jpeg} width-{640,1280,1920}"  # pages/home_page.html

HOTLINE = "(212) 725-6422"


def _without_ids(data):
    if isinstance(data, dict):
        return {k: _without_ids(v) for k, v in data.items() if k != "id"}
    if isinstance(data, list):
        return [_without_ids(v) for v in data]
    return data


def _differs(page, name, value):
    """Whether setting `name` to `value` would change the page. StreamFields compare by
    their stored JSON without block ids, which are new on every conversion."""
    field = page._meta.get_field(name)
    if isinstance(field, StreamField):
        stream_block = field.stream_block
        old = stream_block.get_prep_value(getattr(page, name))
        new = stream_block.get_prep_value(field.to_python(value))
        return json.dumps(_without_ids(old), sort_keys=True, default=str) != json.dumps(
            _without_ids(new), sort_keys=True, default=str
        )
    return getattr(page, name) != value


def upsert_page(parent, model, slug, **fields):
    """Create `model` under `parent` with `slug`, or bring an existing one up to date.

    Publishes only when something changed, so a second run writes nothing new.
    """
    existing = parent.get_children().filter(slug=slug).first()
    if existing is None:
        page = model(slug=slug, **fields)
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page
    page = existing.specific
    if not isinstance(page, model):
        raise TypeError(f"{page.url_path} is a {type(page).__name__}, not a {model.__name__}")
    changed = False
    for name, value in fields.items():
        if _differs(page, name, value):
            setattr(page, name, value)
            changed = True
    if changed or not page.live:
        page.save_revision().publish()
    return page


def upsert_translation(source, language_code, **fields):
    """The translation of `source` into `language_code`, created with
    `copy_for_translation` (as wagtail-localize does) when missing, then given `fields`
    and published only when something changed, like `upsert_page`."""
    locale = Locale.objects.get(language_code=language_code)
    existing = source.get_translation_or_none(locale)
    if existing is None:
        page = source.copy_for_translation(locale).specific
        changed = True
    else:
        page = existing.specific
        changed = False
    for name, value in fields.items():
        if _differs(page, name, value):
            setattr(page, name, value)
            changed = True
    if changed or not page.live:
        page.save_revision().publish()
    return page


def pregenerate_renditions(images, *spec_patterns):
    """Make every rendition `spec_patterns` names for each image, so the first reader of
    a page does not wait for AVIF encoding. Patterns are written as in the templates
    (e.g. `BODY_IMAGE_SPECS`); existing renditions are reused, so running it again
    creates nothing. Other sections call it with their images and their templates'
    patterns. Returns how many renditions the images now have for these patterns."""
    specs = [spec for pattern in spec_patterns for spec in Filter.expand_spec(pattern)]
    count = 0
    for image in images:
        count += len(image.get_renditions(*specs))
    return count


def generated_image(title, size=(1200, 675), colors=("#1d3557", "#e9c46a")):
    """A demo image drawn here (bands of two colours), found by title on later runs so
    loading the demo content twice makes one image, not two."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing is not None:
        return existing
    canvas = PILImage.new("RGB", size, colors[0])
    draw = ImageDraw.Draw(canvas)
    width, height = size
    for i in range(0, width + height, 120):
        draw.line([(i, 0), (i - height, height)], fill=colors[1], width=40)
    buffer = BytesIO()
    canvas.save(buffer, format="JPEG", quality=85)
    slug = "".join(ch if ch.isalnum() else "-" for ch in title.lower()).strip("-")
    image = Image(title=title, file=ImageFile(buffer, name=f"{slug}.jpg"))
    image.save()
    return image


def image_block(image, alt_text):
    return {
        "type": "image",
        "value": {"image": image.pk, "alt_text": alt_text, "decorative": False},
    }


def paragraph(*texts):
    return [{"type": "paragraph", "value": "".join(f"<p>{t}</p>" for t in texts)}]


def public_host():
    """(hostname, port) of `WAGTAILADMIN_BASE_URL`, the one setting that names the site's
    public address: emails link to it, and the default site carries it so that feeds,
    canonical links and sitemaps name the real host rather than "localhost"."""
    parts = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    return parts.hostname or "localhost", parts.port or (443 if parts.scheme == "https" else 80)


def ensure_home(**fields):
    """The English home page, made the default site's root. On a fresh database this
    replaces Wagtail's placeholder "Welcome" page."""
    home = upsert_page(Page.get_first_root_node(), HomePage, "idp", **fields)
    hostname, port = public_host()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site.objects.create(
            hostname=hostname,
            port=port,
            root_page=home,
            is_default_site=True,
            site_name="Immigrant Defense Project",
        )
    elif site.root_page_id != home.pk:
        placeholder = site.root_page
        site.root_page = home
        site.site_name = "Immigrant Defense Project"
        site.save()
        if placeholder.specific_class is Page and not placeholder.get_children().exists():
            placeholder.delete()
    if (site.hostname, site.port) != (hostname, port):
        site.hostname, site.port = hostname, port
        site.save()
    return home


HOME_BODY = [
    {
        "type": "key_figure",
        "value": {
            "figure": "More than 2 million",
            "label": "people were deported by the United States in five years.",
            "source": "U.S. government removal statistics",
        },
    },
    {
        "type": "paragraph",
        "value": (
            "<p>The federal government names people with criminal convictions as a "
            "first target for deportation. For an immigrant New Yorker, a guilty plea "
            "to a minor charge can mean detention and separation from family.</p>"
        ),
    },
]


def load_help_pages(home):
    """The legal-help intake page and the attorney page, in the project's own words."""
    legal_help = upsert_page(
        home,
        LegalHelpPage,
        "get-legal-help",
        title="Get legal help",
        show_in_menus=True,
        search_description=(
            "Ask our legal team to call you back about immigration and a criminal case. "
            "Free and confidential."
        ),
        intro=(
            "<p>If you or someone close to you is not a U.S. citizen and has been arrested, "
            "charged or convicted, a criminal case can change what happens with "
            "immigration. Tell us how to reach you and our legal team will call you back. "
            "You do not need to explain your case here.</p>"
        ),
        hotline_text=(
            "The hotline gives free advice by phone on weekdays. We speak English and "
            "Spanish and find interpreters for other languages."
        ),
        next_steps=(
            "<p>Someone from our legal team will contact you, usually within two working "
            "days, using the phone number or email you gave. If you told us a message is "
            "not safe, we will not leave one. We will ask the questions we need on the "
            "call.</p>"
        ),
    )
    attorneys = upsert_page(
        home,
        AttorneyHelpPage,
        "attorneys",
        title="For defense attorneys",
        search_description=(
            "Defense attorneys can ask our legal team about the immigration consequences "
            "of a client's criminal case."
        ),
        intro=(
            "<p>Representing a noncitizen in a criminal case? Before a plea, ask us how the "
            "charge and the possible dispositions could affect your client's immigration "
            "situation. Describe the case in general terms; do not name your client.</p>"
        ),
        hotline_text=(
            "When a plea or a hearing is close, call rather than write: the same number "
            "reaches our attorneys."
        ),
        next_steps=(
            "<p>One of our attorneys will answer by phone or email, usually within two "
            "working days and sooner when a hearing is close.</p>"
        ),
    )
    return legal_help, attorneys


def load(command):
    home = ensure_home(
        title="Immigrant Defense Project",
        seo_title="Immigrant Defense Project: where criminal and immigration law meet",
        search_description=(
            "The Immigrant Defense Project works in New York where criminal law and "
            "immigration law meet, so that a criminal case does not end in deportation."
        ),
        hero_heading="A criminal case should not end in deportation",
        hero_text=(
            "We defend the rights of immigrants caught where the criminal legal system "
            "and the immigration system meet, in New York and across the country."
        ),
        body=HOME_BODY,
        footer_text="Defending the rights of immigrants where criminal and immigration law meet.",
    )

    pattern = generated_image("Demo: diagonal bands")
    about = upsert_page(
        home,
        StandardPage,
        "about",
        title="About us",
        show_in_menus=True,
        search_description="Who we are and why we work where criminal and immigration law meet.",
        intro=(
            "The Immigrant Defense Project is a New York organization that works where "
            "criminal law and immigration law meet."
        ),
        body=paragraph(
            "A conviction, even for a minor offense, can lead to detention and "
            "deportation. We train defenders, advise immigrants and their families, "
            "and press for laws and practices that keep a criminal case from turning "
            "into a life sentence of exile.",
            f"For legal advice, call our hotline at {HOTLINE}.",
        )
        + [image_block(pattern, "Diagonal blue and gold bands (a placeholder image).")],
    )
    upsert_page(
        home,
        StandardPage,
        "strategic-research-initiatives",
        title="Strategic Research Initiatives",
        show_in_menus=True,
        search_description=(
            "How we look for points of intervention in policy, policing, courts and penal "
            "codes to expand the rights of noncitizens and citizens alike."
        ),
        intro=(
            "Our Strategic Research Initiatives look for the places where a change in "
            "local, state or federal practice can keep people out of the "
            "arrest-to-deportation pipeline."
        ),
        body=paragraph(
            "We study policing, the choices of judges and prosecutors, state penal codes "
            "and litigation, looking for points of intervention that expand rights for "
            "noncitizens and citizens alike.",
            "We focus on the offenses with the harshest immigration consequences, such "
            "as drug and sex offenses, and on communities that are heavily policed: "
            "LGBTQ people, survivors of domestic violence, young people, and people "
            "labeled as gang members.",
        ),
    )
    upsert_page(
        about,
        StandardPage,
        "contact",
        title="Contact us",
        search_description="How to reach the Immigrant Defense Project.",
        intro=f"For legal advice, call our hotline at {HOTLINE}.",
        body=paragraph(
            "Attorneys with questions about the immigration consequences of a client's "
            "case can use the attorney line described on our help pages."
        ),
    )

    legal_help, attorneys = load_help_pages(home)

    site = Site.objects.get(is_default_site=True)
    site_settings = SiteSettings.for_site(site)
    wanted = dict(
        legal_help_page_id=legal_help.pk,
        attorney_page_id=attorneys.pk,
        organization_name="Immigrant Defense Project",
        hotline=HOTLINE,
        general_email="info@immdefense.org",
        press_email="press@immdefense.org",
        address="New York, NY",
    )
    if any(getattr(site_settings, k) != v for k, v in wanted.items()):
        for key, value in wanted.items():
            setattr(site_settings, key, value)
        site_settings.save()
    renditions = pregenerate_renditions([pattern], BODY_IMAGE_SPECS)
    command.stdout.write(
        "pages: home, about, research initiatives, contact, legal help, attorneys, "
        f"settings, {renditions} renditions"
    )

    pages_sections.load(command, home, upsert_page)
