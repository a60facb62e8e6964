"""The statement page with the caches on, as in production: a change to the signers
shows at once, each reader gets a one-time token, and public signatures never empty the
site's page cache."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from campaigns.models import Signatory
from idp_site.caching.version import bump as invalidate_page_cache
from idp_site.caching.version import current as current_generation
from tests.conftest import add_page, login_with_mfa

from .conftest import CANARY_EMAIL, STATEMENT_URL, sign_data
from .test_admin import _signer
from .test_list_and_outbox import _approve_many

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fragments_on(settings):
    settings.PAGE_FRAGMENT_CACHE = True
    settings.PAGE_CACHE_ENABLED = True  # the statement page still must not be kept whole


def _get(client, url=STATEMENT_URL):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return response.content.decode(), len(ctx)


def _names(html):
    return re.findall(r'<span class="signer-list__name">([^<]+)</span>', html)


def test_approving_rejecting_and_editing_show_at_once(client, statement):
    _approve_many(statement, 3)
    pending = _signer(statement, "Pending Person", "pending@example.org", kind="individual")
    html, _ = _get(client)
    assert "Pending Person" not in _names(html)

    pending.status = "approved"
    pending.save()
    assert "Pending Person" in _names(_get(client)[0])

    # A rename keeps the count: the list must change all the same.
    renamed = Signatory.objects.get(contact_name="Person 00002")
    renamed.contact_name = "Renamed Person"
    renamed.save()
    names = _names(_get(client)[0])
    assert "Renamed Person" in names and "Person 00002" not in names

    # One out and one in: the same count, another list.
    Signatory.objects.filter(contact_name="Person 00001").update(status="rejected")
    late = _signer(statement, "Late Person", "late@example.org", "approved", "individual")
    assert late.updated_at
    names = _names(_get(client)[0])
    assert "Person 00001" not in names and "Late Person" in names


def test_bulk_approval_in_the_admin_shows_at_once(client, statement, comms_member):
    pending = _signer(statement, "Queued Org", "queued@example.org")
    _approve_many(statement, 2)
    assert "Queued Org" not in _names(_get(client)[0])
    login_with_mfa(client, comms_member)
    response = client.post(
        "/admin/bulk/campaigns/signatory/approve/?next=/admin/&id=" + str(pending.pk)
    )
    assert response.status_code == 302
    client.logout()
    assert "Queued Org" in _names(_get(client)[0])


def test_a_blank_form_keeps_its_fields_but_gets_a_new_token_each_time(client, statement):
    first, _ = _get(client)
    again, _ = _get(client)
    token = re.compile(r'name="form_token" value="([^"]+)"')
    assert token.search(first).group(1) != token.search(again).group(1)
    assert 'name="organization_name"' in again and 'name="acknowledged"' in again


def test_a_form_with_errors_is_rendered_with_what_was_typed(client, statement):
    _get(client)  # the blank form's fields are now kept rendered
    response = client.post(STATEMENT_URL, sign_data(contact_name="", city="Astoria"))
    html = response.content.decode()
    assert response.status_code == 200
    assert 'value="Astoria"' in html and f'value="{CANARY_EMAIL}"' in html
    assert 'href="#id_contact_name">Enter your name.' in html
    assert _get(client)[0].count('value="Astoria"') == 0  # and the next reader's is blank


def test_a_public_signature_does_not_empty_the_page_cache(client, statement):
    invalidate_page_cache()
    before = current_generation()
    response = client.post(STATEMENT_URL, sign_data())
    assert response.status_code == 303
    assert Signatory.objects.filter(email_normalized=CANARY_EMAIL).exists()
    assert current_generation() == before


def test_a_page_edit_still_empties_it(statement, campaign):
    invalidate_page_cache()
    before = current_generation()
    add_page(campaign.get_parent(), type(campaign)(title="Another", slug="another", goal="x"))
    assert current_generation() != before


def test_a_process_that_cannot_reach_the_cache_still_shows_every_new_signer(
    client, statement, settings
):
    """A partition: this process cannot reach Redis, another one can and records new
    signers there only. The list must not be kept here on anything that process wrote."""
    from tests.faults.conftest import use_cache_server
    from tests.faults.servers import unreachable_url

    _approve_many(statement, 2)
    use_cache_server(settings, unreachable_url())
    assert len(_names(_get(client)[0])) == 2
    # The other process's signer (written without signals here: its touch went to the
    # cache server only, which this process cannot see).
    other = Signatory(
        statement=statement, submission_token="other", kind="individual",
        contact_name="Other Process", email="o@example.org", email_normalized="o@example.org",
        city="Queens", consent_to_list=True, status="approved",
    )  # fmt: skip
    Signatory.objects.bulk_create([other])
    assert "Other Process" in _names(_get(client)[0])
