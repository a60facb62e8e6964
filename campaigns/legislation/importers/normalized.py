"""The normalized bill: what every reader produces and the one writer consumes.

`None` (or a missing collection) always means "this source did not say", never "none":
the writer then leaves the stored value alone. An empty tuple means the source said
there are none.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date


class BillImportError(Exception):
    """A file that cannot be imported; the message names the file and the key."""

    def __init__(self, path, key, message):
        self.path, self.key, self.message = str(path), key, str(message)
        super().__init__(f"{self.path}: {key}: {self.message}")


@dataclass(frozen=True)
class NormalizedAction:
    date: date
    chamber: str  # upper, lower or executive
    text: str
    classification: tuple = ()


@dataclass(frozen=True)
class NormalizedSponsor:
    """A sponsor as the source names them, with the source's own identifier for the
    person (Open Legislation `memberId`, Open States person id) when it has one."""

    name: str
    classification: str  # primary or cosponsor
    source: str = ""  # "openleg" or "openstates": whose identifier `source_id` is
    source_id: str = ""
    chamber: str = ""  # upper or lower, when the source says
    district: str = ""
    short_name: str = ""


@dataclass(frozen=True)
class NormalizedDocument:
    kind: str  # version or document
    note: str
    date: date | None
    url: str
    media_type: str = ""


@dataclass(frozen=True)
class NormalizedRelation:
    relation_type: str
    session: str
    print_number: str


@dataclass(frozen=True)
class SourceStatus:
    """Where the source itself says the bill stands (Open Legislation's `status`, or the
    stage Open States' own action classifications lead to). It is the authority for the
    current stage; the actions are its history."""

    stage: str
    date: date | None = None
    committee: str = ""
    description: str = ""


@dataclass(frozen=True)
class NormalizedBill:
    """One bill as any source describes it. `None` means "this source does not say",
    and leaves the stored value alone."""

    jurisdiction: str
    jurisdiction_name: str
    session: str
    originating_chamber: str
    base_print_number: str
    print_number: str | None
    title: str | None
    summary: str | None = None
    law_sections: str | None = None
    official_url: str | None = None
    actions: tuple | None = None
    sponsors: tuple | None = None
    documents: tuple | None = None
    relations: tuple = ()
    resolution: bool = False
    source_status: SourceStatus | None = field(default=None, compare=False)
    #: Where the action-text rules alone would put the bill; compared with the source.
    rules_stage: str | None = field(default=None, compare=False)
    #: Chamber names the source gave ({"upper": "Senate", "lower": "House"}).
    chamber_names: tuple = field(default=(), compare=False)

    @property
    def label(self):
        return f"{self.base_print_number} ({self.session})"


@dataclass(frozen=True)
class SkippedBill:
    """A record a reader could not turn into a bill, e.g. a placeholder the source
    published before its data (no title, no status, no actions)."""

    label: str
    reason: str


def normalized_fields(bill):
    """The normalized bill as a dict, for comparing what two sources say."""
    return {f.name: getattr(bill, f.name) for f in fields(bill) if f.compare}
