"""Each person on the Intake team gets one email per help request, superusers too."""

import pytest
from django.core import mail
from django.core.management import call_command

from pages.roles import INTAKE

from .conftest import HELP_URL, intake_data

pytestmark = pytest.mark.django_db


def test_a_superuser_in_the_intake_team_gets_one_mail_per_request(
    client, help_page, intake_member, make_user, django_capture_on_commit_callbacks
):
    root = make_user("root", groups=[INTAKE], superuser=True)
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(HELP_URL, intake_data()).status_code == 303
    call_command("send_notifications")
    copies = [
        message
        for message in mail.outbox
        for address in message.recipients()
        if address.lower() == root.email.lower()
    ]
    assert len(copies) == 1
