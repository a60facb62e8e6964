"""Delivery is at least once, and a repeat is recognisable (issue 29): every staff
notification carries a Message-ID made from its outbox row, the same on a resend after
the worker was killed mid-send; a database that goes away between a send and its record
does not make the worker send again."""

import email
import logging
import os
import re
import signal
import subprocess
import sys
import time

import psycopg2
import pytest
from django.conf import settings as django_settings
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import call_command
from django.db import connection, transaction

from idp_site.submissions import notifications
from idp_site.submissions.models import Notification

from .stubs import SMTPStub

MESSAGE_ID = re.compile(r"^<outbox-(\d+)\.(\d{8}T\d{12})@immdefense\.org>$")


def _queue(*subjects):
    with transaction.atomic():
        return [
            notifications.queue("test.kind", subject=s, body="B", emails=["staff@example.org"])
            for s in subjects
        ]


@pytest.mark.django_db
def test_each_notification_has_a_message_id_made_from_its_row():
    first, second = _queue("first", "second")
    assert notifications.send_pending() == (2, 0)
    ids = [message.extra_headers["Message-ID"] for message in mail.outbox]
    assert [int(MESSAGE_ID.match(i).group(1)) for i in ids] == [first.pk, second.pk]
    assert ids[0] == notifications.message_id(first)  # the same whenever it is built
    assert ids[0] != ids[1]


def _message_id(raw):
    return email.message_from_string(raw)["Message-ID"]


def _database_url():
    db = connection.settings_dict
    return f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def _worker(smtp, log):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.faults.worker_settings",
        "DATABASE_URL": _database_url(),
        "EMAIL_PORT": str(smtp.port),
    }
    return subprocess.Popen(  # noqa: S603
        [sys.executable, "manage.py", "send_notifications", "--loop", "--interval", "0.2"],
        cwd=django_settings.BASE_DIR, env=env, stdout=log, stderr=log, start_new_session=True,
    )  # fmt: skip


def _kill(worker):
    os.killpg(worker.pid, signal.SIGKILL)
    worker.wait(timeout=10)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_resend_after_the_worker_is_killed_mid_send_has_the_same_message_id(tmp_path):
    (row,) = _queue("Item")
    smtp = SMTPStub()
    smtp.hold()  # the server has the mail; its "250" never reaches the worker
    log = open(tmp_path / "worker.log", "wb")  # noqa: SIM115
    try:
        worker = _worker(smtp, log)
        assert smtp.received.wait(60), (tmp_path / "worker.log").read_text()
        _kill(worker)  # killed mid-send
        row.refresh_from_db()
        assert row.sent_at is None  # the outbox cannot know the mail went out

        smtp.release()
        worker = _worker(smtp, log)
        deadline = time.monotonic() + 60
        while Notification.objects.filter(pk=row.pk, sent_at__isnull=True).exists():
            assert time.monotonic() < deadline, (tmp_path / "worker.log").read_text()
            time.sleep(0.2)
        _kill(worker)
    finally:
        smtp.close()
        log.close()
    assert len(smtp.messages) == 2  # at least once: the repeat is the price of never losing
    first, again = (_message_id(m) for m in smtp.messages)
    assert first == again == notifications.message_id(row)
    assert MESSAGE_ID.match(first)


class LosesTheDatabaseAfterSending(EmailBackend):
    """Delivers, then the worker's database connection is cut (a restart or failover)
    before the worker can record the send."""

    cut = False

    def send_messages(self, messages):
        sent = super().send_messages(messages)
        if not LosesTheDatabaseAfterSending.cut:
            LosesTheDatabaseAfterSending.cut = True
            db = connection.settings_dict
            other = psycopg2.connect(
                host=db["HOST"] or "127.0.0.1", port=db["PORT"] or 5432, user=db["USER"],
                dbname=db["NAME"],
            )  # fmt: skip
            other.autocommit = True
            worker = connection.connection.info.backend_pid
            with other.cursor() as cursor:
                cursor.execute("SELECT pg_terminate_backend(%s)", [worker])
            other.close()
        return sent


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_send_the_database_could_not_record_is_recorded_not_sent_again(settings, caplog):
    caplog.set_level(logging.WARNING, logger="idp.workers")
    settings.EMAIL_BACKEND = f"{__name__}.LosesTheDatabaseAfterSending"
    settings.WORKER_RETRY_SECONDS = (0.1, 1.0)
    LosesTheDatabaseAfterSending.cut = False
    (row,) = _queue("Item")
    call_command("send_notifications", "--loop", "--rounds", "2", "--interval", "0")
    row.refresh_from_db()
    assert row.sent_at is not None
    assert len(mail.outbox) == 1  # sent once, recorded when the database came back
    assert "unavailable (OperationalError)" in caplog.text
