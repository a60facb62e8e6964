"""Where a bill stands: progress bar, status sentence and call to action (pure functions)."""

from datetime import date

import pytest

from campaigns.legislation.stages import (
    CURRENT,
    DONE,
    FAILED,
    UPCOMING,
    ChamberNames,
    Stage,
    call_to_action,
    progress_steps,
    status_sentence,
)

NY = ChamberNames("Senate", "Assembly", "Governor")
D, C, U, F = DONE, CURRENT, UPCOMING, FAILED


@pytest.mark.parametrize(
    ("originating", "stage", "states", "current_label"),
    [
        # Senate bill in committee: the Senate comes first.
        ("upper", Stage.FIRST_COMMITTEE, [D, C, U, U, U, U, U, U, U], "Senate committee"),
        # Assembly bill in committee: the Assembly comes first.
        ("lower", Stage.FIRST_COMMITTEE, [D, C, U, U, U, U, U, U, U], "Assembly committee"),
        # Passed its own chamber, now in the other chamber's committee.
        ("upper", Stage.FIRST_PASSED, [D, D, D, C, U, U, U, U, U], "Passed the Senate"),
        ("lower", Stage.FIRST_PASSED, [D, D, D, C, U, U, U, U, U], "Passed the Assembly"),
        ("upper", Stage.SECOND_COMMITTEE, [D, D, D, D, C, U, U, U, U], "Assembly committee"),
        ("lower", Stage.SECOND_COMMITTEE, [D, D, D, D, C, U, U, U, U], "Senate committee"),
        # Signed: every step done, the last one is where the bill is.
        ("upper", Stage.SIGNED, [D, D, D, D, D, D, D, D, D], "Signed into law"),
        ("lower", Stage.SIGNED, [D, D, D, D, D, D, D, D, D], "Signed into law"),
        # Vetoed: everything up to the Governor done, the decision failed.
        ("upper", Stage.VETOED, [D, D, D, D, D, D, D, D, F], "Vetoed by the Governor"),
        ("lower", Stage.VETOED, [D, D, D, D, D, D, D, D, F], "Vetoed by the Governor"),
    ],
)
def test_progress_steps(originating, stage, states, current_label):
    steps = progress_steps(stage, originating, NY)
    assert [s.state for s in steps] == states
    current = [s for s in steps if s.is_current]
    assert len(current) == 1
    assert str(current[0].label) == current_label


def test_progress_orders_steps_by_originating_chamber():
    senate = [str(s.label) for s in progress_steps(Stage.INTRODUCED, "upper", NY)]
    assembly = [str(s.label) for s in progress_steps(Stage.INTRODUCED, "lower", NY)]
    assert senate[1:4] == ["Senate committee", "Senate floor vote", "Passed the Senate"]
    assert senate[4:7] == ["Assembly committee", "Assembly floor vote", "Passed the Assembly"]
    assert assembly[1:4] == ["Assembly committee", "Assembly floor vote", "Passed the Assembly"]
    assert senate[7] == "Delivered to the Governor"


def test_ended_bill_fails_where_it_stopped():
    steps = progress_steps(Stage.DIED_IN_COMMITTEE, "lower", NY, stopped_at=Stage.SECOND_COMMITTEE)
    assert [s.state for s in steps] == [D, D, D, D, F, U, U, U, U]
    assert "died in committee" in str(steps[4].label)
    assert steps[4].is_current


def test_step_states_are_told_in_text():
    steps = progress_steps(Stage.FIRST_FLOOR, "upper", NY)
    assert [str(s.state_text) for s in steps[:4]] == [
        "(completed)",
        "(completed)",
        "(current step)",
        "(not yet reached)",
    ]


@pytest.mark.parametrize(
    ("stage", "originating", "kwargs", "expected"),
    [
        (
            Stage.FIRST_COMMITTEE,
            "upper",
            {"date": date(2020, 1, 8), "committee": "Codes"},
            "In the Senate Codes Committee since 8 January 2020",
        ),
        (
            Stage.FIRST_COMMITTEE,
            "lower",
            {"date": date(2019, 2, 4), "committee": "Codes", "session_ended": True},
            "In the Assembly Codes Committee since 4 February 2019 (the session has since ended)",
        ),
        (
            Stage.FIRST_PASSED,
            "lower",
            {"date": date(2019, 6, 3)},
            "Passed the Assembly on 3 June 2019",
        ),
        (
            Stage.SIGNED,
            "upper",
            {"date": date(2019, 4, 12)},
            "Signed into law by the Governor on 12 April 2019",
        ),
        (Stage.VETOED, "upper", {}, "Vetoed by the Governor"),
        (Stage.FIRST_FLOOR, "lower", {}, "Awaiting a floor vote in the Assembly"),
    ],
)
def test_status_sentence(stage, originating, kwargs, expected):
    assert status_sentence(stage, originating, NY, **kwargs) == expected


@pytest.mark.parametrize(
    ("stage", "outcome", "kind"),
    [
        (Stage.INTRODUCED, "", "thank_sponsor"),
        (Stage.FIRST_COMMITTEE, "", "press_committee"),
        (Stage.SECOND_FLOOR, "", "floor_vote"),
        (Stage.DELIVERED, "", "ask_executive"),
        (Stage.SIGNED, "", "outcome"),
        (Stage.FIRST_COMMITTEE, "won", "outcome"),
    ],
)
def test_call_to_action_fits_the_stage(stage, outcome, kind):
    cta = call_to_action(
        stage, "upper", NY, committee="Codes", sponsor="Jessica Ramos", outcome=outcome
    )
    assert cta.kind == kind
    if kind == "press_committee":
        assert "Senate Codes Committee" in cta.text
    if kind == "thank_sponsor":
        assert "Jessica Ramos" in cta.text
