"""A statement whose law has passed closes signing: no form, the editor's note in its
place, and a signature sent anyway refused with a message that says nothing was stored."""

import pytest

from campaigns.models import Signatory

from .conftest import STATEMENT_URL, sign_data

pytestmark = pytest.mark.django_db

NOTE = "The bill became law on 12 April 2019: this statement no longer takes signatures."


@pytest.fixture
def closed(statement):
    statement.signing_open = False
    statement.signing_closed_note = f"<p>{NOTE}</p>"
    statement.save_revision().publish()
    return statement


def test_a_closed_statement_shows_its_note_and_no_form(client, closed):
    response = client.get(STATEMENT_URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="form_token"' not in html and "<form" not in html.split("<main", 1)[1]
    assert "Signing closed" in html and NOTE in html
    assert "Be the first to sign" not in html
    assert "Your signature was not recorded" not in html


def test_a_signature_sent_to_a_closed_statement_is_refused_plainly(client, closed):
    response = client.post(STATEMENT_URL, sign_data())
    assert response.status_code == 403
    html = response.content.decode()
    assert "Your signature was not recorded: this statement no longer takes signatures." in html
    assert NOTE in html
    assert "no-store" in response["Cache-Control"]
    assert Signatory.objects.count() == 0


def test_an_open_statement_shows_no_closing_note(client, statement):
    statement.signing_closed_note = f"<p>{NOTE}</p>"
    statement.save_revision().publish()
    html = client.get(STATEMENT_URL).content.decode()
    assert 'name="form_token"' in html and NOTE not in html
