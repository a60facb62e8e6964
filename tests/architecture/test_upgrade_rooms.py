"""Upgrading a database built at main as of 2026-12-07, the last commit before the
intake's and legislation's models moved to their own app labels (issue 34): every row,
page, permission, group and user permission, revision and log entry is still there and
points at the same content type, now under the new label, and the Intake team still
works in its admin.

The dump (tests/fixtures/main-2026-12-07.sql.gz) was made at commit 1d7d1f0 by
tests/fixtures/make_upgrade_dump.sh: demo content, signatures, an encrypted help request
and attorney question, a notification still waiting, staff in the Intake and
Communications groups, a user permission, a bill revision and a help page published
with their log entries.
"""

import json

import pytest
from django.db import connection

from .test_upgrade import ROOT, _manage, _psql, old_database_from

DUMP = ROOT / "tests" / "fixtures" / "main-2026-12-07.sql.gz"

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the dump is a PostgreSQL database"
)
MOVED = {"pages": "intake", "campaigns": "legislation"}
INTAKE_MODELS = {"legalhelppage", "attorneyhelppage", "intakerequest", "attorneyquestion"}
INTAKE_MODELS |= {"intakeauditentry"}
LEGISLATION_MODELS = {"jurisdiction", "legislativesession", "legislator", "bill", "billaction"}
LEGISLATION_MODELS |= {"sponsorship", "billdocument", "billrelation", "billstatuschange"}

# What points at a content type, by id: it must be the same rows before and after.
REFERENCES = {
    "pages": "SELECT id, content_type_id FROM wagtailcore_page",
    "revisions": "SELECT id, content_type_id, base_content_type_id, object_id "
    "FROM wagtailcore_revision",
    "page_log": "SELECT id, content_type_id, page_id, action FROM wagtailcore_pagelogentry",
    "model_log": "SELECT id, content_type_id, object_id, action FROM wagtailcore_modellogentry",
    "references": "SELECT id, content_type_id, base_content_type_id, object_id "
    "FROM wagtailcore_referenceindex",
    "permissions": "SELECT id, content_type_id, codename FROM auth_permission",
    "group_permissions": "SELECT g.name, p.id, p.codename FROM auth_group_permissions gp "
    "JOIN auth_group g ON g.id = gp.group_id JOIN auth_permission p ON p.id = gp.permission_id",
    "user_permissions": "SELECT u.username, p.id, p.codename FROM auth_user_user_permissions up "
    "JOIN auth_user u ON u.id = up.user_id JOIN auth_permission p ON p.id = up.permission_id",
    "notifications": "SELECT id, kind, sent_at FROM pages_notification",
}

# What the rooms added after this move (library, events, alerts) write on migrating: new
# content types and permissions, group permissions, the alerts' review workflow. Those
# tables may only grow; every row that was there must still be there.
GROWING_TABLES = {
    "auth_permission",
    "auth_group_permissions",
    "django_content_type",
    "wagtailcore_workflow",
    "wagtailcore_task",
    "wagtailcore_workflowtask",
    "wagtailcore_groupapprovaltask",
    "wagtailcore_groupapprovaltask_groups",
    "wagtailcore_workflowcontenttype",
    "wagtailcore_workflowpage",
}
GROWING_REFERENCES = {"permissions", "group_permissions", "user_permissions"}


def _same_rows(key, before, after):
    if key in GROWING_REFERENCES:
        return set(before) <= set(after)
    return before == after


READ_BACK = """
import json
from django.contrib.auth.models import User
from django.test import Client
from wagtail.models import ModelLogEntry, PageLogEntry, Revision
from campaigns.legislation.models import Bill
from pages.intake.models import IntakeRequest
from tests.conftest import login_with_mfa

intake_user = User.objects.get(username="upgrade-intake")
comms = User.objects.get(username="upgrade-comms")
moved = Revision.objects.filter(content_type__app_label__in=["intake", "legislation"])
request = IntakeRequest.objects.get()
bill = Bill.objects.get(base_print_number="S1825", session__identifier="2019-2020")
intake, staff = Client(), Client()
login_with_mfa(intake, intake_user)
login_with_mfa(staff, comms)
listing = intake.get("/admin/intake/requests/")
detail = intake.get(f"/admin/intake/requests/{request.pk}/")
edit = staff.get(f"/admin/snippets/legislation/bill/edit/{bill.pk}/")
history = staff.get(f"/admin/snippets/legislation/bill/history/{bill.pk}/")
print(json.dumps({
    "revisions_load_as": sorted({type(r.as_object()).__name__ for r in moved}),
    "bill_log": list(ModelLogEntry.objects.for_instance(bill).values_list("action", flat=True)),
    "help_page_log": sorted(set(PageLogEntry.objects.filter(
        content_type__app_label="intake").values_list("action", flat=True))),
    "comms_perms": [comms.has_perm(p) for p in ("legislation.change_bill",
                    "legislation.add_legislator", "intake.view_intakeauditentry")],
    "intake_list": [listing.status_code, request.admin_path() in listing.content.decode(),
                    "Not yet" in listing.content.decode()],
    "intake_detail": [detail.status_code, "Upgrade Person" in detail.content.decode()],
    "comms_bill": [edit.status_code, history.status_code,
                   "upgrade-comms" in history.content.decode()],
    "comms_refused_intake": staff.get("/admin/intake/requests/").status_code,
}))
"""


