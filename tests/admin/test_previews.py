"""Previews and the Checks panel: the admin shows each page type's preview in a
same-origin frame, so preview responses carry the admin's policy, while the public
pages keep `frame-ancestors 'none'`."""

import pytest
from django.urls import reverse
from wagtail.models import Page

from pages.roles import COMMUNICATIONS
from tests.conftest import login_with_mfa
from tests.security.test_headers import directives

pytestmark = pytest.mark.django_db


@pytest.fixture
def one_page_per_type(demo_content):
    pages = {}
    for page in Page.objects.filter(depth__gt=1, live=True).specific().order_by("path"):
        pages.setdefault(type(page).__name__, page)
    return pages


def test_every_page_type_previews_in_the_admin_frame(client, make_user, one_page_per_type):
    editor = make_user("comms", groups=[COMMUNICATIONS])
    login_with_mfa(client, editor)
    assert len(one_page_per_type) >= 10, sorted(one_page_per_type)
    for name, page in one_page_per_type.items():
        # The same preview request as the side panel's, for the saved revision (the
        # panel's own view first needs the editor's posted form).
        url = reverse("wagtailadmin_pages:revisions_view", args=[page.pk, page.latest_revision_id])
        response = client.get(url)
        assert response.status_code == 200, name
        policy = directives(response["Content-Security-Policy"])
        assert policy["frame-ancestors"] == ["'self'"], name
        # The page itself is rendered, with the userbar the Checks panel runs in.
        assert page.title.split()[0] in response.content.decode(), name
        assert "wagtail-userbar" in response.content.decode() or "w-userbar" in (
            response.content.decode()
        ), name


def test_the_side_panel_preview_may_be_framed_by_the_admin(client, make_user, home):
    from wagtail.test.utils.form_data import nested_form_data, streamfield

    from pages.models import StandardPage
    from tests.conftest import add_page

    page = add_page(home, StandardPage(title="About", slug="about", search_description="x"))
    login_with_mfa(client, make_user("comms", groups=[COMMUNICATIONS]))
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    data = nested_form_data(
        {"title": "About us, in draft", "slug": "about", "intro": "", "body": streamfield([])}
    )
    data.update({"search_description": "x", "topic_links-TOTAL_FORMS": "0"})
    assert client.post(url, data).json()["is_valid"] is True
    response = client.get(url)
    assert response.status_code == 200
    assert "About us, in draft" in response.content.decode()
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert directives(response["Content-Security-Policy"])["frame-ancestors"] == ["'self'"]


def test_public_pages_still_refuse_every_frame(client, one_page_per_type):
    for name, page in one_page_per_type.items():
        if getattr(page, "is_private_page", False):
            continue
        response = client.get(page.url, HTTP_HOST=page.get_site().hostname)
        if response.status_code != 200:
            continue
        policy = directives(response["Content-Security-Policy"])
        assert policy["frame-ancestors"] == ["'none'"], name
        assert response["X-Frame-Options"] == "DENY", name
