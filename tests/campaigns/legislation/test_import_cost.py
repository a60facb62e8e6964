"""What an import costs: few queries per bill, a revision only for bills staff have
edited, and Wagtail's reference index, updated once per import, as Wagtail keeps it."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import ReferenceIndex, Revision

from campaigns.legislation.importers import import_bills, read_files
from campaigns.models import Bill

from .conftest import FIXTURES, corpus_results, write_listing

OPENLEG_S1825 = FIXTURES / "openleg_S1825.json"
OPENLEG_A4469 = FIXTURES / "openleg_A4469.json"
#: Queries per new bill: its row, its lists in bulk, its savepoint, the reference index
#: (16 measured on 40 real bills; the corpus took 42 a bill before issue 34, with a
#: revision, every list read back, every sponsor and the content version one by one).
PER_BILL = 17


def _revisions(bill):
    return Revision.objects.filter(base_content_type__model="bill", object_id=str(bill.pk)).count()


def _references(bills):
    return sorted(
        ReferenceIndex.objects.filter(object_id__in=[str(b.pk) for b in bills]).values_list(
            "object_id", "to_content_type", "to_object_id", "model_path", "content_path"
        )
    )


@pytest.mark.django_db
def test_real_bills_import_in_a_bounded_number_of_queries_each(tmp_path):
    results = corpus_results("2019", lambda r: bool(r.get("title")))[:40]
    records = read_files([write_listing(tmp_path, "forty.json", results)], "openleg")
    with CaptureQueriesContext(connection) as queries:
        summary = import_bills(records)
    assert len(summary.created) == 40 and summary.failed == []
    per_bill = len(queries) / 40
    print(f"\nimport: {len(queries)} queries for 40 new bills ({per_bill:.1f} each)")
    assert per_bill <= PER_BILL
    with CaptureQueriesContext(connection) as again:
        summary = import_bills(records)
    assert len(summary.unchanged) == 40
    assert len(again) / 40 <= 12  # nothing to write: the bill and its lists are read


@pytest.mark.django_db
def test_a_revision_only_for_bills_staff_have_edited(tmp_path, make_user):
    import_bills(read_files([OPENLEG_S1825, OPENLEG_A4469], "openleg"))
    s1825, a4469 = (Bill.objects.get(base_print_number=n) for n in ("S1825", "A4469"))
    assert (_revisions(s1825), _revisions(a4469)) == (0, 0)

    # Staff save S1825 in the admin (each save there is a revision with a log entry).
    s1825.nickname = "One Day to Protect New Yorkers Act"
    s1825.save()
    s1825.save_revision(user=make_user("editor", superuser=True), log_action=True)
    upstream = json.loads(OPENLEG_S1825.read_text())
    upstream["result"]["title"] = "A new official title"
    path = tmp_path / "update.json"
    path.write_text(json.dumps(upstream))
    summary = import_bills(read_files([path, OPENLEG_A4469], "openleg"))

    assert summary.updated == ["S1825 (2019-2020)"]
    assert (_revisions(s1825), _revisions(a4469)) == (2, 0)
    latest = Bill.objects.get(pk=s1825.pk).get_latest_revision_as_object()
    assert latest.title == "A new official title"
    assert latest.nickname == "One Day to Protect New Yorkers Act"


@pytest.mark.django_db
def test_the_reference_index_is_what_wagtail_itself_records(tmp_path):
    results = [*corpus_results("2019", lambda r: r["basePrintNo"] in ("A5169", "S1825"))]
    import_bills(read_files([write_listing(tmp_path, "two.json", results)], "openleg"))
    import_bills(read_files([OPENLEG_A4469], "openleg"))
    bills = list(Bill.objects.all())
    written = _references(bills)
    paths = {row[3] for row in written}
    assert {"session", "sponsorships.item.legislator"} <= paths

    for bill in bills:  # Wagtail's own, one bill at a time: nothing to add or remove
        ReferenceIndex.create_or_update_for_object(Bill.objects.get(pk=bill.pk))
    assert _references(bills) == written
