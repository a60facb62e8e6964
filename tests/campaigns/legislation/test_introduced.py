"""Where "introduced" comes from, on real bills. The rule the old writer kept in a
helper nobody called (issue 34) — a bill whose source sent actions, none of which moved
it, is introduced — is held by two things on the live path: the rules read an
"INTRODUCED" action as the introduced stage, and a new bill nothing has moved is
introduced (the model's default stage). No bill of the real corpus sends actions that
move it nowhere, so the helper's own case never arises in what sources send."""

from datetime import date
from pathlib import Path

import pytest

from campaigns.legislation.importers import import_bills, openleg, read_files
from campaigns.legislation.importers.rules import derive_status
from campaigns.legislation.models import Bill
from campaigns.legislation.stages import Stage

from .conftest import FIXTURES, corpus_result, write_listing

pytestmark = pytest.mark.django_db


def test_a_real_bill_only_introduced_is_stored_introduced_with_its_date(tmp_path):
    # K809 (2019-2020), as Open Legislation sent it: its INTRODUCED action of 2 March
    # 2020, its status (introduced) dated the next day, never moved further. The action
    # agrees with the status, so the action's date is the stage's.
    result = corpus_result("2019", "K809")
    import_bills(read_files([write_listing(tmp_path, "k809.json", [result])], "openleg"))
    bill = Bill.objects.get(base_print_number="K809")
    assert (bill.stage, bill.stage_date) == (Stage.INTRODUCED, date(2020, 3, 2))
    assert list(bill.status_changes.values_list("stage", flat=True)) == [Stage.INTRODUCED]
    assert bill.status_text().startswith("Introduced")


def test_a_real_bill_sent_without_actions_is_introduced_and_has_no_history():
    # Open States' listing page leaves actions out: nothing moved these bills that we
    # know of, so a new one is introduced and no stage change is made up.
    summary = import_bills(
        read_files([FIXTURES / "openstates_ny_2025_page_without_actions.json"], "openstates")
    )
    assert summary.created
    for bill in Bill.objects.all():
        assert bill.stage == Stage.INTRODUCED and bill.stage_date is None
        assert not bill.status_changes.exists()


def test_no_real_bill_sends_actions_that_move_it_nowhere():
    corpus = sorted(FIXTURES.glob("openleg_corpus_*.json"))
    bills = [b for path in corpus for b in openleg.read_file(Path(path)) if hasattr(b, "actions")]
    assert len(bills) > 1000
    unmoved = [
        b.label
        for b in bills
        if b.actions and not derive_status(b.actions, b.originating_chamber, b.resolution)
    ]
    assert unmoved == []
