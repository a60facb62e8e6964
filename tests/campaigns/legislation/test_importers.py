"""Importers: classification, stage derivation, both formats, idempotency, errors."""

import json
from datetime import date
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Revision

from campaigns.legislation.importers import (
    BillImportError,
    import_bills,
    openleg,
    openstates,
    read_files,
)
from campaigns.legislation.importers.normalized import NormalizedAction, normalized_fields
from campaigns.legislation.importers.rules import classify_action, derive_status, reconcile
from campaigns.legislation.stages import Stage
from campaigns.models import (
    Bill,
    BillAction,
    BillDocument,
    BillRelation,
    BillStatusChange,
    Jurisdiction,
    LegislativeSession,
    Legislator,
    Sponsorship,
)
from tests.conftest import login_with_mfa

FIXTURES = Path(__file__).parent / "fixtures"
OPENLEG_S1825 = FIXTURES / "openleg_S1825.json"
OPENSTATES_S1825 = FIXTURES / "openstates_S1825.json"
OPENLEG_A4469 = FIXTURES / "openleg_A4469.json"


# Classification and stage derivation ------------------------------------------------

# (action text, chamber, classifications, stage for a Senate bill, committee)
PATTERNS = [
    ("INTRODUCED", "upper", ("introduction",), Stage.INTRODUCED, ""),
    ("REFERRED TO CODES", "upper", ("referral-committee",), Stage.FIRST_COMMITTEE, "Codes"),
    ("referred to codes", "lower", ("referral-committee",), Stage.SECOND_COMMITTEE, "Codes"),
    (
        "AMEND AND RECOMMIT TO CODES",
        "upper",
        ("amendment-introduction", "referral-committee"),
        Stage.FIRST_COMMITTEE,
        "Codes",
    ),
    (
        "AMEND (T) AND RECOMMIT TO CRIME VICTIMS, CRIME AND CORRECTION",
        "upper",
        ("amendment-introduction", "referral-committee"),
        Stage.FIRST_COMMITTEE,
        "Crime Victims, Crime And Correction",
    ),
    ("PRINT NUMBER 1825A", "upper", ("amendment-introduction",), None, ""),
    (
        "REPORTED AND COMMITTED TO FINANCE",
        "upper",
        ("committee-passage", "referral-committee"),
        Stage.FIRST_COMMITTEE,
        "Finance",
    ),
    ("1ST REPORT CAL.123", "upper", ("committee-passage",), Stage.FIRST_FLOOR, ""),
    ("2ND REPORT CAL.", "upper", ("reading-2",), Stage.FIRST_FLOOR, ""),
    ("ADVANCED TO THIRD READING", "upper", ("reading-3",), Stage.FIRST_FLOOR, ""),
    ("ordered to third reading cal.456", "lower", ("reading-3",), Stage.SECOND_FLOOR, ""),
    ("PASSED SENATE", "upper", ("passage",), Stage.FIRST_PASSED, ""),
    ("PASSED ASSEMBLY", "lower", ("passage",), Stage.SECOND_PASSED, ""),
    ("DELIVERED TO ASSEMBLY", "upper", (), None, ""),
    ("RETURNED TO SENATE", "lower", (), None, ""),
    ("DELIVERED TO GOVERNOR", "executive", ("executive-receipt",), Stage.DELIVERED, ""),
    ("SIGNED CHAP.55", "executive", ("executive-signature",), Stage.SIGNED, ""),
    ("VETOED MEMO.123", "executive", ("executive-veto",), Stage.VETOED, ""),
    ("ENACTING CLAUSE STRICKEN", "upper", ("withdrawal",), Stage.STRICKEN, ""),
    ("SUBSTITUTED BY A4469", "upper", ("substitution",), Stage.SUBSTITUTED, ""),
    ("SUBSTITUTED FOR S1825", "lower", ("substitution",), None, ""),
    ("LOST", "upper", ("failure",), Stage.LOST, ""),
    ("HELD FOR CONSIDERATION IN CODES", "upper", (), None, ""),
    ("PASSED SENATE OVER VETO", "upper", ("veto-override-passage",), Stage.VETO_OVERRIDDEN, ""),
    ("BECAME LAW WITHOUT SIGNATURE", "executive", ("became-law",), Stage.LAW_WITHOUT_SIGNATURE, ""),
    ("DIED IN COMMITTEE", "upper", ("committee-failure",), Stage.DIED_IN_COMMITTEE, ""),
    ("MOTION TO DISCHARGE LOST? no: unrecognised text", "upper", (), None, ""),
]


