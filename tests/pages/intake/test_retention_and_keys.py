"""Retention (`purge_intake`) and encryption keys (rotation, production refusal)."""

import runpy
from datetime import timedelta

import pytest
from cryptography.fernet import Fernet
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from pages.intake.encryption import DecryptionError
from pages.intake.models import AttorneyQuestion, IntakeAuditEntry, IntakeRequest

from .conftest import CANARY

pytestmark = pytest.mark.django_db


def _make(model=IntakeRequest, status="new", days_old=0, n=0):
    when = timezone.now() - timedelta(days=days_old)
    fields = {"name": f"{CANARY}", "phone": "2125550147"}
    if model is IntakeRequest:
        fields.update(urgency="other", who_needs_help="self")
    else:
        fields.update(organization="Office", question="Q")
    return model.objects.create(
        submission_token=f"t-{status}-{days_old}-{n}-{model.__name__}",
        status=status,
        created_at=when,
        status_changed_at=when,
        **fields,
    )


def test_purge_deletes_exactly_the_expired_records_twice_in_a_row(caplog, capsys):
    keep = [
        _make(status="new", days_old=89),
        _make(status="contacted", days_old=10),
        _make(status="referred", days_old=29),
        _make(status="closed", days_old=1),
        _make(status="spam", days_old=6),
        _make(AttorneyQuestion, status="new", days_old=60),
    ]
    expired = [
        _make(status="new", days_old=91),
        _make(status="contacted", days_old=120),
        _make(status="referred", days_old=31),
        _make(status="closed", days_old=45),
        _make(status="spam", days_old=8),
        _make(AttorneyQuestion, status="closed", days_old=31),
    ]
    with caplog.at_level("INFO", logger="idp.intake"):
        call_command("purge_intake")
    remaining = set(IntakeRequest.objects.values_list("pk", flat=True)) | set(
        AttorneyQuestion.objects.values_list("pk", flat=True)
    )
    assert remaining == {r.pk for r in keep}
    purged = set(
        IntakeAuditEntry.objects.filter(action="purge").values_list("record_id", flat=True)
    )
    assert purged == {r.pk for r in expired}
    assert "intake.IntakeRequest: 5" in caplog.text and "intake.AttorneyQuestion: 1" in caplog.text
    assert CANARY not in caplog.text

    caplog.clear()
    with caplog.at_level("INFO", logger="idp.intake"):
        call_command("purge_intake")
    assert "intake.IntakeRequest: 0" in caplog.text and "intake.AttorneyQuestion: 0" in caplog.text
    assert IntakeRequest.objects.count() + AttorneyQuestion.objects.count() == len(keep)
    assert IntakeAuditEntry.objects.filter(action="purge").count() == len(expired)


def test_retention_periods_come_from_settings(settings):
    settings.INTAKE_RETENTION_DAYS = {**settings.INTAKE_RETENTION_DAYS, "new": 5}
    old = _make(status="new", days_old=6)
    call_command("purge_intake")
    assert not IntakeRequest.objects.filter(pk=old.pk).exists()


def test_decryption_still_works_after_a_new_key_is_added_in_front(settings):
    old_key = settings.INTAKE_ENCRYPTION_KEYS[0]
    record = _make()
    new_key = Fernet.generate_key().decode()
    settings.INTAKE_ENCRYPTION_KEYS = [new_key, old_key]
    assert IntakeRequest.objects.get(pk=record.pk).name == CANARY

    # New writes use the new key; after rotation the old key can go.
    call_command("rotate_intake_keys")
    settings.INTAKE_ENCRYPTION_KEYS = [new_key]
    assert IntakeRequest.objects.get(pk=record.pk).name == CANARY
    settings.INTAKE_ENCRYPTION_KEYS = [old_key]
    with pytest.raises(DecryptionError) as excinfo:
        IntakeRequest.objects.get(pk=record.pk)
    assert CANARY not in str(excinfo.value)


def test_raw_columns_hold_fernet_tokens_only():
    _make()
    with connection.cursor() as cursor:
        cursor.execute("SELECT name, phone, email FROM pages_intakerequest")
        name, phone, email = cursor.fetchone()
    assert name.startswith("gAAAAA") and phone.startswith("gAAAAA")
    assert CANARY not in name and "5550147" not in phone
    assert email == ""


PRODUCTION_ENV = {
    "SECRET_KEY": "x" * 50,
    "ALLOWED_HOSTS": "example.org",
    "DATABASE_URL": "postgres://u:p@127.0.0.1:5432/db",
    "WAGTAILADMIN_BASE_URL": "https://example.org",
}


@pytest.mark.parametrize("keys", [None, "", "not-a-fernet-key"])
def test_production_refuses_to_start_without_valid_keys(monkeypatch, keys):
    for name, value in PRODUCTION_ENV.items():
        monkeypatch.setenv(name, value)
    if keys is None:
        monkeypatch.delenv("INTAKE_ENCRYPTION_KEYS", raising=False)
    else:
        monkeypatch.setenv("INTAKE_ENCRYPTION_KEYS", keys)
    with pytest.raises(ImproperlyConfigured, match="INTAKE_ENCRYPTION_KEYS"):
        runpy.run_module("idp_site.settings.production")


def test_production_accepts_rotated_keys(monkeypatch):
    for name, value in PRODUCTION_ENV.items():
        monkeypatch.setenv(name, value)
    keys = [Fernet.generate_key().decode(), Fernet.generate_key().decode()]
    monkeypatch.setenv("INTAKE_ENCRYPTION_KEYS", ",".join(keys))
    namespace = runpy.run_module("idp_site.settings.production")
    assert namespace["INTAKE_ENCRYPTION_KEYS"] == keys


def test_system_check_fails_without_keys(settings):
    from pages.intake.checks import intake_encryption_keys

    assert intake_encryption_keys(None) == []
    settings.INTAKE_ENCRYPTION_KEYS = []
    assert [e.id for e in intake_encryption_keys(None)] == ["pages.E001"]
