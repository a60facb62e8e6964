"""Bill tracking on real New York (and Wyoming) data: what issue 13 found broken."""

import json
from datetime import date

import pytest
from django.core.management import call_command
from django.db import connection

from campaigns.legislation.importers import import_bills, openleg, read_files
from campaigns.legislation.importers.normalized import NormalizedAction
from campaigns.legislation.importers.rules import classify_action, derive_status
from campaigns.legislation.stages import Stage
from campaigns.models import Bill, BillAction, Jurisdiction, Legislator, Sponsorship

from .conftest import FIXTURES, corpus_result, corpus_results, write_listing

pytestmark = pytest.mark.django_db

OPENLEG_2025 = FIXTURES / "openleg_ny_2025_sample.json"
OPENSTATES_2025_PAGE = FIXTURES / "openstates_ny_2025_page_without_actions.json"
OPENSTATES_RAMOS = FIXTURES / "openstates_ny_2019_ramos.json"
OPENSTATES_WY = FIXTURES / "openstates_wy_2025_HB22.json"


def _state():
    bills = Bill.objects.filter(session__identifier="2025-2026").order_by("base_print_number")
    return {
        bill.base_print_number: (
            list(BillAction.objects.filter(bill=bill).values_list("date", "text")),
            sorted(Sponsorship.objects.filter(bill=bill).values_list("name", "legislator_id")),
            (bill.stage, bill.stage_date, bill.stage_committee),
            bill.print_number,
        )
        for bill in bills
    }


# Never lose what is stored ---------------------------------------------------------------


def test_open_states_page_without_actions_changes_nothing_stored():
    import_bills(read_files([OPENLEG_2025], "openleg"))
    before = _state()
    actions, _sponsors, stage, print_number = before["A10000"]
    assert len(actions) == 26 and stage[0] == Stage.SIGNED and print_number == "A10000D"

    summary = import_bills(read_files([OPENSTATES_2025_PAGE], "openstates"))

    after = _state()
    assert {key: after[key] for key in before} == before
    assert summary.kept == []  # nothing was even proposed for removal
    bill = Bill.objects.get(session__identifier="2025-2026", base_print_number="A10000")
    assert bill.display_number == "A.10000-D"
    assert bill.status_text().startswith("Signed into law by the Governor")


def test_a_shorter_action_list_needs_replace(tmp_path):
    result = corpus_result("2019", "A5169")
    import_bills(read_files([write_listing(tmp_path, "full.json", [result])], "openleg"))
    result["actions"]["items"] = result["actions"]["items"][:3]
    shorter = write_listing(tmp_path, "shorter.json", [result])
    summary = import_bills(read_files([shorter], "openleg"))
    bill = Bill.objects.get(base_print_number="A5169")
    assert bill.actions.count() == 17
    assert summary.kept == [("A5169 (2019-2020)", "actions: 14")]
    import_bills(read_files([shorter], "openleg"), replace=True)
    assert bill.actions.count() == 3


# People are people ------------------------------------------------------------------------


def _senator_jessica_ramos():
    """As the demo content and staff enter her: known by her last name in the data."""
    ny, _created = Jurisdiction.objects.get_or_create(code="ny", defaults={"name": "New York"})
    return Legislator.objects.create(
        jurisdiction=ny, name="Jessica Ramos", short_name="RAMOS", chamber="upper", district="13"
    )


def _primary(base):
    return Bill.objects.get(base_print_number=base).primary_sponsors()[0].legislator


def test_two_ramoses_in_two_chambers_stay_two_people_openleg(client, tmp_path, home):
    jessica = _senator_jessica_ramos()
    results = [corpus_result("2019", "A5169"), corpus_result("2019", "S1825")]
    import_bills(read_files([write_listing(tmp_path, "ramos.json", results)], "openleg"))

    philip = _primary("A5169")
    assert (philip.name, philip.chamber, philip.openleg_member_id) == (
        "Philip Ramos",
        "lower",
        "468",
    )
    assert philip != jessica
    assert _primary("S1825") == jessica
    jessica.refresh_from_db()
    assert jessica.openleg_member_id == "1226"
    assert Legislator.objects.filter(name__endswith="Ramos").count() == 2