@pytest.mark.parametrize(("text", "chamber", "classes", "stage", "committee"), PATTERNS)
def test_action_pattern_classification_and_stage(text, chamber, classes, stage, committee):
    assert classify_action(text) == classes
    start = NormalizedAction(date(2019, 1, 1), "upper", "PRINTED AND READ", ())
    action = NormalizedAction(date(2019, 3, 1), chamber, text, classes)
    history = derive_status([start, action], "upper")
    if stage is None:
        assert history == []
    else:
        assert (history[-1].stage, history[-1].date, history[-1].committee) == (
            stage,
            date(2019, 3, 1),
            committee,
        )


def test_s1825_history_from_real_actions():
    (bill,) = openleg.read_file(OPENLEG_S1825)
    history = reconcile(derive_status(bill.actions, "upper"), bill.source_status)
    assert [(c.stage, c.date) for c in history] == [
        (Stage.FIRST_COMMITTEE, date(2019, 1, 16)),
        (Stage.FIRST_COMMITTEE, date(2019, 2, 13)),
        (Stage.FIRST_COMMITTEE, date(2020, 1, 8)),
    ]
    assert history[-1].committee == "Codes"
    assert bill.print_number == "S1825A"


# Two formats, one bill ------------------------------------------------------------------


def test_openleg_and_openstates_files_give_the_same_bill():
    (from_openleg,) = openleg.read_file(OPENLEG_S1825)
    (from_openstates,) = openstates.read_file(OPENSTATES_S1825)
    a, b = normalized_fields(from_openleg), normalized_fields(from_openstates)
    # Each source identifies people its own way; the names and roles are the same.
    for fields in (a, b):
        fields["sponsors"] = [(s.name, s.classification) for s in fields["sponsors"]]
    # Open States does not carry the laws a bill amends: it says nothing (None), so an
    # import from it leaves that field as it is.
    assert b.pop("law_sections") is None
    assert a.pop("law_sections") == "Amd §70.15, Pen L; add §440.10, CP L"
    assert a == b
    assert from_openleg.source_status.stage == from_openstates.source_status.stage


def test_openstates_page_of_results_and_list(tmp_path):
    bill = json.loads(OPENSTATES_S1825.read_text())
    page = tmp_path / "page.json"
    page.write_text(json.dumps({"results": [bill], "pagination": {"page": 1}}))
    listing = tmp_path / "list.json"
    listing.write_text(json.dumps([bill]))
    assert len(openstates.read_file(page)) == 1
    assert openstates.read_file(listing) == openstates.read_file(OPENSTATES_S1825)


# Writing ---------------------------------------------------------------------------------


def _counts():
    return {
        model.__name__: model.objects.count()
        for model in (
            Bill,
            BillAction,
            BillDocument,
            BillRelation,
            BillStatusChange,
            Sponsorship,
            Jurisdiction,
            LegislativeSession,
            Revision,
        )
    }


@pytest.mark.django_db
def test_import_creates_the_bill():
    summary = import_bills(read_files([OPENLEG_S1825], "openleg"))
    assert summary["created"] == ["S1825 (2019-2020)"]
    bill = Bill.objects.get(base_print_number="S1825")
    assert bill.print_number == "S1825A"
    assert bill.session.identifier == "2019-2020"
    assert bill.session.jurisdiction.upper_chamber_name == "Senate"
    assert (bill.stage, bill.stage_date, bill.stage_committee) == (
        Stage.FIRST_COMMITTEE,
        date(2020, 1, 8),
        "Codes",
    )
    assert bill.status_text() == "In the Senate Codes Committee since 8 January 2020"
    assert [a.text for a in bill.actions.all()][0] == "REFERRED TO CODES"
    assert bill.actions.count() == 4
    assert bill.status_changes.count() == 3
    assert [s.name for s in bill.primary_sponsors()] == ["Jessica Ramos"]
    assert len(bill.cosponsors()) == 2
    assert bill.source == "imported" and bill.last_imported_at is not None
    assert bill.relations.get().related_print_number == "S4294"


@pytest.mark.django_db
def test_reimport_is_idempotent():
    import_bills(read_files([OPENLEG_S1825, OPENLEG_A4469], "openleg"))
    before = _counts()
    stamp = Bill.objects.get(base_print_number="S1825").last_imported_at
    summary = import_bills(read_files([OPENLEG_S1825, OPENLEG_A4469], "openleg"))
    assert (summary.created, summary.updated) == ([], [])
    assert summary.unchanged == ["S1825 (2019-2020)", "A4469 (2019-2020)"]
    assert _counts() == before
    assert Bill.objects.get(base_print_number="S1825").last_imported_at == stamp
    # The same bill from the other source changes nothing either.
    summary = import_bills(read_files([OPENSTATES_S1825], "openstates"))
    assert summary["unchanged"] == ["S1825 (2019-2020)"]
    assert _counts() == before


