"""A bill "substituted by" another can go on: the substitution reconsidered, the bill
recommitted, passed, signed. The last action wins; the substitution stays in the history.

Open Legislation keeps `substitutedBy` on such a bill; the corpus mirror dropped the key
(fixtures/README.md), so each test puts it back in the API's own shape. The corpus holds
three bills that went on after a substitution: A4725 of 2025 (substitution reconsidered,
passed both houses, vetoed), A570 of 2019 (passed the Assembly, recalled, back on third
reading) and A173 of 2025 (passed the Assembly, on the Senate floor). None in the corpus
was recommitted or signed after a substitution: those two are built from A570's and
A4725's real records, with the last actions changed as noted.
"""

import copy
from datetime import date

import pytest

from campaigns.legislation.importers import import_bills, read_files
from campaigns.legislation.stages import Stage
from campaigns.models import Bill

from .conftest import corpus_result, write_listing

pytestmark = pytest.mark.django_db


def _with_substituted_by(result):
    """The record as Open Legislation sends it: `substitutedBy` names the other bill of
    the last "SUBSTITUTED BY" action."""
    texts = [a["text"] for a in result["actions"]["items"]]
    other = [t.split()[-1] for t in texts if t.startswith("SUBSTITUTED BY")][-1]
    base = other.rstrip("ABCDEFGHIJ")
    result = copy.deepcopy(result)
    result["substitutedBy"] = {"basePrintNo": base, "session": result["session"], "printNo": other}
    return result


def _import(tmp_path, result):
    summary = import_bills(read_files([write_listing(tmp_path, "b.json", [result])], "openleg"))
    assert summary.failed == []
    return Bill.objects.get(base_print_number=result["basePrintNo"])


def _last_change(bill):
    return bill.status_changes.order_by("-date", "-pk").first()


@pytest.mark.parametrize(
    ("session", "base", "stage", "status_start"),
    [
        ("2025", "A4725", Stage.VETOED, "Vetoed by the Governor on 5 December 2025"),
        ("2019", "A570", Stage.FIRST_FLOOR, "Awaiting a floor vote in the Assembly"),
        ("2025", "A173", Stage.SECOND_FLOOR, "Awaiting a floor vote in the Senate"),
    ],
)
def test_real_bills_that_went_on_after_a_substitution_show_the_source_status(
    tmp_path, session, base, stage, status_start
):
    result = _with_substituted_by(corpus_result(session, base))
    assert result["substitutedBy"]["basePrintNo"]
    bill = _import(tmp_path, result)
    assert bill.stage == stage
    assert bill.status_text().startswith(status_start)
    assert "Replaced by another bill" not in bill.status_text()
    assert _last_change(bill).stage == stage
    # The substitution stays in the record: its action and the relation to the other bill.
    assert bill.actions.filter(text__startswith="SUBSTITUTED BY").exists()
    assert bill.relations.filter(relation_type="substituted_by").exists()


def test_a_substitution_that_is_the_last_word_still_reads_substituted(tmp_path):
    result = _with_substituted_by(corpus_result("2019", "A6157"))  # nothing after it
    assert result["actions"]["items"][-1]["text"].startswith("SUBSTITUTED BY")
    bill = _import(tmp_path, result)
    assert bill.stage == Stage.SUBSTITUTED
    assert bill.status_text().startswith("Replaced by another bill on ")


def test_a_bill_signed_after_its_substitution_was_reconsidered_is_a_law(tmp_path):
    """A4725 of 2025, as it would read had the Governor signed it: its last two actions
    (VETOED MEMO.66, TABLED) become SIGNED CHAP.412, its status SIGNED_BY_GOV."""
    result = _with_substituted_by(corpus_result("2025", "A4725"))
    items = result["actions"]["items"]
    assert [a["text"] for a in items[-2:]] == ["VETOED MEMO.66", "TABLED"]
    signed = dict(items[-2], text="SIGNED CHAP.412", sequenceNo=items[-2]["sequenceNo"])
    result["actions"]["items"] = [*items[:-2], signed]
    result["status"] = dict(result["status"], statusType="SIGNED_BY_GOV")
    bill = _import(tmp_path, result)
    assert bill.stage == Stage.SIGNED
    assert bill.status_text() == "Signed into law by the Governor on 5 December 2025"
    assert [s.state for s in bill.progress()][-1] == "done"


def test_a_bill_recommitted_after_a_substitution_is_in_committee(tmp_path):
    """A570 of 2019 up to its real SUBSTITUTED BY S4004 (29 May 2019), then recommitted
    to its committee: the status the source gives such a bill, IN_ASSEMBLY_COMM."""
    result = _with_substituted_by(corpus_result("2019", "A570"))
    items = result["actions"]["items"]
    cut = next(i for i, a in enumerate(items) if a["text"] == "SUBSTITUTED BY S4004")
    recommit = dict(items[cut], date="2019-06-03", text="RECOMMITTED TO CHILDREN AND FAMILIES")
    result["actions"]["items"] = [*items[: cut + 1], recommit]
    result["status"] = {
        "statusType": "IN_ASSEMBLY_COMM",
        "statusDesc": None,
        "actionDate": "2019-06-03",
        "committeeName": "CHILDREN AND FAMILIES",
        "billCalNo": None,
    }
    bill = _import(tmp_path, result)
    assert (bill.stage, bill.stage_date) == (Stage.FIRST_COMMITTEE, date(2019, 6, 3))
    assert bill.status_text().startswith(
        "In the Assembly Children And Families Committee since 3 June 2019"
    )


def test_substitution_reconsidered_alone_puts_the_bill_back_on_the_floor(tmp_path):
    """The rules read the real text "SUBSTITUTION RECONSIDERED" (A4725, 29 May 2025) as
    the bill back on its third reading, even when the source sends no status."""
    result = _with_substituted_by(corpus_result("2025", "A4725"))
    items = result["actions"]["items"]
    cut = next(i for i, a in enumerate(items) if a["text"] == "SUBSTITUTION RECONSIDERED")
    result["actions"]["items"] = items[: cut + 1]
    result["status"] = None
    bill = _import(tmp_path, result)
    assert (bill.stage, bill.stage_date) == (Stage.FIRST_FLOOR, date(2025, 5, 29))