def test_two_ramoses_stay_two_people_openstates_after_openleg(tmp_path):
    jessica = _senator_jessica_ramos()
    import_bills(read_files([OPENSTATES_RAMOS], "openstates"))
    philip = _primary("A5169")
    assert philip.name == "Philip Ramos" and philip.chamber == "lower"
    assert philip.openstates_person_id == "ocd-person/efcd9b6f-4657-41aa-94a1-9b048c7043cf"
    assert _primary("S1825") == jessica
    # The same bills from Open Legislation find the same two people.
    results = [corpus_result("2019", "A5169"), corpus_result("2019", "S1825")]
    import_bills(read_files([write_listing(tmp_path, "ramos.json", results)], "openleg"))
    assert _primary("A5169") == philip and _primary("S1825") == jessica
    assert Legislator.objects.filter(name__endswith="Ramos").count() == 2


def test_a_link_made_on_a_last_name_is_mended(tmp_path):
    jessica = _senator_jessica_ramos()
    result = corpus_result("2019", "A5169")
    import_bills(read_files([write_listing(tmp_path, "a.json", [result])], "openleg"))
    sponsorship = Bill.objects.get(base_print_number="A5169").primary_sponsors()[0]
    Sponsorship.objects.filter(pk=sponsorship.pk).update(legislator=jessica)  # the old bug
    import_bills(read_files([write_listing(tmp_path, "a.json", [result])], "openleg"))
    assert _primary("A5169").name == "Philip Ramos"


# Placeholders and long values --------------------------------------------------------------


def test_a_placeholder_does_not_stop_the_batch(tmp_path, capsys):
    placeholder = corpus_results("2025", lambda r: not r.get("title"))[0]
    assert placeholder["status"] is None and placeholder["actions"]["items"] == []
    results = [corpus_result("2019", "A5169"), placeholder, corpus_result("2019", "S6215")]
    path = write_listing(tmp_path, "batch.json", results)
    call_command("import_bills", "--format", "openleg", str(path))
    out = capsys.readouterr().out
    assert "2 created, 0 updated, 0 unchanged. 1 skipped, 0 failed." in out
    label = f"{placeholder['basePrintNo']} (2025-2026)"
    assert f"skipped: {label}: placeholder" in out
    assert Bill.objects.count() == 2


def test_the_longest_real_values_import_on_postgresql(tmp_path):
    assert connection.vendor == "postgresql"
    longest = corpus_result("2025", "A8967")
    law_code = longest["amendments"]["items"][longest["activeVersion"]]["lawCode"]
    assert len(law_code) == 1167
    summary = import_bills(read_files([write_listing(tmp_path, "long.json", [longest])], "openleg"))
    assert summary.failed == [] and summary.truncated == []
    assert len(Bill.objects.get(base_print_number="A8967").law_sections) == 1167


def test_values_longer_than_a_column_are_cut_and_reported(tmp_path):
    # Constructed: no real action text is this long (the longest seen is 87 characters).
    result = corpus_result("2019", "S6215")
    result["actions"]["items"][0]["text"] = "REFERRED TO " + "X" * 600
    summary = import_bills(read_files([write_listing(tmp_path, "long.json", [result])], "openleg"))
    assert summary.truncated == [("S6215 (2019-2020)", "BillAction.text", 612, 500)]
    assert summary.failed == []


# Status you can trust ----------------------------------------------------------------------


def _import_one(tmp_path, result):
    import_bills(read_files([write_listing(tmp_path, "one.json", [result])], "openleg"))
    return Bill.objects.get(base_print_number=result["basePrintNo"])


