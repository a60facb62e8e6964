"""Action classification and stage derivation, shared by every reader.

Action classification rules
===========================

Legislatures write actions as free text. Each text is matched, case-insensitively
and in this order, against `RULES`; the first rule that matches gives the action its
Open States classification(s). Open States files carry their own classification,
which is used as given (only empty ones go through the rules).

======================================  ==========================  =====================
Action text                             Classification              Stage it leads to
======================================  ==========================  =====================
... ENACTING CLAUSE STRICKEN (anywhere)  withdrawal                  stricken
INTRODUCED / FILED                      introduction                introduced
AMEND ... [AND] RECOMMIT[TED] TO x      amendment-introduction,     in committee x (the
                                        referral-committee          action's chamber)
PRINT NUMBER 1825A / AMENDED ON THIRD   amendment-introduction      (no change)
READING / AMEND[ED] BY RESTORING
REPORTED [AND] [RE]REFERRED|COMMITTED   committee-passage,          in committee x
TO x                                    referral-committee
REFERRED / [RE]COMMITTED TO x,          referral-committee          in committee x
REFERENCE CHANGED TO x, COMMITTEE
DISCHARGED AND COMMITTED TO x
nTH / RULES REPORT CAL., REPORTED ...   committee-passage           on the floor
ADVANCED / ORDERED / RESTORED TO THIRD  reading-3                   on the floor
READING, 3RD READING CAL.
HELD FOR CONSIDERATION IN x,            (none)                      (no change: still in
DEFEATED IN x                                                       committee)
DIED IN COMMITTEE                       committee-failure           died in committee
PASSED ... OVER ... VETO                veto-override-passage       veto overridden
[RE]PASSED SENATE / ASSEMBLY / HOUSE,   passage                     passed (the action's
ADOPTED                                                             chamber); adopted
                                                                    for a resolution
LOST                                    failure                     lost
DELIVERED TO GOVERNOR                   executive-receipt           delivered
SIGNED CHAP.n                           executive-signature         signed
VETOED MEMO.n / POCKET VETO             executive-veto              vetoed
[THRU / TABLED] LINE VETO               executive-veto-line-item    (no change)
POCKET APPROVAL / BECAME LAW WITHOUT /  became-law                  law without signature
CHAPTER n (without a signature)
SUBSTITUTED BY x                        substitution                substituted
SUBSTITUTED FOR x                       substitution                (no change: this
                                                                    bill carries on)
SUBSTITUTION RECONSIDERED               reading-3                   on the floor (the
                                                                    substitution undone)
DELIVERED / RETURNED TO a chamber,      (none)                      (no change)
anything else
======================================  ==========================  =====================

When an action has several classifications, the first in `STAGE_PRIORITY` decides (a
bill reported to another committee is in committee). Actions classified executive-* or
became-law are recorded as the executive's. Committee names lose a print number the
text glued on ("RULES 6679C" is the Rules committee) but keep a committee's own number
("CITIES 1").

These rules are the history; the source's own status is the authority for where a
bill stands now (see `reconcile`).
"""

import re
from dataclasses import dataclass
from datetime import date

from campaigns.legislation.stages import Stage

