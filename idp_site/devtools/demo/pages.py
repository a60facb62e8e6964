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
from wagtail.models import Page, Site

from idp_site.devtools.demo import pages_sections
from idp_site.devtools.demo.facts import HOTLINE, HOTLINE_HOURS, HOTLINE_NUMBER
from pages.intake.models import AttorneyHelpPage, LegalHelpPage
from pages.models import HelpLine, HelpLineHours, HomePage, SiteSettings, StandardPage

#: The renditions templates ask for, written exactly as in their `{% picture %}` tags.
#: Keep these in step with the templates: `pregenerate_renditions` makes them ahead of
#: the first reader, and a test checks a page then renders without making new ones.
BODY_IMAGE_SPECS = "format-{avif,webp,jpeg} width-{480,800,1200}"  # blocks/image.html
HERO_IMAGE_SPECS = "format-{avif,webp,jpeg} width-{640,1280,1920}"  # pages/home_page.html
COVER_IMAGE_SPECS = "format-{avif,webp,jpeg} width-{320,640}"  # pages/report_page.html


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


def generated_image(title, size=(1920, 1080)):
    """A demo illustration drawn here in the site's palette: a city skyline at dusk and
    the organization's two meeting arcs (criminal law and immigration law). Found by
    title on later runs, so loading the demo content twice makes one image, not two."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing is not None:
        return existing
    width, height = size
    k = width / 1200  # drawn on a 1200-wide grid, scaled to the image

    def box(*values):
        return [round(v * k) for v in values]

    canvas = PILImage.new("RGB", size, "#0f3d5e")
    draw = ImageDraw.Draw(canvas)
    for band in range(12):  # a dusk sky, darker at the top
        top = round(band * 40 * k)
        fill = (15, 61 + band * 6, 94 + band * 3)
        draw.rectangle([0, top, width, top + round(40 * k)], fill=fill)
    draw.ellipse(box(870, 80, 1030, 240), fill="#f2b233")
    heights = [260, 340, 220, 420, 300, 380, 250, 460, 330, 280, 400, 240, 350, 300]
    step = 1200 // len(heights)
    for i, tall in enumerate(heights):
        left = i * step
        draw.rectangle(box(left, 675 - tall, left + step - 8, 675), fill="#0a2a41")
        for row in range(675 - tall + 24, 675 - 20, 36):
            for col in range(left + 14, left + step - 22, 26):
                if (row + col + i) % 3:
                    draw.rectangle(box(col, row, col + 10, row + 16), fill="#f6d27a")
    draw.arc(box(140, 120, 520, 500), 200, 340, fill="#f2b233", width=round(22 * k))
    draw.arc(box(330, 120, 710, 500), 200, 340, fill="#ffffff", width=round(22 * k))
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


#: Key figures say when they were counted. The organization's facts give "more than 2
#: million deported in five years" without the years, so that figure is not shown.
HOME_BODY = [
    {
        "type": "key_figure",
        "value": {
            "figure": "More than 34,000",
            "label": "people deported between 2007 and 2012 whose most serious conviction "
            "was marijuana possession.",
            "period": "2007–2012",
            "source": "Human Rights Watch, with help from IDP",
        },
    },
    {
        "type": "key_figure",
        "value": {
            "figure": "364 days",
            "label": "the longest sentence for a class A misdemeanor in New York since "
            "12 April 2019, a change we campaigned for.",
            "period": "",  # the label dates it
            "source": "New York Penal Law §70.15",
        },
    },
    {
        "type": "paragraph",
        "value": (
            "<p>The federal government names people with criminal convictions as a "
            "first target for deportation. For an immigrant New Yorker, a guilty plea "
            "to a minor charge can mean detention and separation from family. We give "
            "legal advice, train defenders, and change the laws and practices that "
            "feed the arrest-to-deportation pipeline.</p>"
        ),
    },
]


def support_block(donate):
    return {
        "type": "call_to_action",
        "value": {
            "heading": "Support our work",
            "text": "Your gift supports our hotline and our defense of immigrant New Yorkers.",
            "link_text": "Donate",
            "page": donate.pk,
            "url": "",
        },
    }


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
            "The form is confidential."
        ),
        intro=(
            "<p>If you or someone close to you is not a U.S. citizen and has been arrested, "
            "charged or convicted, a criminal case can change what happens with "
            "immigration. Tell us how to reach you and our legal team will call you back. "
            "You do not need to explain your case here.</p>"
        ),
        next_steps=(
            "<p>Someone from our legal team will contact you using the phone number or "
            "email you gave. If you told us a message is not safe, we will not leave one. "
            "We will ask the questions we need on the call.</p>"
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
            "<p>One of our attorneys will answer you using the phone number or email you gave.</p>"
        ),
    )
    return legal_help, attorneys


#: The pages linked from the footer and the about section: slug, title, description,
#: intro, body paragraphs. Plain strings, so the Spanish edition can translate them.
ABOUT_PAGES = [
    (
        "strategic-research-initiatives",
        "Strategic Research Initiatives",
        "How we look for points of intervention in policy, policing, courts and penal "
        "codes to expand the rights of noncitizens and citizens alike.",
        "Our Strategic Research Initiatives look for the places where a change in local, "
        "state or federal practice can keep people out of the arrest-to-deportation "
        "pipeline.",
        [
            "We study policing, the choices of judges and prosecutors, state penal codes "
            "and litigation, looking for points of intervention that expand rights for "
            "noncitizens and citizens alike.",
            "We focus on the offenses with the harshest immigration consequences, such as "
            "drug and sex offenses, and on communities that are heavily policed: LGBTQ "
            "people, survivors of domestic violence, young people, and people labeled as "
            "gang members.",
        ],
    ),
    (
        "contact",
        "Contact us",
        "How to reach the Immigrant Defense Project: the hotline, the attorney line, "
        "email and press.",
        "For legal advice, call our hotline. Defense attorneys and journalists can reach us too.",
        [
            f"For legal advice, call our hotline at {HOTLINE}.",
            "Defense attorneys with a question about a client's case can write to our "
            "attorneys from the page For defense attorneys, or call the same number when "
            "a plea or a hearing is close.",
            "For anything else, write to info@immdefense.org. Journalists can reach our "
            "press team at press@immdefense.org.",
            "We never ask for your immigration status by email. Do not send documents "
            "about your case by email; we will tell you how to share them safely.",
        ],
    ),
    (
        "press",
        "Press",
        "Press contacts and background for journalists covering immigration and criminal law.",
        "Journalists can reach our press team at press@immdefense.org.",
        [
            "Our attorneys can explain how a criminal case can lead to deportation, what "
            "New York's 364-day law changed and what it did not, and how ICE operates "
            "in and around the courts.",
            "We do not share the names or stories of people who call our hotline. The "
            "stories on this site are composites.",
        ],
    ),
    (
        "privacy",
        "Privacy",
        "What this website records about its readers, and what it does not.",
        "This site sets no tracking cookies, loads nothing from other websites and does "
        "not record your IP address with the forms you send.",
        [
            "When you ask for a callback, what you write is encrypted and read only by our "
            "intake staff. We keep a request for at most 90 days after its last change, "
            "then delete it.",
            "A form sets one cookie, needed to protect it from forgery. Pages without a "
            "form set none.",
            "To leave a help page quickly, use the \u201cLeave this site now\u201d link at "
            "its top.",
        ],
    ),
    (
        "donate",
        "Donate",
        "Support legal advice for immigrants and the fight against the "
        "arrest-to-deportation pipeline.",
        "Your gift supports our hotline and keeps our attorneys at the side of defenders "
        "across New York.",
        [
            "The Immigrant Defense Project is a nonprofit organization. Gifts of every "
            "size pay for our hotline, defender trainings, research and campaigns.",
            "To give by check or to ask about a larger gift, write to info@immdefense.org.",
        ],
    ),
]


def load_about_pages(home):
    """About us and the pages of ABOUT_PAGES; returns them by slug."""
    illustration = generated_image("Illustration: New York skyline and two meeting arcs")
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
        + [
            image_block(
                illustration,
                "Drawing of a New York skyline at dusk under two arcs that meet, one gold "
                "and one white.",
            )
        ],
    )
    pages = {"about": about}
    for slug, title, description, intro, texts in ABOUT_PAGES:
        parent = home if slug == "strategic-research-initiatives" else about
        pages[slug] = upsert_page(
            parent,
            StandardPage,
            slug,
            title=title,
            show_in_menus=slug == "strategic-research-initiatives",
            search_description=description,
            intro=intro,
            body=paragraph(*texts),
        )
    return pages, illustration


def load_settings(legal_help, attorneys, pages):
    site = Site.objects.get(is_default_site=True)
    site_settings = SiteSettings.for_site(site)
    wanted = dict(
        legal_help_page_id=legal_help.pk,
        attorney_page_id=attorneys.pk,
        contact_page_id=pages["contact"].pk,
        press_page_id=pages["press"].pk,
        privacy_page_id=pages["privacy"].pk,
        donate_page_id=pages["donate"].pk,
        organization_name="Immigrant Defense Project",
        general_email="info@immdefense.org",
        press_email="press@immdefense.org",
        address="New York, NY",
    )
    if any(getattr(site_settings, k) != v for k, v in wanted.items()):
        for key, value in wanted.items():
            setattr(site_settings, key, value)
        site_settings.save()


def load_help_line():
    """The hotline's number and hours, published with a revision and a log entry, as the
    review would: the Help line's history starts with the demo."""
    line = HelpLine.objects.order_by("pk").first()
    if line is None:
        line = HelpLine(hotline=HOTLINE_NUMBER)
        line.save()
    current = {row.language: row.text for row in line.hours.all()}
    if line.hotline == HOTLINE_NUMBER and current == HOTLINE_HOURS:
        return
    line.hotline = HOTLINE_NUMBER
    line.hours = [HelpLineHours(language=code, text=text) for code, text in HOTLINE_HOURS.items()]
    line.save_revision(log_action=True).publish(log_action=True)


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
        footer_text="Defending the rights of immigrants where criminal and immigration law meet.",
    )
    pages, illustration = load_about_pages(home)
    legal_help, attorneys = load_help_pages(home)
    home = upsert_page(
        Page.get_first_root_node(),
        HomePage,
        "idp",
        hero_image_id=illustration.pk,
        hero_link_page_id=legal_help.pk,
        hero_link_text="Get legal help",
        body=[*HOME_BODY, support_block(pages["donate"])],
    )
    load_settings(legal_help, attorneys, pages)
    load_help_line()
    renditions = pregenerate_renditions([illustration], BODY_IMAGE_SPECS, HERO_IMAGE_SPECS)
    command.stdout.write(
        "pages: home, about, research initiatives, contact, press, privacy, donate, legal "
        f"help, attorneys, settings, {renditions} renditions"
    )

    covers = pages_sections.load(command, home, upsert_page)
    pregenerate_renditions(covers, COVER_IMAGE_SPECS)