def _first_with_action(session, text, status=None):
    return corpus_results(
        session,
        lambda r: (
            any(a["text"].startswith(text) for a in r["actions"]["items"])
            and (status is None or (r["status"] or {}).get("statusType") == status)
        ),
    )[0]


@pytest.mark.parametrize(
    ("action", "status", "stage"),
    [
        ("RECOMMIT, ENACTING CLAUSE STRICKEN", "STRICKEN", Stage.STRICKEN),
        ("REPORTED REFERRED TO WAYS AND MEANS", "IN_ASSEMBLY_COMM", Stage.FIRST_COMMITTEE),
        ("HELD FOR CONSIDERATION", "IN_ASSEMBLY_COMM", Stage.FIRST_COMMITTEE),
        ("POCKET VETO", "VETOED", Stage.VETOED),
        ("CHAPTER ", "POCKET_APPROVAL", Stage.LAW_WITHOUT_SIGNATURE),
        ("AMENDED ON THIRD READING", "ASSEMBLY_FLOOR", Stage.FIRST_FLOOR),
    ],
)
def test_real_pitfalls_get_the_source_stage(tmp_path, action, status, stage):
    candidates = [
        r
        for session in ("2019", "2021", "2023", "2025")
        for r in corpus_results(
            session,
            lambda r: (
                any(a["text"].startswith(action) for a in r["actions"]["items"])
                and (r["status"] or {}).get("statusType") == status
            ),
        )
    ]
    assert candidates, f"the corpus should hold a bill ending {status} after {action!r}"
    result = candidates[0]
    bill = _import_one(tmp_path, result)
    assert bill.stage == stage
    assert bill.status_changes.order_by("-date", "-pk").first().stage == stage


def test_the_action_rules_read_the_pitfalls_right():
    day = date(2020, 3, 1)
    cases = [
        ("RECOMMIT, ENACTING CLAUSE STRICKEN", Stage.STRICKEN, ""),
        ("REPORTED REFERRED TO WAYS AND MEANS", Stage.FIRST_COMMITTEE, "Ways And Means"),
        ("POCKET VETO - VETO.77", Stage.VETOED, ""),
        ("CHAPTER 732", Stage.LAW_WITHOUT_SIGNATURE, ""),
        ("AMEND AND RECOMMIT TO RULES 6679C", Stage.FIRST_COMMITTEE, "Rules"),
        ("REFERRED TO CITIES 1", Stage.FIRST_COMMITTEE, "Cities 1"),
        ("3RD READING CAL.1033", Stage.FIRST_FLOOR, ""),
        ("SUBSTITUTED BY S5579A", Stage.SUBSTITUTED, ""),
    ]
    for text, stage, committee in cases:
        chamber = "executive" if stage in (Stage.VETOED, Stage.LAW_WITHOUT_SIGNATURE) else "lower"
        action = NormalizedAction(day, chamber, text, classify_action(text))
        (change,) = derive_status([action], "lower")
        assert (change.stage, change.committee) == (stage, committee), text
    unchanged = (
        "HELD FOR CONSIDERATION IN HEALTH",
        "RETURNED TO ASSEMBLY",
        "OPINION REFERRED TO JUDICIARY",
        "SUBSTITUTED FOR S5579A",
        "AMENDED ON THIRD READING 5598B",
    )
    for text in unchanged:
        action = NormalizedAction(day, "lower", text, classify_action(text))
        assert derive_status([action], "lower") == [], text


def test_pocket_veto_keeps_the_sources_amendment_letter(tmp_path):
    result = corpus_result("2019", "A6679")
    bill = _import_one(tmp_path, result)
    assert result["activeVersion"] == "C"
    assert bill.print_number == "A6679C" and bill.display_number == "A.6679-C"
    assert bill.stage == Stage.VETOED
    assert "Rules 6679" not in " ".join(bill.status_changes.values_list("committee", flat=True))


