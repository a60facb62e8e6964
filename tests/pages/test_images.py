"""Responsive images: AVIF, WebP and JPEG renditions at explicit sizes, made ahead of
the first reader by the demo content."""

import pytest
from django.core.management import call_command
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.images.models import Rendition

from idp_site.devtools.demo.pages import (
    BODY_IMAGE_SPECS,
    HERO_IMAGE_SPECS,
    generated_image,
    image_block,
    pregenerate_renditions,
)
from pages.models import StandardPage
from tests.conftest import add_page, login_with_mfa

pytestmark = pytest.mark.django_db


@pytest.fixture
def image(db):
    return generated_image("Test: bands", size=(1300, 700))


@pytest.mark.parametrize(("spec", "pil_format"), [("avif", "AVIF"), ("webp", "WEBP")])
def test_pillow_writes_modern_formats(image, spec, pil_format):
    rendition = image.get_rendition(f"format-{spec}|width-480")
    with rendition.file.open("rb") as fh, PILImage.open(fh) as decoded:
        assert decoded.format == pil_format
        assert decoded.size[0] == 480


def test_body_image_renders_a_picture_with_three_formats_and_sizes(client, home, image):
    add_page(
        home,
        StandardPage(
            title="Pictured",
            slug="pictured",
            search_description="x",
            body=[image_block(image, "Blue and gold bands")],
        ),
    )
    html = client.get("/en/pictured/").content.decode()
    assert "<picture>" in html
    assert 'type="image/avif"' in html
    assert 'type="image/webp"' in html
    assert 'sizes="(min-width: 50em) 46em, 100vw"' in html
    assert 'alt="Blue and gold bands"' in html
    assert 'loading="lazy"' in html
    assert " 1200w" in html


def test_pregenerated_renditions_are_all_a_page_needs(client, home, image, site_settings):
    made = pregenerate_renditions([image], BODY_IMAGE_SPECS, HERO_IMAGE_SPECS)
    assert made == 18
    assert pregenerate_renditions([image], BODY_IMAGE_SPECS) == 9  # reused, not remade
    count = Rendition.objects.count()
    home.hero_image = image
    home.body = [image_block(image, "Bands")]
    home.save_revision().publish()
    html = client.get("/en/").content.decode()
    assert 'class="hero__image"' in html
    assert 'alt=""' in html  # the hero is decorative
    assert Rendition.objects.count() == count


def test_demo_content_makes_its_renditions_once(client, demo_content):
    images, renditions = get_image_model().objects.count(), Rendition.objects.count()
    assert images >= 1
    assert renditions >= 9  # at least the body image's 3 widths x 3 formats
    call_command("load_demo_content")
    assert get_image_model().objects.count() == images
    assert Rendition.objects.count() == renditions


def test_the_image_form_explains_the_text_alternative(client, image, make_user):
    login_with_mfa(client, make_user("editor", superuser=True))
    html = client.get(f"/admin/images/{image.pk}/").content.decode()
    assert "The text alternative: say in a sentence what the picture shows" in html
