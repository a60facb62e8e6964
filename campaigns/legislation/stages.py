"""Where a bill stands: the stage vocabulary and the pure functions built on it.

Stages are relative to the chamber a bill started in ("first" and "second" chamber),
so the same vocabulary fits any two-chamber legislature. Nothing here touches the
database: the progress bar, the one-sentence status and the call to action are
computed from plain values, which keeps them easy to test with tables.
"""

from dataclasses import dataclass

from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Stage:
    INTRODUCED = "introduced"
    FIRST_COMMITTEE = "first_committee"
    FIRST_FLOOR = "first_floor"
    FIRST_PASSED = "first_passed"
    SECOND_COMMITTEE = "second_committee"
    SECOND_FLOOR = "second_floor"
    SECOND_PASSED = "second_passed"
    DELIVERED = "delivered_to_executive"
    SIGNED = "signed"
    LAW_WITHOUT_SIGNATURE = "law_without_signature"
    VETOED = "vetoed"
    VETO_OVERRIDDEN = "veto_overridden"
    DIED_IN_COMMITTEE = "died_in_committee"
    STRICKEN = "stricken"
    LOST = "lost"
    SUBSTITUTED = "substituted"
    ENACTED_VIA = "enacted_via"
    ADOPTED = "adopted"  # a resolution, by the chamber it started in
    ADOPTED_BOTH = "adopted_both"  # a resolution, by both chambers


STAGE_CHOICES = [
    (Stage.INTRODUCED, _("Introduced")),
    (Stage.FIRST_COMMITTEE, _("In committee (first chamber)")),
    (Stage.FIRST_FLOOR, _("On the floor (first chamber)")),
    (Stage.FIRST_PASSED, _("Passed the first chamber")),
    (Stage.SECOND_COMMITTEE, _("In committee (second chamber)")),
    (Stage.SECOND_FLOOR, _("On the floor (second chamber)")),
    (Stage.SECOND_PASSED, _("Passed the second chamber")),
    (Stage.DELIVERED, _("Delivered to the executive")),
    (Stage.SIGNED, _("Signed into law")),
    (Stage.LAW_WITHOUT_SIGNATURE, _("Became law without signature")),
    (Stage.VETOED, _("Vetoed")),
    (Stage.VETO_OVERRIDDEN, _("Veto overridden")),
    (Stage.DIED_IN_COMMITTEE, _("Died in committee")),
    (Stage.STRICKEN, _("Enacting clause stricken")),
    (Stage.LOST, _("Lost a vote")),
    (Stage.SUBSTITUTED, _("Substituted by another bill")),
    (Stage.ENACTED_VIA, _("Enacted through another bill")),
    (Stage.ADOPTED, _("Adopted (resolution)")),
    (Stage.ADOPTED_BOTH, _("Adopted by both chambers (resolution)")),
]
STAGE_VALUES = {value for value, _label in STAGE_CHOICES}

#: The live stages in the order a bill moves through them; the progress bar has one
#: step for each, then a last step for the executive's decision.
LIVE_ORDER = [
    Stage.INTRODUCED,
    Stage.FIRST_COMMITTEE,
    Stage.FIRST_FLOOR,
    Stage.FIRST_PASSED,
    Stage.SECOND_COMMITTEE,
    Stage.SECOND_FLOOR,
    Stage.SECOND_PASSED,
    Stage.DELIVERED,
]
LAW_STAGES = {Stage.SIGNED, Stage.LAW_WITHOUT_SIGNATURE, Stage.VETO_OVERRIDDEN}
#: A resolution's end: adopted, by one chamber or both; it never goes to the executive.
ADOPTED_STAGES = {Stage.ADOPTED, Stage.ADOPTED_BOTH}
#: Stages where the bill itself stopped moving. Where it stopped is the last live stage.
ENDED_STAGES = {
    Stage.VETOED,
    Stage.DIED_IN_COMMITTEE,
    Stage.STRICKEN,
    Stage.LOST,
    Stage.SUBSTITUTED,
    Stage.ENACTED_VIA,
}
#: Where an ended bill is assumed to have stopped when its history does not say.
DEFAULT_STOP = {
    Stage.VETOED: Stage.DELIVERED,
    Stage.DIED_IN_COMMITTEE: Stage.FIRST_COMMITTEE,
    Stage.STRICKEN: Stage.FIRST_COMMITTEE,
    Stage.LOST: Stage.FIRST_FLOOR,
    Stage.SUBSTITUTED: Stage.FIRST_FLOOR,
    Stage.ENACTED_VIA: Stage.FIRST_COMMITTEE,
}

DONE, CURRENT, UPCOMING, FAILED = "done", "current", "upcoming", "failed"

