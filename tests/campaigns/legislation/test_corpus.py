"""A corpus of 1,292 real New York bills and resolutions (sessions 2019-2025, in Open
Legislation's shape; see fixtures/README.md): the stored stage must agree with the
source's own status."""

import json
import re
from pathlib import Path

import pytest

from campaigns.legislation.importers import import_bills, read_files
from campaigns.legislation.stages import Stage
from campaigns.models import Bill

FIXTURES = Path(__file__).parent / "fixtures"
CORPUS = sorted(FIXTURES.glob("openleg_corpus_*.json"))
CHAMBER = {"SENATE": "upper", "ASSEMBLY": "lower"}

#: What each Open Legislation status means, written out by hand from its documentation
#: (a stage, or the stages for a bill that started in that chamber / the other one).
EXPECTED = {
    "INTRODUCED": Stage.INTRODUCED,
    "IN_SENATE_COMM": ("upper", Stage.FIRST_COMMITTEE, Stage.SECOND_COMMITTEE),
    "IN_ASSEMBLY_COMM": ("lower", Stage.FIRST_COMMITTEE, Stage.SECOND_COMMITTEE),
    "SENATE_FLOOR": ("upper", Stage.FIRST_FLOOR, Stage.SECOND_FLOOR),
    "ASSEMBLY_FLOOR": ("lower", Stage.FIRST_FLOOR, Stage.SECOND_FLOOR),
    "PASSED_SENATE": ("upper", Stage.FIRST_PASSED, Stage.SECOND_PASSED),
    "PASSED_ASSEMBLY": ("lower", Stage.FIRST_PASSED, Stage.SECOND_PASSED),
    "DELIVERED_TO_GOV": Stage.DELIVERED,
    "SIGNED_BY_GOV": Stage.SIGNED,
    "VETOED": Stage.VETOED,
    "STRICKEN": Stage.STRICKEN,
    "LOST": Stage.LOST,
    "SUBSTITUTED": Stage.SUBSTITUTED,
    "POCKET_APPROVAL": Stage.LAW_WITHOUT_SIGNATURE,
    "ADOPTED": (Stage.ADOPTED, Stage.ADOPTED_BOTH),
}


def expected_stages(result):
    meaning = EXPECTED[result["status"]["statusType"]]
    if isinstance(meaning, str):
        return {meaning}
    if len(meaning) == 2:
        return set(meaning)
    chamber, same, other = meaning
    return {same if CHAMBER[result["billType"]["chamber"]] == chamber else other}


def source_bills():
    for path in CORPUS:
        yield from json.loads(path.read_text())["result"]["items"]


def test_the_corpus_is_large_and_varied():
    results = list(source_bills())
    assert len(results) >= 1000
    assert {r["session"] for r in results} == {2019, 2021, 2023, 2025}
    statuses = {(r["status"] or {}).get("statusType") for r in results}
    assert set(EXPECTED) - {"SUBSTITUTED"} <= statuses  # none is SUBSTITUTED at HEAD
    assert any(r["billType"]["resolution"] for r in results)


@pytest.mark.django_db
def test_stored_stage_agrees_with_the_source_status(capsys):
    summary = import_bills(read_files(CORPUS, "openleg"))
    assert summary.failed == []
    stored = {
        (b.session.identifier[:4], b.base_print_number): b
        for b in Bill.objects.select_related("session")
    }
    compared = agreeing = 0
    wrong = []
    for result in source_bills():
        if not result.get("status"):
            continue
        bill = stored[(str(result["session"]), result["basePrintNo"])]
        compared += 1
        committee = (result["status"].get("committeeName") or "").lower()
        # The source sometimes glues the bill's own print number on ("Rules 2109a").
        own_number = re.sub(r"^[A-Z]+", "", result["basePrintNo"]).lower()
        committee = re.sub(rf"\s+{own_number}[a-z]?$", "", committee)
        committee_ok = (
            bill.stage_committee.lower() == committee
            or "COMM" not in (result["status"]["statusType"])
        )
        if bill.stage in expected_stages(result) and committee_ok:
            agreeing += 1
        else:
            wrong.append((result["basePrintNo"], result["status"]["statusType"], bill.stage))
    share = agreeing / compared
    with capsys.disabled():
        print(
            f"\ncorpus: {agreeing} of {compared} stored stages agree with the source's "
            f"status ({share:.2%}); the action rules alone disagreed on "
            f"{len(summary.disagreements)}, listed in the import summary"
        )
    assert compared >= 1000
    assert share >= 0.995, wrong[:20]
