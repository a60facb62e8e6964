"""The help forms with fragment caching on, as in production: a blank form's fields are
kept rendered, yet each reader gets a fresh one-time token, a form sent back with errors
shows what was typed, and what one person typed is never shown to the next."""

import re

import pytest

from pages.intake.models import AttorneyQuestion, IntakeRequest

from .conftest import ATTORNEY_URL, CANARY, HELP_URL, attorney_data, canary_in, intake_data

pytestmark = pytest.mark.django_db
TOKEN = re.compile(r'name="form_token" value="([^"]+)"')


@pytest.fixture(autouse=True)
def _fragments_on(settings):
    settings.PAGE_FRAGMENT_CACHE = True
    settings.PAGE_CACHE_ENABLED = True


@pytest.mark.parametrize(
    "url,data,field",
    [(HELP_URL, intake_data, "name"), (ATTORNEY_URL, attorney_data, "name")],
    ids=["legal help", "attorney"],
)
def test_blank_fields_are_shared_but_tokens_and_answers_are_not(
    client, help_page, attorney_page, url, data, field
):
    first = client.get(url).content.decode()
    again = client.get(url).content.decode()
    assert TOKEN.search(first).group(1) != TOKEN.search(again).group(1)
    assert f'name="{field}"' in again and 'name="acknowledged"' in again
    assert 'class="notice' in again  # the notice before the acknowledgement box

    posted = {k: v for k, v in data().items() if k != "acknowledged"}
    response = client.post(url, posted)
    html = response.content.decode()
    assert response.status_code == 200
    assert IntakeRequest.objects.count() == AttorneyQuestion.objects.count() == 0
    assert CANARY in html  # what was typed is kept
    assert 'href="#id_acknowledged"' in html

    after = client.get(url).content.decode()
    assert not canary_in(after)  # the next reader gets a blank form
    assert TOKEN.search(after).group(1) != TOKEN.search(again).group(1)
