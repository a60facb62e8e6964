"""Upgrading a database built at main as of 2026-11-30 (before the rooms of issue 18
existed) to today's code: every page, bill, signature and help request is still there,
loads as its own type and decrypts.

The dump (tests/fixtures/main-2026-11-30.sql.gz) is a PostgreSQL database made then
with `migrate` and `load_demo_content` under the test settings, plus three approved
signatures, a help request and an attorney question encrypted with the test key. This
test restores it into a database of its own, runs today's `migrate`, then reads it back
with today's models in a separate process.
"""

import gzip
import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]
DUMP = ROOT / "tests" / "fixtures" / "main-2026-11-30.sql.gz"

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the dump is a PostgreSQL database"
)

TABLES = {
    "pages": "wagtailcore_page",
    "bills": "campaigns_bill",
    "bill_actions": "campaigns_billaction",
    "signatures": "campaigns_signatory",
    "help_requests": "pages_intakerequest",
    "attorney_questions": "pages_attorneyquestion",
}

READ_BACK = """
import json
from wagtail.models import Page
from campaigns.models import Bill, BillAction, Signatory
from pages.intake.models import AttorneyQuestion, IntakeRequest
specific = [type(p).__name__ for p in Page.objects.specific().order_by("path")]
from django.test import Client
from pages.intake.models import LegalHelpPage
client = Client()
statuses = {url: client.get(url).status_code
            for url in ["/en/", "/es/", LegalHelpPage.objects.first().url,
                        "/en/campaigns/bills/ny/2019-2020/S1825/"]}
request = IntakeRequest.objects.get()
question = AttorneyQuestion.objects.get()
from pages.models import HelpLine, live_help_line
from wagtail.models import ModelLogEntry
line = HelpLine.objects.get()
print(json.dumps({
    "help_line": [line.hotline, live_help_line().hours_by_language],
    "help_line_history": list(ModelLogEntry.objects.filter(object_id=str(line.pk),
                              content_type__model="helpline").values_list("action", flat=True)),
    "pages": len(specific),
    "page_types": sorted(set(specific)),
    "bills": Bill.objects.count(),
    "bill_actions": BillAction.objects.count(),
    "signatures": Signatory.objects.count(),
    "signers": sorted(Signatory.objects.filter(contact_name__startswith="Upgrade")
                      .values_list("contact_name", flat=True)),
    "help_requests": IntakeRequest.objects.count(),
    "attorney_questions": AttorneyQuestion.objects.count(),
    "request": [request.name, request.phone, request.message],
    "question": [question.name, question.organization, question.question],
    "statuses": statuses,
}))
"""


def _server():
    s = connection.settings_dict
    return {
        "host": s.get("HOST") or "127.0.0.1",
        "port": str(s.get("PORT") or 5432),
        "user": s.get("USER") or "postgres",
    }


def _psql(server, database, *args, stdin=None):
    command = ["psql", "-h", server["host"], "-p", server["port"], "-U", server["user"]]
    return subprocess.run(
        [*command, "-d", database, "-v", "ON_ERROR_STOP=1", "-q", "-X", *args],
        input=stdin,
        capture_output=True,
        check=True,
    ).stdout.decode()


def _manage(server, database, *args):
    url = f"postgres://{server['user']}@{server['host']}:{server['port']}/{database}"
    env = {**os.environ, "DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "idp_site.settings.test"}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    ).stdout


def old_database_from(dump):
    """Restore `dump` into a database of its own; yield (server, name); drop it."""
    server = _server()
    name = f"idp_upgrade_{uuid.uuid4().hex[:8]}"
    _psql(server, "postgres", "-c", f"CREATE DATABASE {name}")
    try:
        _psql(server, name, stdin=gzip.decompress(dump.read_bytes()))
        yield server, name
    finally:
        _psql(server, "postgres", "-c", f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def old_database():
    yield from old_database_from(DUMP)


def test_a_database_from_before_the_rooms_upgrades_with_nothing_lost(old_database):
    server, name = old_database
    before = {
        key: int(_psql(server, name, "-tAc", f"SELECT count(*) FROM {table}"))
        for key, table in TABLES.items()
    }
    assert before["pages"] > 20 and before["bills"] >= 2 and before["help_requests"] == 1
    hotline = _psql(server, name, "-tAc", "SELECT hotline FROM pages_sitesettings").strip()
    hours = _psql(
        server,
        name,
        "-tA",
        "-F",
        "|",
        "-c",
        "SELECT l.language_code, h.hotline_text FROM pages_legalhelppage h "
        "JOIN wagtailcore_page p ON p.id = h.page_ptr_id "
        "JOIN wagtailcore_locale l ON l.id = p.locale_id WHERE h.hotline_text <> ''",
    )
    hours = dict(line.split("|", 1) for line in hours.strip().splitlines())
    assert hotline and set(hours) == {"en", "es"}

    _manage(server, name, "migrate", "--noinput")
    after = json.loads(_manage(server, name, "shell", "-c", READ_BACK).strip().splitlines()[-1])

    for key, count in before.items():
        assert after[key] == count, key
    assert {"LegalHelpPage", "AttorneyHelpPage", "CampaignPage", "HomePage"} <= set(
        after["page_types"]
    )
    assert after["signers"] == ["Upgrade Tester 0", "Upgrade Tester 1", "Upgrade Tester 2"]
    assert after["request"] == [
        "Upgrade Person",
        "(212) 555-0100",
        "Upgrade test message: my hearing is next week.",
    ]
    assert after["question"] == [
        "Upgrade Attorney",
        "Upgrade Defenders",
        "Upgrade test question about a plea.",
    ]
    assert set(after["statuses"].values()) == {200}, after["statuses"]
    # The hotline readers saw and the help page's hours are the Help line's now, and
    # its history says so.
    assert after["help_line"] == [hotline, hours]
    assert "wagtail.publish" in after["help_line_history"]
    # Nothing left for a later migrate to do.
    assert "No migrations to apply" in _manage(server, name, "migrate", "--noinput")