#: What a screen reader hears after each step's label (the visual style only repeats it).
STATE_TEXT = {
    DONE: _("(completed)"),
    CURRENT: _("(current step)"),
    UPCOMING: _("(not yet reached)"),
    FAILED: _("(stopped here)"),
}


#: Jurisdictions store their chamber names in English, as the legislature publishes
#: them; the usual ones are translated for display. On its own ("Where": Senado)...
CHAMBER_LABELS = {
    "Senate": pgettext_lazy("legislative chamber, on its own", "Senate"),
    "Assembly": pgettext_lazy("legislative chamber, on its own", "Assembly"),
    "Governor": pgettext_lazy("who signs bills, on its own", "Governor"),
}
#: ...and inside a sentence, where languages such as Spanish need the article that
#: English puts in the sentence ("Passed the %(chamber)s": "Aprobado en el Senado").
CHAMBER_IN_SENTENCE = {
    "Senate": pgettext_lazy("legislative chamber inside a sentence, with its article", "Senate"),
    "Assembly": pgettext_lazy(
        "legislative chamber inside a sentence, with its article", "Assembly"
    ),
    "Governor": pgettext_lazy("who signs bills inside a sentence, with its article", "Governor"),
}


@dataclass(frozen=True)
class ChamberNames:
    upper: str = "Senate"
    lower: str = "Assembly"
    executive: str = "Governor"

    def first(self, originating):
        return self.upper if originating == "upper" else self.lower

    def second(self, originating):
        return self.lower if originating == "upper" else self.upper

    def of(self, chamber):
        """The chamber's name shown on its own, translated when it is a usual one."""
        name = {"upper": self.upper, "lower": self.lower, "executive": self.executive}.get(
            chamber, ""
        )
        return str(CHAMBER_LABELS.get(name, name))

    def in_sentences(self):
        """The names as the status sentences, steps and calls to action use them."""
        return ChamberNames(
            *(str(CHAMBER_IN_SENTENCE.get(n, n)) for n in (self.upper, self.lower, self.executive))
        )


@dataclass(frozen=True)
class Step:
    key: str
    label: str
    state: str  # done, current, upcoming or failed
    is_current: bool = False

    @property
    def state_text(self):
        return STATE_TEXT[self.state]


def relative_chamber(chamber, originating):
    """ "first" when `chamber` is the one the bill started in, "second" otherwise."""
    return "first" if chamber == originating else "second"


def contract(text):
    """Spanish joins "a"/"de" with a following "el" ("enviado al gobernador"): the
    catalog's sentences put the article in the name (%(executive)s is "el gobernador"),
    so the contraction can only be made once the sentence is assembled."""
    return text.replace(" a el ", " al ").replace(" de el ", " del ")


def _step_labels(originating, names):
    first, second = names.first(originating), names.second(originating)
    return [
        (Stage.INTRODUCED, _("Introduced")),
        (Stage.FIRST_COMMITTEE, _("%(chamber)s committee") % {"chamber": first}),
        (Stage.FIRST_FLOOR, _("%(chamber)s floor vote") % {"chamber": first}),
        (Stage.FIRST_PASSED, _("Passed the %(chamber)s") % {"chamber": first}),
        (Stage.SECOND_COMMITTEE, _("%(chamber)s committee") % {"chamber": second}),
        (Stage.SECOND_FLOOR, _("%(chamber)s floor vote") % {"chamber": second}),
        (Stage.SECOND_PASSED, _("Passed the %(chamber)s") % {"chamber": second}),
        (
            Stage.DELIVERED,
            contract(_("Delivered to the %(executive)s") % {"executive": names.executive}),
        ),
    ]


def _final_label(stage, names):
    labels = {
        Stage.SIGNED: _("Signed into law"),
        Stage.LAW_WITHOUT_SIGNATURE: _("Became law without signature"),
        Stage.VETO_OVERRIDDEN: _("Became law over a veto"),
        Stage.VETOED: _("Vetoed by the %(executive)s") % {"executive": names.executive},
    }
    return labels.get(stage, _("Signed or vetoed"))


ENDED_LABELS = {
    Stage.DIED_IN_COMMITTEE: _("died in committee"),
    Stage.STRICKEN: _("enacting clause stricken"),
    Stage.LOST: _("lost the vote"),
    Stage.SUBSTITUTED: _("replaced by another bill"),
    Stage.ENACTED_VIA: _("its policy was enacted through another bill"),
}