COMMITTEE = r"(?P<committee>.+?)\s*$"
RULES = [
    (r"\bENACTING CLAUSE STRICKEN", ("withdrawal",)),
    (r"^(INTRODUCED|FILED)\b", ("introduction",)),
    (
        rf"^AMEND\b.*\bRECOMMIT(TED)? TO {COMMITTEE}",
        ("amendment-introduction", "referral-committee"),
    ),
    (
        r"^(PRINT NUMBER\s+\d+[A-Z]?\b|AMENDED ON THIRD READING|AMEND(ED)? BY RESTORING)",
        ("amendment-introduction",),
    ),
    (
        rf"^REPORTED (AND )?(RE)?(REFERRED|COMMITTED) TO {COMMITTEE}",
        ("committee-passage", "referral-committee"),
    ),
    (
        rf"^((RE)?COMMITTED|REFERRED|REFERENCE CHANGED|COMMITTEE DISCHARGED AND COMMITTED) "
        rf"TO {COMMITTEE}",
        ("referral-committee",),
    ),
    (r"^(2ND|SECOND) REPORT CAL", ("reading-2",)),
    (r"^(\d+(ST|RD|TH)|FIRST|RULES) REPORT CAL", ("committee-passage",)),
    (r"((ADVANCED|ORDERED|RESTORED) TO THIRD READING|^(3RD|THIRD) READING CAL)", ("reading-3",)),
    (r"^REPORTED\b", ("committee-passage",)),
    (r"^HELD FOR CONSIDERATION", ()),
    (r"^DIED IN COMMITTEE\b", ("committee-failure",)),
    (r"^DEFEATED IN\b", ()),
    (r"^(PASSED\b.*\bOVER\b.*\bVETO|VETO OVERRIDDEN)", ("veto-override-passage",)),
    (r"^((RE)?PASSED (SENATE|ASSEMBLY|HOUSE)|ADOPTED\b)", ("passage",)),
    (r"^LOST\b", ("failure",)),
    (r"^DELIVERED TO GOVERNOR", ("executive-receipt",)),
    (r"^(DELIVERED|RETURNED) TO (SENATE|ASSEMBLY|HOUSE)", ()),
    (r"^SIGNED CHAP", ("executive-signature",)),
    (r"^(VETOED MEMO|POCKET VETO)", ("executive-veto",)),
    (r"^((THRU|TABLED) )?LINE VETO", ("executive-veto-line-item",)),
    (r"^(POCKET APPROVAL|BECAME LAW WITHOUT|CHAPTER \d+)", ("became-law",)),
    (r"^SUBSTITUTED (BY|FOR)\b", ("substitution",)),
    # The chamber took back a substitution: the bill is on its third reading again.
    (r"^SUBSTITUTION RECONSIDERED\b", ("reading-3",)),
]
COMPILED_RULES = [(re.compile(pattern, re.IGNORECASE), classes) for pattern, classes in RULES]
COMMITTEE_RE = re.compile(
    r"\b(?:REFERRED|COMMITTED|RECOMMIT(?:TED)?|REFERENCE CHANGED) TO (.+?)\s*$", re.IGNORECASE
)
#: A print number glued to a committee's name: "RULES 6679C", "CODES 5598".
GLUED_PRINT_NUMBER_RE = re.compile(r"\s+(\d+[A-Z]|\d{3,})$", re.IGNORECASE)
PRINT_NUMBER_RE = re.compile(
    r"^(?:PRINT NUMBER|AMENDED ON THIRD READING(?: \(T\))?)\s+(\d+[A-Z]?)\b", re.IGNORECASE
)

EXECUTIVE_CLASSES = {"became-law"}

FLOOR = (Stage.FIRST_FLOOR, Stage.SECOND_FLOOR)
#: Classifications that move a bill, the strongest first; each gives a stage, or a pair
#: (first chamber, second chamber) chosen by the chamber that acted.
STAGE_PRIORITY = [
    ("referral-committee", (Stage.FIRST_COMMITTEE, Stage.SECOND_COMMITTEE)),
    ("executive-signature", Stage.SIGNED),
    ("veto-override-passage", Stage.VETO_OVERRIDDEN),
    ("became-law", Stage.LAW_WITHOUT_SIGNATURE),
    ("executive-veto", Stage.VETOED),
    ("executive-receipt", Stage.DELIVERED),
    ("passage", (Stage.FIRST_PASSED, Stage.SECOND_PASSED)),
    ("failure", Stage.LOST),
    ("committee-failure", Stage.DIED_IN_COMMITTEE),
    ("withdrawal", Stage.STRICKEN),
    ("substitution", Stage.SUBSTITUTED),
    ("committee-passage", FLOOR),
    ("committee-passage-favorable", FLOOR),
    ("reading-2", FLOOR),
    ("reading-3", FLOOR),
    ("introduction", Stage.INTRODUCED),
    ("filing", Stage.INTRODUCED),
]
RESOLUTION_PASSAGE = (Stage.ADOPTED, Stage.ADOPTED_BOTH)