def test_adopted_resolutions_say_by_which_chamber(tmp_path):
    result = corpus_results(
        "2023",
        lambda r: (
            r["billType"]["resolution"] and (r["status"] or {}).get("statusType") == "ADOPTED"
        ),
    )[0]
    bill = _import_one(tmp_path, result)
    chamber = "Senate" if result["billType"]["chamber"] == "SENATE" else "Assembly"
    assert bill.stage in (Stage.ADOPTED, Stage.ADOPTED_BOTH)
    assert bill.status_text().startswith(
        f"Adopted by the {chamber}"
    ) or bill.status_text().startswith("Adopted by both chambers")
    assert [s.state for s in bill.progress()][-1] == "done"


def test_disagreements_are_listed_in_the_summary(tmp_path, capsys):
    result = corpus_result("2019", "A10033")  # HELD FOR CONSIDERATION IN HEALTH, in committee
    result["status"] = dict(result["status"], statusType="ASSEMBLY_FLOOR", committeeName=None)
    call_command(
        "import_bills", "--format", "openleg", str(write_listing(tmp_path, "d.json", [result]))
    )
    out = capsys.readouterr().out
    assert "disagreement: A10033 (2019-2020): the source says On the floor (first chamber)" in out
    assert Bill.objects.get(base_print_number="A10033").stage == Stage.FIRST_FLOOR


# Each jurisdiction speaks its own words -----------------------------------------------------


def test_wyoming_has_a_house_and_numbers_like_hb_22():
    import_bills(read_files([OPENSTATES_WY], "openstates"))
    bill = Bill.objects.get(base_print_number="HB22")
    wyoming = bill.session.jurisdiction
    assert (wyoming.code, wyoming.name, wyoming.lower_chamber_name) == ("wy", "Wyoming", "House")
    assert bill.display_number == "HB 22"
    assert str(bill) == "HB 22 (2025)"
    assert bill.status_text() == "Introduced in the House on 9 December 2024"
    assert [s.label for s in bill.progress()][1] == "House committee"
    ny = openleg.read_file(FIXTURES / "openleg_S1825.json")[0]
    assert ny.chamber_names[1] == ("lower", "Assembly")


def test_open_states_classifications_are_the_authority(tmp_path):
    page = json.loads(OPENSTATES_RAMOS.read_text())
    bill = page["results"][1]  # S1825 of 2019, in committee by its actions
    bill["actions"].append(
        {
            "description": "THIRD READING CALENDAR 301",  # no rule reads this as passage
            "date": "2020-03-02",
            "organization": bill["from_organization"],
            "classification": ["passage"],
            "order": 99,
        }
    )
    path = tmp_path / "os.json"
    path.write_text(json.dumps({"results": [bill]}))
    summary = import_bills(read_files([path], "openstates"))
    stored = Bill.objects.get(base_print_number="S1825")
    assert (stored.stage, stored.stage_date) == (Stage.FIRST_PASSED, date(2020, 3, 2))
    assert summary.disagreements == [("S1825 (2019-2020)", Stage.FIRST_FLOOR, Stage.FIRST_PASSED)]


def test_a_substituted_bill_follows_the_sources_substituted_by(tmp_path):
    result = corpus_results(
        "2019", lambda r: any(a["text"] == "SUBSTITUTED BY S240" for a in r["actions"]["items"])
    )[0]
    assert result["status"]["statusType"] == "ASSEMBLY_FLOOR"  # where it was replaced
    bill = _import_one(tmp_path, result)
    assert bill.stage == Stage.FIRST_FLOOR  # the mirror dropped substitutedBy: status rules
    result["substitutedBy"] = {"basePrintNo": "S240", "session": 2019, "printNo": "S240"}
    bill = _import_one(tmp_path, result)
    assert bill.stage == Stage.SUBSTITUTED
    assert bill.status_text().startswith("Replaced by another bill on ")
    assert bill.relations.filter(
        relation_type="substituted_by", related_print_number="S240"
    ).exists()