def progress_steps(stage, originating, names=None, stopped_at=None):
    """The progress bar of a bill, as a list of `Step` in the originating chamber's order.

    `stopped_at` is the last live stage before an ended stage (vetoed, died, stricken,
    lost, substituted, enacted through another bill); it marks which step failed.
    Exactly one step is current (`aria-current="step"`).
    """
    names = (names or ChamberNames()).in_sentences()
    if stage in ADOPTED_STAGES:
        return _adopted_steps(stage, originating, names)
    steps = _step_labels(originating, names)
    final_label = _final_label(stage, names)
    if stage in LAW_STAGES or stage == Stage.VETOED:
        state = DONE if stage in LAW_STAGES else FAILED
        result = [Step(key, label, DONE) for key, label in steps]
        return result + [Step(FINAL_KEY, final_label, state, is_current=True)]
    if stage in ENDED_STAGES:
        stop = stopped_at if stopped_at in LIVE_ORDER else DEFAULT_STOP[stage]
        result = _steps_around(steps, LIVE_ORDER.index(stop), FAILED, ENDED_LABELS[stage])
    else:
        index = LIVE_ORDER.index(stage) if stage in LIVE_ORDER else 0
        result = _steps_around(steps, index, CURRENT)
    return result + [Step(FINAL_KEY, final_label, UPCOMING)]


FINAL_KEY = "executive_decision"


def _steps_around(steps, index, state, ending=None):
    """Steps before `index` done, the one at `index` in `state` (and current), the rest
    upcoming; an ended bill's current step says how it ended."""
    result = []
    for position, (key, label) in enumerate(steps):
        if position < index:
            result.append(Step(key, label, DONE))
        elif position == index:
            label = f"{label}: {ending}" if ending else label
            result.append(Step(key, label, state, is_current=True))
        else:
            result.append(Step(key, label, UPCOMING))
    return result


def _adopted_steps(stage, originating, names):
    """A resolution's bar: introduced, then adopted by one chamber (or both)."""
    chambers = [names.first(originating)]
    if stage == Stage.ADOPTED_BOTH:
        chambers.append(names.second(originating))
    steps = [Step(Stage.INTRODUCED, _("Introduced"), DONE)]
    for position, chamber in enumerate(chambers):
        label = _("Adopted by the %(chamber)s") % {"chamber": chamber}
        last = position == len(chambers) - 1
        steps.append(Step(f"adopted_{position}", label, DONE, is_current=last))
    return steps


def format_day(value):
    # Translators: a day in Django's date syntax, e.g. "8 January 2020"; Spanish
    # needs "de" escaped as \d\e: "j \d\e F \d\e Y".
    return date_format(value, str(_("j F Y"))) if value else ""


#: One sentence for each stage, with and without a date.
SENTENCES = {
    Stage.INTRODUCED: (
        _("Introduced in the %(chamber)s on %(date)s"),
        _("Introduced in the %(chamber)s"),
    ),
    Stage.FIRST_FLOOR: (
        _("Awaiting a floor vote in the %(chamber)s since %(date)s"),
        _("Awaiting a floor vote in the %(chamber)s"),
    ),
    Stage.SECOND_FLOOR: (
        _("Awaiting a floor vote in the %(chamber)s since %(date)s"),
        _("Awaiting a floor vote in the %(chamber)s"),
    ),
    Stage.FIRST_PASSED: (_("Passed the %(chamber)s on %(date)s"), _("Passed the %(chamber)s")),
    Stage.SECOND_PASSED: (
        _("Passed both chambers, the second on %(date)s"),
        _("Passed both chambers"),
    ),
    Stage.DELIVERED: (
        _("Delivered to the %(executive)s on %(date)s"),
        _("Delivered to the %(executive)s"),
    ),
    Stage.SIGNED: (
        _("Signed into law by the %(executive)s on %(date)s"),
        _("Signed into law by the %(executive)s"),
    ),
    Stage.LAW_WITHOUT_SIGNATURE: (
        _("Became law without the %(executive)s's signature on %(date)s"),
        _("Became law without the %(executive)s's signature"),
    ),
    Stage.VETOED: (
        _("Vetoed by the %(executive)s on %(date)s"),
        _("Vetoed by the %(executive)s"),
    ),
    Stage.VETO_OVERRIDDEN: (
        _("Became law over the %(executive)s's veto on %(date)s"),
        _("Became law over the %(executive)s's veto"),
    ),
    Stage.DIED_IN_COMMITTEE: (_("Died in committee on %(date)s"), _("Died in committee")),
    Stage.STRICKEN: (
        _("Withdrawn (enacting clause stricken) on %(date)s"),
        _("Withdrawn (enacting clause stricken)"),
    ),
    Stage.LOST: (_("Lost a floor vote on %(date)s"), _("Lost a floor vote")),
    Stage.SUBSTITUTED: (
        _("Replaced by another bill on %(date)s"),
        _("Replaced by another bill"),
    ),
    Stage.ENACTED_VIA: (
        _("Its policy became law through another bill on %(date)s"),
        _("Its policy became law through another bill"),
    ),
    Stage.ADOPTED: (_("Adopted by the %(chamber)s on %(date)s"), _("Adopted by the %(chamber)s")),
    Stage.ADOPTED_BOTH: (
        _("Adopted by both chambers, the second on %(date)s"),
        _("Adopted by both chambers"),
    ),
}
COMMITTEE_SENTENCES = (
    _("In the %(chamber)s %(committee)s Committee since %(date)s"),
    _("In the %(chamber)s %(committee)s Committee"),
)
ANY_COMMITTEE_SENTENCES = (
    _("In a committee of the %(chamber)s since %(date)s"),
    _("In a committee of the %(chamber)s"),
)