def classify_action(text):
    """The Open States classifications of an action text, by the rules above."""
    for pattern, classes in COMPILED_RULES:
        if pattern.search(text.strip()):
            return classes
    return ()


def committee_title(name):
    """ "Ways And Means" from "WAYS AND MEANS"; committees are shown in title case."""
    name = GLUED_PRINT_NUMBER_RE.sub("", (name or "").strip())
    return " ".join(word.capitalize() for word in name.split())


def committee_name(text):
    """ "Codes" from "REFERRED TO CODES"."""
    match = COMMITTEE_RE.search(text)
    return committee_title(match.group(1)) if match else ""


def is_executive(classes):
    return any(c.startswith("executive-") or c in EXECUTIVE_CLASSES for c in classes)


def stage_after(action, originating, current, resolution=False):
    """(stage, committee) a bill is in after `action`, or None when it changes nothing."""
    classes = set(action.classification)
    for classification, stage in STAGE_PRIORITY:
        if classification in classes:
            return _resolve(classification, stage, action, originating, current, resolution)
    return None


def _resolve(classification, stage, action, originating, current, resolution):
    side = 0 if action.chamber == originating else 1
    if classification == "passage" and resolution:
        stage = RESOLUTION_PASSAGE
    if classification == "substitution" and "SUBSTITUTED FOR" in action.text.upper():
        return None  # this bill took the other's place and carries on
    if stage == Stage.INTRODUCED and current is not None:
        return None
    if isinstance(stage, tuple):
        stage = stage[side]
    committee = committee_name(action.text) if classification == "referral-committee" else ""
    return stage, committee


@dataclass(frozen=True)
class StatusChange:
    stage: str
    date: date | None
    committee: str
    description: str


def derive_status(actions, originating, resolution=False):
    """The stage changes a list of actions implies, oldest first (empty without any)."""
    history = []
    current = None
    for action in actions or ():
        result = stage_after(action, originating, current, resolution)
        if result is None:
            continue
        stage, committee = result
        if history and (history[-1].stage, history[-1].date, history[-1].committee) == (
            stage,
            action.date,
            committee,
        ):
            continue
        history.append(StatusChange(stage, action.date, committee, action.text))
        current = stage
    return history


def reconcile(history, source_status):
    """The history of stage changes, ending where the source says the bill stands.

    When the actions lead elsewhere than the source's own status, the source wins: its
    status becomes the last change, and changes dated after it are dropped."""
    if source_status is None:
        return history
    if source_status.date:
        history = [c for c in history if c.date is None or c.date <= source_status.date]
    last = history[-1] if history else None
    if last and _agrees(last, source_status):
        return history
    when = source_status.date or (last.date if last else None)
    change = StatusChange(
        source_status.stage, when, source_status.committee, source_status.description
    )
    return [*history, change]


def _agrees(change, status):
    if change.stage != status.stage:
        return False
    return not (status.committee and change.committee) or change.committee == status.committee


def active_print_number(base, actions, default=None):
    """The print number after the last "PRINT NUMBER 1825A" (or "AMENDED ON THIRD READING
    1825B") action, prefix kept; `default` (the source's own) otherwise."""
    if default:
        return default
    number = None
    prefix = re.match(r"^[A-Z]+", base).group(0)
    for action in actions or ():
        match = PRINT_NUMBER_RE.match(action.text.strip())
        if match:
            number = prefix + match.group(1).upper().lstrip("0")
    return number
