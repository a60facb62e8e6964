"""Forms and cached pages while the database refuses every query (issue 29), in one
process: what the reader sees, in English and Spanish, what the spool folder holds, and
that a replay writes each kept submission once. The same with real servers stopped:
tests/faults/test_database_outage.py."""

import contextlib
import stat
import time

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import OperationalError, connection

from campaigns.models import Signatory
from idp_site.caching.version import reset_local_state
from idp_site.submissions import outage, spool
from idp_site.submissions.form_protection import issue_token
from idp_site.submissions.keys import get_fernet
from pages.intake.models import IntakeRequest
from pages.models import StandardPage
from tests.conftest import add_page
from tests.pages.intake.conftest import CANARY, canary_in

from .conftest import HELP_URL, intake_data, sign_data

pytestmark = pytest.mark.django_db

STATEMENT_URL = "/en/campaigns/one-day/statement/"


def _refuse(execute, sql, params, many, context):
    raise OperationalError("connection refused")


@contextlib.contextmanager
def database_down():
    """Every query fails as it does when PostgreSQL cannot be reached."""
    with connection.execute_wrapper(_refuse):
        yield


@pytest.fixture
def spool_folder(settings, tmp_path):
    settings.SUBMISSION_SPOOL_DIR = str(tmp_path / "spool")
    return tmp_path / "spool"


def help_post(page, **overrides):
    token = issue_token("legal-help", issued_at=time.time() - 30, target=page.pk)
    return intake_data(form_token=token, **overrides)


def test_a_help_request_is_kept_sealed_and_written_once_when_the_database_returns(
    client, help_page, spool_folder
):
    data = help_post(help_page)
    with database_down():
        response = client.post(HELP_URL, data)
        again = client.post(HELP_URL, data)  # the same rendered form, sent twice
    assert response.status_code == again.status_code == 200
    assert "We received what you sent" in response.content.decode()
    assert "no-store" in response["Cache-Control"]
    assert not canary_in(response.content)
    files = list(spool_folder.glob("*.spool"))
    assert len(files) == 1
    assert stat.S_IMODE(files[0].stat().st_mode) == 0o600
    assert not canary_in(files[0].read_bytes())
    assert CANARY in get_fernet().decrypt(files[0].read_bytes()).decode()

    call_command("replay_submissions")
    call_command("replay_submissions")
    record = IntakeRequest.objects.get()
    assert record.name == f"Nick {CANARY}" and record.urgency == "detained"
    assert record.status == "new"
    assert list(spool_folder.glob("*.spool")) == []


def test_a_replay_after_a_crash_stores_nothing_twice(client, help_page, spool_folder):
    data = help_post(help_page)
    with database_down():
        client.post(HELP_URL, data)
    entry = spool.unseal(next(spool_folder.glob("*.spool")).read_bytes())
    assert outage.replay_waiting() == (1, 0)
    spool.keep(entry)  # as if the process died before removing it
    assert outage.replay_waiting() == (1, 0)
    assert IntakeRequest.objects.count() == 1
    assert spool.waiting() == 0


def test_the_spanish_reader_is_answered_in_spanish(client, help_page, spool_folder):
    with database_down():
        response = client.post(HELP_URL.replace("/en/", "/es/"), help_post(help_page))
    assert response.status_code == 200
    assert "Recibimos lo que nos envió" in response.content.decode()


def test_when_nothing_can_keep_it_the_form_comes_back_filled_in(
    client, help_page, settings, tmp_path
):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    settings.SUBMISSION_SPOOL_DIR = str(blocker / "spool")  # cannot be a folder
    with database_down():
        response = client.post(HELP_URL.replace("/en/", "/es/"), help_post(help_page))
    page = response.content.decode()
    assert response.status_code == 503 and response["Retry-After"] == "60"
    assert "no-store" in response["Cache-Control"]
    assert "Su formulario no se envió" in page
    assert "(212) 725-6422" in page
    assert f'value="Nick {CANARY}"' in page and f"My brother {CANARY}" in page
    assert 'name="form_token"' in page and 'name="csrfmiddlewaretoken"' in page
    assert IntakeRequest.objects.count() == 0


def test_a_form_without_its_page_in_the_token_comes_back_rather_than_guessing(
    client, help_page, spool_folder
):
    with database_down():
        response = client.post(HELP_URL, intake_data())  # a token issued before the deploy
    assert response.status_code == 503
    assert f'value="Nick {CANARY}"' in response.content.decode()
    assert spool.waiting() == 0


def test_answers_with_errors_come_back_to_be_corrected(client, help_page, spool_folder):
    with database_down():
        response = client.post(HELP_URL, help_post(help_page, phone="", email=""))
    assert response.status_code == 200
    assert "Give a phone number or an email address" in response.content.decode()
    assert spool.waiting() == 0


def test_a_signature_is_kept_and_written_to_its_statement(
    client, statement, comms_member, spool_folder
):
    token = issue_token("statement-of-support", issued_at=time.time() - 30, target=statement.pk)
    with database_down():
        response = client.post(STATEMENT_URL, sign_data(form_token=token))
    assert response.status_code == 200
    assert "Thank you for signing" in response.content.decode()
    call_command("replay_submissions")
    signature = Signatory.objects.get()
    assert signature.statement_id == statement.pk and signature.status == "pending"


def test_cached_pages_are_served_stale_and_others_get_the_503(client, home, settings):
    settings.PAGE_CACHE_ENABLED = True
    settings.CACHE_VERSION_DB_INTERVAL = 0
    add_page(home, StandardPage(title="About", slug="about", intro="Hi.", search_description="x"))
    add_page(home, StandardPage(title="Other", slug="other", intro="Hi.", search_description="x"))
    client.get("/en/about/")
    assert client.get("/en/about/")["X-Page-Cache"] == "hit"
    client.raise_request_exception = False  # the 503 page answers, as for a reader
    with database_down():
        stale = client.get("/en/about/")
        missing = client.get("/en/other/")
    assert stale.status_code == 200 and stale["X-Page-Cache"] == "stale"
    assert "no-store" in stale["Cache-Control"]
    assert missing.status_code == 503 and "(212) 725-6422" in missing.content.decode()
    # A process that has not read the version since it started serves nothing stale.
    reset_local_state()
    with database_down():
        assert client.get("/en/about/").status_code == 503


def test_the_rate_limit_still_applies_so_a_flood_cannot_fill_the_spool(
    client, help_page, spool_folder, settings
):
    settings.FORM_PROTECTION = {**settings.FORM_PROTECTION, "RATE_LIMIT": 2}
    with database_down():
        answers = [client.post(HELP_URL, help_post(help_page)) for _ in range(3)]
    assert [a.status_code for a in answers] == [200, 200, 429]
    page = answers[2].content.decode()
    assert "Too many attempts" in page and f'value="Nick {CANARY}"' in page
    assert "(212) 725-6422" in page
    assert spool.waiting() == 2


def test_the_notification_worker_writes_kept_requests_and_announces_them(
    client, help_page, intake_member, spool_folder
):
    with database_down():
        client.post(HELP_URL, help_post(help_page))
    call_command("send_notifications", "--loop", "--rounds", "1", "--interval", "0")
    record = IntakeRequest.objects.get()
    assert len(mail.outbox) == 1
    assert f"/admin/intake/requests/{record.pk}/" in mail.outbox[0].body
    assert not canary_in(mail.outbox[0].body)
    assert spool.waiting() == 0
