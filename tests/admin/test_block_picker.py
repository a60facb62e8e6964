"""The block picker shows each block's name, description and a preview drawn from its
preview value with the site's stylesheet (Wagtail's shared block preview template)."""

import pytest
from django.urls import reverse

from pages.blocks import BodyBlock
from pages.roles import COMMUNICATIONS
from tests.conftest import login_with_mfa

pytestmark = pytest.mark.django_db

#: Blocks whose preview needs a file or image the site may not have: the picker shows
#: their description instead.
NO_PREVIEW = {"image", "document", "paragraph"}


def test_blocks_have_names_descriptions_and_previews(client, home, make_user):
    login_with_mfa(client, make_user("comms", groups=[COMMUNICATIONS]))
    children = BodyBlock().child_blocks
    labels = {name: str(block.label) for name, block in children.items()}
    assert labels["faq"] == "Questions and answers"
    assert labels["embed"] == "Media link"
    assert labels["chart"] == "Bar chart"
    for name, block in children.items():
        assert block.get_description(), name
        if name in NO_PREVIEW:
            continue
        assert block.is_previewable, name
        response = client.get(
            reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix}
        )
        assert response.status_code == 200, name
        html = response.content.decode()
        assert "/static/css/site.css" in html, name
        assert f"block-{name}" in html, name
    faq = client.get(
        reverse("wagtailadmin_block_preview"), {"id": children["faq"].definition_prefix}
    ).content.decode()
    assert "Does this apply to me?" in faq


def test_the_editor_tells_the_picker_which_blocks_preview(client, home, make_user):
    from pages.models import StandardPage
    from tests.conftest import add_page

    page = add_page(home, StandardPage(title="About", slug="about", search_description="x"))
    login_with_mfa(client, make_user("comms", groups=[COMMUNICATIONS]))
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "isPreviewable&quot;: true" in html or '"isPreviewable": true' in html
    assert "Questions and answers that readers open one at a time." in html
