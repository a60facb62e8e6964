"""The attorney question form has the intake form's protections."""

import pytest
from django.test import Client

from pages.intake.models import AttorneyQuestion, IntakeRequest

from .conftest import ATTORNEY_URL, CANARY, attorney_data

pytestmark = pytest.mark.django_db


def test_attorney_page_and_confirmation_are_no_store_with_leave_link(client, attorney_page):
    for url in (ATTORNEY_URL, ATTORNEY_URL + "thanks/"):
        response = client.get(url)
        assert response.status_code == 200
        assert "no-store" in response["Cache-Control"]
        assert "private" in response["Cache-Control"]
        assert "data-leave-site" in response.content.decode()


def test_attorney_question_is_stored_once_encrypted(client, attorney_page):
    data = attorney_data()
    assert client.post(ATTORNEY_URL, data).status_code == 303
    assert client.post(ATTORNEY_URL, data).status_code == 303
    question = AttorneyQuestion.objects.get()
    assert question.organization == f"Defender office {CANARY}"
    assert IntakeRequest.objects.count() == 0


@pytest.mark.parametrize(
    ("overrides", "anchor"),
    [
        ({"name": ""}, "id_name"),
        ({"organization": ""}, "id_organization"),
        ({"phone": "", "email": ""}, "id_phone"),
        ({"question": "q" * 10_000}, "id_question"),
        ({"question": "bad\x00byte"}, "id_question"),
        ({"acknowledged": ""}, "id_acknowledged"),
    ],
)
def test_attorney_bad_input_gets_field_errors(client, attorney_page, overrides, anchor):
    response = client.post(ATTORNEY_URL, attorney_data(client_name="Jane Doe", **overrides))
    assert response.status_code == 200
    assert f'href="#{anchor}"' in response.content.decode()
    assert AttorneyQuestion.objects.count() == 0


def test_attorney_honeypot_is_flagged(client, attorney_page):
    client.post(ATTORNEY_URL, attorney_data(homepage_url="http://x.example"))
    assert AttorneyQuestion.objects.get().status == "spam"


def test_csrf_failure_explains_and_gives_hotline(help_page):
    from .conftest import HELP_URL, intake_data

    client = Client(enforce_csrf_checks=True)
    response = client.post(HELP_URL, intake_data())
    assert response.status_code == 403
    html = response.content.decode()
    assert "The form could not be sent" in html
    assert "(212) 725-6422" in html
    assert IntakeRequest.objects.count() == 0
