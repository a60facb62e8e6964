"""Each role's admin menu offers only what that role may open: every link in the
sidebar answers 200 for the person who sees it (no menu item that refuses them)."""

import json
import re

import pytest
from django.urls import reverse

from pages.roles import COMMUNICATIONS, INTAKE, MODERATORS
from tests.conftest import login_with_mfa

pytestmark = pytest.mark.django_db


def menu_links(html):
    """(label, url) of every item in the admin sidebar, submenus included."""
    props = re.search(r'id="wagtail-sidebar-props"[^>]*>(.*?)</script>', html, re.S).group(1)
    found = []

    def walk(node):
        if isinstance(node, dict):
            if isinstance(node.get("url"), str) and "label" in node:
                found.append((node["label"], node["url"]))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads(props))
    return found


@pytest.mark.parametrize("group", [INTAKE, COMMUNICATIONS, MODERATORS])
def test_every_menu_item_a_role_sees_opens_for_it(client, home, make_user, group):
    login_with_mfa(client, make_user("staff", groups=[group]))
    dashboard = reverse("wagtailadmin_home")
    links = menu_links(client.get(dashboard).content.decode())
    assert len(links) > 3  # the menu was read
    refused = []
    for label, url in links:
        if url.startswith("http") or url == "#":
            continue
        response = client.get(url, follow=True)
        landed = response.redirect_chain[-1][0] if response.redirect_chain else url
        # A refusal is a 403, or a redirect to the dashboard with a permission message.
        sent_back = landed == dashboard and url != dashboard
        if response.status_code != 200 or sent_back:
            refused.append((label, url, landed, response.status_code))
    assert refused == []


def test_the_intake_team_sees_its_own_menu_and_not_the_site_editors(client, home, make_user):
    login_with_mfa(client, make_user("intaker", groups=[INTAKE]))
    labels = [
        label
        for label, _url in menu_links(client.get(reverse("wagtailadmin_home")).content.decode())
    ]
    assert "Legal-help intake" in labels
    assert "Translation status" not in labels
