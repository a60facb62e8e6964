"""The One Day statement of support in the demo content: a real statement page under
the campaign, linked from its resources, with approved demo signers marked "(demo)",
plainly fictional, and signing closed since the law passed."""

import pytest
from django.core.management import call_command
from wagtail.models import Page, Revision

from campaigns.models import CampaignPage, Signatory, StatementOfSupportPage

pytestmark = pytest.mark.django_db


def _snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "signers": list(Signatory.objects.order_by("pk").values_list("pk", "status")),
    }


def test_demo_statement_is_idempotent_linked_and_lists_demo_signers(client, demo_content):
    first = _snapshot()
    call_command("load_demo_content")
    assert _snapshot() == first

    campaign = CampaignPage.objects.get(slug="one-day")
    statement = StatementOfSupportPage.objects.get(locale__language_code="en")
    assert statement.get_parent().pk == campaign.pk
    # The campaign is won: its call to action leads to what changed, not to signing.
    assert campaign.action_page.slug == "one-day-background"
    linked = [b.value["page"].pk for b in campaign.resources if b.block_type == "statement"]
    assert linked == [statement.pk]
    signers = Signatory.objects.filter(statement=statement)
    assert signers.count() == 5
    assert all("(demo)" in s.public_name for s in signers)
    assert all(s.status == "approved" and s.consent_to_list for s in signers)
    assert not Page.objects.filter(slug="one-day-statement-of-support").exists()

    host = {"HTTP_HOST": "localhost"}
    html = client.get("/en/campaigns/one-day/statement-of-support/", **host).content.decode()
    assert "Fictional Group A (demo)" in html
    assert "3 organizations, 2 individuals." in html
    assert "@example.org" not in html
    text = client.get("/en/campaigns/one-day/", **host).content.decode()
    assert 'href="/en/campaigns/one-day/statement-of-support/"' in text
    # The Spanish statement is the same statement: same signers, linked in Spanish.
    html = client.get("/es/campanas/un-dia/declaracion-de-apoyo/", **host).content.decode()
    assert "Fictional Group A (demo)" in html
    text = client.get("/es/campanas/un-dia/", **host).content.decode()
    assert 'href="/es/campanas/un-dia/declaracion-de-apoyo/"' in text
    assert "/en/campaigns/one-day/statement-of-support/" not in text


def test_old_demo_statement_page_is_taken_off_the_site(client, demo_content):
    from pages.models import HomePage, StandardPage

    home = HomePage.objects.get(locale__language_code="en")
    old = StandardPage(
        title="Old statement", slug="one-day-statement-of-support", search_description="x"
    )
    home.add_child(instance=old)
    old.save_revision().publish()
    call_command("load_demo_content")
    old.refresh_from_db()
    assert not old.live