@pytest.mark.django_db
def test_new_action_adds_one_status_change(tmp_path):
    import_bills(read_files([OPENLEG_S1825], "openleg"))
    data = json.loads(OPENLEG_S1825.read_text())
    data["result"]["actions"]["items"].append(
        {"date": "2020-03-02", "chamber": "SENATE", "sequenceNo": 5, "text": "PASSED SENATE"}
    )
    data["result"]["status"] = {"statusType": "PASSED_SENATE", "actionDate": "2020-03-02"}
    path = tmp_path / "later.json"
    path.write_text(json.dumps(data))
    assert import_bills(read_files([path], "openleg"))["updated"] == ["S1825 (2019-2020)"]
    bill = Bill.objects.get(base_print_number="S1825")
    assert bill.stage == Stage.FIRST_PASSED
    assert bill.status_changes.count() == 4
    import_bills(read_files([path], "openleg"))
    assert bill.status_changes.count() == 4


def _companion_files(tmp_path):
    """Two illustrative bills; only the Senate one names the other as its companion."""
    senate = json.loads(OPENLEG_S1825.read_text())
    senate["result"]["amendments"]["items"]["A"]["sameAs"]["items"] = [
        {"basePrintNo": "A4469", "session": 2019, "printNo": "A4469"}
    ]
    senate_path = tmp_path / "senate.json"
    senate_path.write_text(json.dumps(senate))
    return senate_path, OPENLEG_A4469


@pytest.mark.django_db
@pytest.mark.parametrize("senate_first", [True, False])
def test_companions_link_whichever_is_imported_first(tmp_path, senate_first):
    senate_path, assembly_path = _companion_files(tmp_path)
    order = [senate_path, assembly_path] if senate_first else [assembly_path, senate_path]
    for path in order:
        import_bills(read_files([path], "openleg"))
    senate = Bill.objects.get(base_print_number="S1825")
    assembly = Bill.objects.get(base_print_number="A4469")
    relation = senate.relations.get(relation_type="companion")
    assert relation.related_bill == assembly
    assert list(assembly.reverse_relations.values_list("bill", flat=True)) == [senate.pk]


def _edit_form_data(client, url):
    """The bill edit form's current values, as the browser would post them back."""
    response = client.get(url)
    assert response.status_code == 200
    form = response.context["form"]
    data = {}
    for name, field in form.fields.items():
        value = form.initial.get(name, field.initial)
        data[name] = "" if value is None else value
    for formset in form.formsets.values():
        prefix = formset.prefix
        for key, value in formset.management_form.initial.items():
            data[f"{prefix}-{key}"] = value
        data[f"{prefix}-TOTAL_FORMS"] = len(formset.forms)
        data[f"{prefix}-INITIAL_FORMS"] = len(formset.forms)
        for i, subform in enumerate(formset.forms):
            for name, field in subform.fields.items():
                value = subform.initial.get(name, field.initial)
                if name == "id":
                    value = subform.instance.pk
                if name == "ORDER":
                    value = i + 1
                if name == "DELETE":
                    continue
                data[f"{prefix}-{i}-{name}"] = "" if value is None else value
    return data


@pytest.mark.django_db
def test_staff_edited_title_survives_reimport(client, make_user, tmp_path):
    import_bills(read_files([OPENLEG_S1825], "openleg"))
    bill = Bill.objects.get(base_print_number="S1825")
    admin = make_user("admin", superuser=True)
    login_with_mfa(client, admin)
    url = f"/admin/snippets/legislation/bill/edit/{bill.pk}/"
    data = _edit_form_data(client, url)
    data["session"] = bill.session_id
    data["title"] = "The One Day bill, as staff wrote it"
    data["stage_date"] = bill.stage_date.isoformat()
    response = client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    bill.refresh_from_db()
    assert bill.title == "The One Day bill, as staff wrote it"
    assert bill.locked_fields == ["title"]

    # A later import with a new upstream title and a new action: the action arrives,
    # the staff title stays.
    upstream = json.loads(OPENLEG_S1825.read_text())
    upstream["result"]["title"] = "A new official title"
    upstream["result"]["actions"]["items"].append(
        {"date": "2020-03-02", "chamber": "SENATE", "sequenceNo": 5, "text": "PASSED SENATE"}
    )
    upstream["result"]["status"] = {"statusType": "PASSED_SENATE", "actionDate": "2020-03-02"}
    path = tmp_path / "update.json"
    path.write_text(json.dumps(upstream))
    import_bills(read_files([path], "openleg"))
    bill.refresh_from_db()
    assert bill.title == "The One Day bill, as staff wrote it"
    assert bill.stage == Stage.FIRST_PASSED
    assert bill.imported_values["title"] == "A new official title"

    # Unticking the field hands it back to the importer.
    data = _edit_form_data(client, url)
    data["session"] = bill.session_id
    data["stage_date"] = bill.stage_date.isoformat()
    data["locked_fields"] = []
    response = client.post(url, data)
    assert response.status_code == 302
    bill.refresh_from_db()
    assert bill.locked_fields == []
    import_bills(read_files([path], "openleg"))
    bill.refresh_from_db()
    assert bill.title == "A new official title"