def _rows(server, name, sql):
    return sorted(_psql(server, name, "-tA", "-F", "|", "-c", sql).strip().splitlines())


def _tables(server, name):
    tables = _rows(
        server,
        name,
        "SELECT table_name FROM information_schema.tables "
        "WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
    )
    return {t: _rows(server, name, f"SELECT count(*) FROM {t}")[0] for t in tables}


def _content_types(server, name):
    rows = _rows(server, name, "SELECT id, app_label, model FROM django_content_type")
    return {int(i): (label, model) for i, label, model in (r.split("|") for r in rows)}


@pytest.fixture
def old_database():
    yield from old_database_from(DUMP)


def test_moving_intake_and_legislation_keeps_every_row_permission_and_history(old_database):
    server, name = old_database
    counts = _tables(server, name)
    types = _content_types(server, name)
    references = {key: _rows(server, name, sql) for key, sql in REFERENCES.items()}
    assert int(counts["campaigns_bill"]) >= 2 and int(counts["pages_intakerequest"]) == 1
    assert references["group_permissions"] and references["user_permissions"]

    _manage(server, name, "migrate", "--noinput")

    # Every table is still there with every row (django_migrations grew by the new ones).
    after_counts = _tables(server, name)
    del counts["django_migrations"], after_counts["django_migrations"]
    for table, rows in counts.items():
        if table in GROWING_TABLES:
            assert int(after_counts[table]) >= int(rows), table
        else:
            assert after_counts[table] == rows, table
    # Every content type kept its id; the moved ones now carry their room's label.
    after_types = _content_types(server, name)
    assert set(types) <= set(after_types)
    moved = {i for i, (label, model) in types.items() if (label, model) != after_types[i]}
    assert {types[i] for i in moved} == {("pages", m) for m in INTAKE_MODELS} | {
        ("campaigns", m) for m in LEGISLATION_MODELS
    }
    assert all(after_types[i] == (MOVED[types[i][0]], types[i][1]) for i in moved)
    # Pages, revisions, log entries, references, permissions (on groups and users) are
    # the same rows pointing at the same content types.
    for key, sql in REFERENCES.items():
        assert _same_rows(key, references[key], _rows(server, name, sql)), key
    # The waiting notification still names its record, by the record's new label.
    refs = _rows(server, name, "SELECT ref FROM pages_notification")
    assert len(refs) == 1 and refs[0].startswith("intake.intakerequest:")

    after = json.loads(_manage(server, name, "shell", "-c", READ_BACK).strip().splitlines()[-1])
    assert {"Bill", "LegalHelpPage"} <= set(after["revisions_load_as"])
    assert "wagtail.edit" in after["bill_log"]
    assert "wagtail.publish" in after["help_page_log"]
    assert after["comms_perms"] == [True, True, True]
    assert after["intake_list"] == [200, True, True]
    assert after["intake_detail"] == [200, True]
    assert after["comms_bill"] == [200, 200, True]
    assert after["comms_refused_intake"] == 403
    assert "No migrations to apply" in _manage(server, name, "migrate", "--noinput")
    # And back: the old labels return (a deploy rolled back keeps its permissions).
    _manage(server, name, "migrate", "intake", "zero", "--noinput")
    _manage(server, name, "migrate", "pages", "0026", "--noinput")
    _manage(server, name, "migrate", "campaigns", "0014", "--noinput")
    _manage(server, name, "migrate", "legislation", "zero", "--noinput")
    # (post_migrate, run with today's code, adds fresh content types and permissions
    # for the labels it knows: only the rows that were there are compared.)
    back = _content_types(server, name)
    assert {i: back[i] for i in types} == types
    for key, sql in REFERENCES.items():
        if key != "permissions":
            assert _same_rows(key, references[key], _rows(server, name, sql)), key
    # And forward again: the fresh duplicates give way to the originals.
    _manage(server, name, "migrate", "--noinput")
    again = _content_types(server, name)
    assert {again[i] for i in moved} == {after_types[i] for i in moved}
    assert len(again) == len(after_types)
    for key, sql in REFERENCES.items():
        assert _same_rows(key, references[key], _rows(server, name, sql)), key