def _sentence_pair(stage, committee):
    if stage in (Stage.FIRST_COMMITTEE, Stage.SECOND_COMMITTEE):
        return COMMITTEE_SENTENCES if committee else ANY_COMMITTEE_SENTENCES
    return SENTENCES.get(stage, SENTENCES[Stage.INTRODUCED])


def status_sentence(stage, originating, names=None, date=None, committee="", session_ended=False):
    """One plain sentence saying where a bill stands, e.g. "In the Senate Codes
    Committee since 8 January 2020"."""
    names = (names or ChamberNames()).in_sentences()
    first, second = names.first(originating), names.second(originating)
    in_first = stage.startswith("first") or stage in (Stage.INTRODUCED, Stage.ADOPTED)
    values = {
        "chamber": first if in_first else second,
        "committee": committee,
        "executive": names.executive,
        "date": format_day(date),
    }
    with_date, without_date = _sentence_pair(stage, committee)
    sentence = contract(str(with_date if date else without_date) % values)
    if session_ended and stage in LIVE_ORDER:
        sentence = str(_("%(sentence)s (the session has since ended)")) % {"sentence": sentence}
    return sentence


@dataclass(frozen=True)
class CallToAction:
    kind: str  # thank_sponsor, build_support, press_committee, floor_vote, ask_executive,
    # outcome (a bill's); take_part (a campaign without a bill)
    heading: str
    text: str


def call_to_action(stage, originating, names=None, committee="", sponsor="", outcome=""):
    """What advocates can do now, chosen by the lead bill's stage (or the campaign's
    outcome once it is won or lost)."""
    names = (names or ChamberNames()).in_sentences()
    done = LAW_STAGES | ADOPTED_STAGES
    if outcome in ("won", "lost") or stage in done or stage in ENDED_STAGES:
        if outcome == "won" or (not outcome and stage in done):
            return CallToAction(
                "outcome",
                str(_("We won")),
                str(_("Thank you to everyone who called, wrote and testified.")),
            )
        return CallToAction(
            "outcome",
            str(_("What happened")),
            str(_("This bill did not become law. Read what happened and what comes next.")),
        )
    chamber = names.first(originating) if stage.startswith("first") else names.second(originating)
    if stage in (Stage.FIRST_COMMITTEE, Stage.SECOND_COMMITTEE):
        committee_name = (
            str(_("the %(chamber)s %(committee)s Committee"))
            % {"chamber": chamber, "committee": committee}
            if committee
            else str(_("the %(chamber)s committee")) % {"chamber": chamber}
        )
        return CallToAction(
            "press_committee",
            str(_("Press the committee")),
            str(_("Ask the members of %(committee)s to vote the bill out of committee."))
            % {"committee": committee_name},
        )
    if stage in (Stage.FIRST_FLOOR, Stage.SECOND_FLOOR, Stage.FIRST_PASSED):
        if stage == Stage.FIRST_PASSED:
            chamber = names.second(originating)
        return CallToAction(
            "floor_vote",
            str(_("Ask for a vote")),
            str(_("Ask your representative in the %(chamber)s to bring the bill to a vote."))
            % {"chamber": chamber},
        )
    if stage in (Stage.SECOND_PASSED, Stage.DELIVERED):
        return CallToAction(
            "ask_executive",
            str(_("Ask the %(executive)s to sign")) % {"executive": names.executive},
            str(_("The bill passed both chambers. Ask the %(executive)s to sign it into law."))
            % {"executive": names.executive},
        )
    if not sponsor:
        # No sponsor on record: nobody to thank, but legislators can still be asked.
        return CallToAction(
            "build_support",
            str(_("Ask for support")),
            str(_("Ask your own legislators to support the bill and to sign on to it.")),
        )
    return CallToAction(
        "thank_sponsor",
        str(_("Thank the sponsor")),
        str(_("Thank %(sponsor)s for introducing the bill, and ask your own legislators to join."))
        % {"sponsor": sponsor},
    )


def campaign_call_to_action(outcome="", has_action=False):
    """What a campaign with no bill asks of readers: its outcome once won or lost, an
    invitation when it has somewhere to send them, else nothing (None)."""
    if outcome in ("won", "lost"):
        return call_to_action("", "upper", outcome=outcome)
    if has_action:
        return CallToAction(
            "take_part",
            str(_("Take part")),
            str(_("Find out what you can do for this campaign now.")),
        )
    return None