# Errors ------------------------------------------------------------------------------


def _write(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content if isinstance(content, str) else json.dumps(content))
    return path


def _broken_cases(tmp_path):
    openleg_data = json.loads(OPENLEG_S1825.read_text())
    missing = json.loads(OPENLEG_S1825.read_text())
    del missing["result"]["basePrintNo"]
    unknown = json.loads(OPENLEG_S1825.read_text())
    unknown["result"]["status"]["statusType"] = "SENT_TO_THE_MOON"
    os_missing = json.loads(OPENSTATES_S1825.read_text())
    del os_missing["actions"][1]["date"]
    os_unknown = json.loads(OPENSTATES_S1825.read_text())
    os_unknown["actions"][0]["classification"] = ["teleportation"]
    return [
        ("openleg", _write(tmp_path, "malformed.json", '{"result": {"basePrintNo": '), "line 1"),
        ("openleg", _write(tmp_path, "missing.json", missing), "result.basePrintNo"),
        ("openleg", _write(tmp_path, "unknown.json", unknown), "result.status.statusType"),
        ("openleg", OPENSTATES_S1825, "result"),
        ("openstates", OPENLEG_S1825, "identifier"),
        ("openstates", _write(tmp_path, "os_missing.json", os_missing), "actions[1].date"),
        (
            "openstates",
            _write(tmp_path, "os_unknown.json", os_unknown),
            "actions[0].classification",
        ),
        ("openstates", _write(tmp_path, "malformed2.json", "[{]"), "line 1"),
    ], openleg_data


@pytest.mark.django_db
def test_bad_files_fail_naming_file_and_key_and_write_nothing(tmp_path):
    cases, _data = _broken_cases(tmp_path)
    for format_name, path, key in cases:
        before = _counts()
        with pytest.raises(CommandError) as raised:
            # A good file first: it must not be written either.
            good = OPENLEG_A4469 if format_name == "openleg" else OPENSTATES_S1825
            call_command("import_bills", "--format", format_name, str(good), str(path))
        message = str(raised.value)
        assert str(path) in message, message
        assert key in message, message
        assert "Nothing was imported" in message
        assert _counts() == before


def test_error_message_names_the_other_format(tmp_path):
    with pytest.raises(BillImportError) as raised:
        openleg.read_file(OPENSTATES_S1825)
    assert "Open States" in str(raised.value)
    with pytest.raises(BillImportError) as raised:
        openstates.read_file(OPENLEG_S1825)
    assert "Open Legislation" in str(raised.value)


@pytest.mark.django_db
def test_command_summary_and_dry_run(capsys):
    call_command("import_bills", "--format", "openleg", str(OPENLEG_S1825), "--dry-run")
    out = capsys.readouterr().out
    assert "Dry run, nothing written. 1 created, 0 updated, 0 unchanged." in out
    assert Bill.objects.count() == 0
    call_command("import_bills", "--format", "openleg", str(OPENLEG_S1825), str(OPENLEG_A4469))
    assert "2 created, 0 updated, 0 unchanged." in capsys.readouterr().out
    call_command("import_bills", "--format", "openstates", str(OPENSTATES_S1825))
    out = capsys.readouterr().out
    assert "0 created, 0 updated, 1 unchanged." in out
    assert "unchanged: S1825 (2019-2020)" in out


@pytest.mark.django_db
def test_import_links_sponsors_to_known_legislators():
    ny = Jurisdiction.objects.create(code="ny", name="New York")
    ramos = Legislator.objects.create(
        jurisdiction=ny, name="Jessica Ramos", short_name="RAMOS", chamber="upper"
    )
    import_bills(read_files([OPENLEG_S1825], "openleg"))
    bill = Bill.objects.get(base_print_number="S1825")
    assert bill.primary_sponsors()[0].legislator == ramos
