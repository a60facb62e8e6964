"""Bills a campaign follows, with what the legislature publishes about them.

A bill is keyed on its session and base print number ("S1825"); amendments change
the active print number ("S1825A") but not the bill. Importers fill most fields from
official data; staff may correct any of them, and a field staff changed is listed in
`locked_fields` so later imports leave it alone.
"""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, RevisionMixin

from campaigns.legislation.stages import (
    LIVE_ORDER,
    STAGE_CHOICES,
    ChamberNames,
    Stage,
    progress_steps,
    status_sentence,
)

from .jurisdictions import (
    SPONSOR_LABEL,
    Chamber,
    LegislativeSession,
    Legislator,
    chamber_choices,
)

#: Fields an importer may set; staff edits to these lock them against later imports.
IMPORTED_FIELDS = [
    "originating_chamber",
    "print_number",
    "title",
    "summary",
    "law_sections",
    "official_url",
    "stage",
    "stage_date",
    "stage_committee",
]

OPEN_STATES_ACTION_CLASSIFICATIONS = [
    "introduction",
    "filing",
    "reading-1",
    "reading-2",
    "reading-3",
    "referral",
    "referral-committee",
    "committee-passage",
    "committee-passage-favorable",
    "committee-passage-unfavorable",
    "committee-failure",
    "passage",
    "failure",
    "withdrawal",
    "substitution",
    "amendment-introduction",
    "amendment-passage",
    "amendment-withdrawal",
    "amendment-failure",
    "amendment-amended",
    "amendment-deferral",
    "executive-receipt",
    "executive-signature",
    "executive-veto",
    "executive-veto-line-item",
    "became-law",
    "veto-override-passage",
    "veto-override-failure",
    "deferral",
    "receipt",
]

#: The fields that say where a bill stands; staff lock them together.
STAGE_FIELDS = {"stage", "stage_date", "stage_committee"}

PRINT_RE = re.compile(r"^\s*([A-Za-z]{1,3})[\s.]*0*(\d+)[\s-]*([A-Za-z]?)\s*$")


def split_print_number(identifier):
    """("S1825", "S1825A") from "S.1825-A", "S 1825A", "s01825a"...; None if unreadable."""
    match = PRINT_RE.match(identifier or "")
    if not match:
        return None
    prefix, number, amendment = match.groups()
    base = f"{prefix.upper()}{int(number)}"
    return base, base + amendment.upper()


def display_print_number(print_number, style="ny"):
    """How the legislature and the press write the number: "S.1825-A" in New York
    (style "ny"), "HB 22" where numbers are written with a space (style "spaced")."""
    match = PRINT_RE.match(print_number or "")
    if not match:
        return print_number
    prefix, number, amendment = match.groups()
    if style == "spaced":
        return f"{prefix.upper()} {int(number)}" + (amendment.upper() if amendment else "")
    return f"{prefix.upper()}.{int(number)}" + (f"-{amendment.upper()}" if amendment else "")


class Source(models.TextChoices):
    MANUAL = "manual", _("Entered by staff")
    IMPORTED = "imported", _("Imported")


def imported_field_choices():
    """The imported fields with their labels, read from the model (listed once above)."""
    return [(name, capfirst(Bill._meta.get_field(name).verbose_name)) for name in IMPORTED_FIELDS]


def _with_chamber_names(form_class, choices):
    """`form_class` (a bill action's form) with its chamber named as the legislature
    names it."""

    class NamedChamberForm(form_class):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.fields["chamber"].choices = choices

    return NamedChamberForm


class BillForm(WagtailAdminModelForm):
    """Locks the imported fields that staff change, so imports do not undo their edits.

    A field changed in this edit to a value other than the one last imported is
    locked; changed back to the imported value, it is unlocked. Staff can also
    untick a field to let the next import set it again.
    """

    locked_fields = forms.MultipleChoiceField(
        choices=imported_field_choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("Keep staff's values for"),
        help_text=_(
            "Imports leave these fields as staff set them. A field you change is ticked "
            "for you; untick it to let the next import update it."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        session = self.instance.session if self.instance.session_id else None
        jurisdiction = session.jurisdiction if session else None
        if "originating_chamber" in self.fields:
            self.fields["originating_chamber"].choices = [
                ("", "---------"),
                *chamber_choices(jurisdiction),
            ]
        actions = self.formsets.get("actions")
        if actions is not None:
            actions.form = _with_chamber_names(actions.form, chamber_choices(jurisdiction, True))

    def save(self, commit=True):
        bill = self.instance
        imported = bill.imported_values or {}
        locked = set(self.cleaned_data.get("locked_fields") or [])
        for name in IMPORTED_FIELDS:
            if name not in self.changed_data or name not in imported:
                continue
            if bill.serializable_value_of(name) != imported[name]:
                locked.add(name)
            else:
                locked.discard(name)
        bill.locked_fields = sorted(locked)
        return super().save(commit=commit)


class DataPanel(FieldPanel):
    """A read-only panel for a JSON field: "None" when empty, else one "name: value"
    per entry, never the raw `{}` or `[]`."""

    def __init__(self, field_name, *args, **kwargs):
        kwargs["read_only"] = True
        super().__init__(field_name, *args, **kwargs)

    def format_value_for_display(self, value):
        if not value:
            return _("None")
        if isinstance(value, dict):
            return "; ".join(
                f"{key}: {self.format_value_for_display(item)}" for key, item in value.items()
            )
        if isinstance(value, list):
            return ", ".join(str(self.format_value_for_display(item)) for item in value)
        return str(value)


def last_updated(last_imported_at, updated_at):
    """When a bill last changed, from its last import or edit (either may be empty):
    `Bill.last_updated`, for callers that read the two fields without the bill."""
    if last_imported_at is None or (updated_at is not None and updated_at > last_imported_at):
        return updated_at
    return last_imported_at


class Bill(RevisionMixin, ClusterableModel):
    """A bill in a legislature, shown on its own page and on the campaigns that follow
    it: where it stands, its sponsors, its history and its companion bills."""

    session = models.ForeignKey(LegislativeSession, on_delete=models.PROTECT, related_name="bills")
    originating_chamber = models.CharField(
        _("originating chamber"),
        max_length=10,
        choices=[(Chamber.UPPER, _("Upper chamber")), (Chamber.LOWER, _("Lower chamber"))],
        help_text=_("Where the bill was introduced (in New York: Senate is upper)."),
    )
    base_print_number = models.CharField(
        max_length=20,
        help_text=_('The number without amendment letter, e.g. "S1825". Used in its address.'),
    )
    print_number = models.CharField(
        _("print number"),
        max_length=20,
        help_text=_('The active version, e.g. "S1825A" after an amendment.'),
    )
    title = models.TextField(_("title"), help_text=_("The official title."))
    nickname = models.CharField(
        max_length=200,
        blank=True,
        help_text=_('What advocates call it, e.g. "One Day to Protect New Yorkers Act".'),
    )
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("What the bill does, in plain words.")
    )
    # Real law codes run past 1,000 characters (A8967 of 2025: 1,167).
    law_sections = models.TextField(
        _("law sections"), blank=True, help_text=_('Laws it amends, e.g. "Penal Law §70.15".')
    )
    official_url = models.URLField(
        _("official URL"),
        max_length=500,
        blank=True,
        help_text=_("The legislature's page for the bill."),
    )
    stage = models.CharField(
        _("stage"), max_length=30, choices=STAGE_CHOICES, default=Stage.INTRODUCED
    )
    stage_date = models.DateField(
        _("stage date"), null=True, blank=True, help_text=_("When it reached that stage.")
    )
    stage_committee = models.CharField(
        _("committee"),
        max_length=120,
        blank=True,
        help_text=_('The committee while in committee, e.g. "Codes".'),
    )
    source = models.CharField(max_length=10, choices=Source.choices, default=Source.MANUAL)
    last_imported_at = models.DateTimeField(
        null=True, blank=True, editable=False, help_text=_("When an import last changed it.")
    )
    updated_at = models.DateTimeField(auto_now=True)
    imported_values = models.JSONField(default=dict, blank=True, editable=False)
    source_conflicts = models.JSONField(
        _("where the source disagrees with staff"),
        default=dict,
        blank=True,
        editable=False,
        help_text=_("Fields staff set that the last import or sync would have changed."),
    )
    last_synced_at = models.DateTimeField(_("last sync"), null=True, blank=True, editable=False)
    last_sync_status = models.CharField(
        _("last sync result"), max_length=20, blank=True, editable=False
    )
    last_sync_error = models.TextField(_("last sync error"), blank=True, editable=False)
    locked_fields = models.JSONField(
        default=list,
        blank=True,
        help_text=_("Imported fields staff changed; imports leave them as staff set them."),
    )

    base_form_class = BillForm

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("session"),
                FieldPanel("originating_chamber"),
                FieldPanel("base_print_number"),
                FieldPanel("print_number"),
            ],
            heading=_("Identity"),
        ),
        FieldPanel("title"),
        FieldPanel("nickname"),
        FieldPanel("summary"),
        FieldPanel("law_sections"),
        FieldPanel("official_url"),
        MultiFieldPanel(
            [FieldPanel("stage"), FieldPanel("stage_date"), FieldPanel("stage_committee")],
            heading=_("Where it stands"),
        ),
        FieldPanel("locked_fields"),
        MultiFieldPanel(
            [
                DataPanel("source_conflicts"),
                FieldPanel("last_synced_at", read_only=True),
                FieldPanel("last_sync_status", read_only=True),
                FieldPanel("last_sync_error", read_only=True),
            ],
            heading=_("Imports and sync"),
        ),
        InlinePanel("sponsorships", label=_("Sponsors")),
        InlinePanel("actions", label=_("Actions")),
        InlinePanel("documents", label=_("Versions and documents")),
        InlinePanel("relations", label=_("Related bills")),
    ]

    class Meta:
        db_table = "campaigns_bill"  # the table predates the room
        verbose_name = _("bill")
        ordering = ["-session__identifier", "base_print_number"]
        constraints = [
            models.UniqueConstraint(
                fields=["session", "base_print_number"], name="unique_bill_per_session"
            )
        ]

    def __str__(self):
        label = f"{self.display_number} ({self.session.identifier})"
        return f"{label}: {self.nickname}" if self.nickname else label

    def clean(self):
        super().clean()
        errors = {}
        for name in ("base_print_number", "print_number"):
            value = getattr(self, name)
            if value and split_print_number(value) is None:
                errors[name] = _('Enter a bill number such as "S1825" or "A.4469-A".')
        if errors:
            raise ValidationError(errors)
        self.base_print_number = split_print_number(self.base_print_number)[0]
        if self.print_number:
            self.print_number = split_print_number(self.print_number)[1]

    def save(self, *args, record_status=True, **kwargs):
        """Saves, then records the stage in the history (unless `record_status` is
        False: the importer writes the history from the source itself) and links the
        relations that were waiting for this bill."""
        split = split_print_number(self.base_print_number)
        if split:
            self.base_print_number = split[0]
            if not self.print_number:
                self.print_number = split[1]
        super().save(*args, **kwargs)
        if record_status:
            self.record_status()
        link_pending_relations(self)

    def serializable_value_of(self, name):
        value = getattr(self, name)
        return value.isoformat() if hasattr(value, "isoformat") else value

    def record_status(self, description=""):
        """Store the current stage in the history once (a second call adds nothing)."""
        status, created = BillStatusChange.objects.get_or_create(
            bill=self,
            stage=self.stage,
            date=self.stage_date,
            committee=self.stage_committee,
            defaults={"description": description},
        )
        return created

    # Display helpers -------------------------------------------------------------

    @property
    def display_number(self):
        style = self.session.jurisdiction.number_style
        return display_print_number(self.print_number or self.base_print_number, style)

    @property
    def stage_locked(self):
        """Staff set where the bill stands: imports leave the stage (and its history)."""
        return bool(STAGE_FIELDS & set(self.locked_fields or []))

    @property
    def chamber_names(self):
        jurisdiction = self.session.jurisdiction
        return ChamberNames(
            jurisdiction.upper_chamber_name,
            jurisdiction.lower_chamber_name,
            jurisdiction.executive_name,
        )

    @property
    def session_ended(self):
        end = self.session.end_date
        return bool(end and end < timezone.localdate())

    def stopped_at(self):
        """The last live stage in the history, for bills whose stage ended them."""
        changes = sorted(
            self.status_changes.all(), key=lambda c: (c.date is None, c.date, c.pk), reverse=True
        )
        for change in changes:
            if change.stage in LIVE_ORDER:
                return change.stage
        return None

    def progress(self):
        return progress_steps(
            self.stage, self.originating_chamber, self.chamber_names, self.stopped_at()
        )

    def status_text(self):
        return status_sentence(
            self.stage,
            self.originating_chamber,
            self.chamber_names,
            self.stage_date,
            self.stage_committee,
            session_ended=self.session_ended,
        )

    def primary_sponsors(self):
        return [s for s in self.sponsorships.all() if s.classification == Sponsorship.PRIMARY]

    def sponsor_label(self):
        """ "Sponsor:" before the primary sponsors, in the grammatical gender of a single
        sponsor where the language marks it ("Patrocinadora:" in Spanish)."""
        primary = self.primary_sponsors()
        if len(primary) == 1 and primary[0].legislator_id:
            gender = primary[0].legislator.grammatical_gender
            if gender in SPONSOR_LABEL:
                return SPONSOR_LABEL[gender]
        return _("Sponsor:")

    def cosponsors(self):
        return [s for s in self.sponsorships.all() if s.classification != Sponsorship.PRIMARY]

    @property
    def last_updated(self):
        return last_updated(self.last_imported_at, self.updated_at)

    def url_parts(self):
        return {
            "jurisdiction": self.session.jurisdiction.code,
            "session": self.session.identifier,
            "print_number": self.base_print_number,
        }


class Sponsorship(Orderable):
    """A sponsor of a bill: a legislator we know, or just the name the source gives."""

    PRIMARY = "primary"
    COSPONSOR = "cosponsor"

    bill = ParentalKey(Bill, on_delete=models.CASCADE, related_name="sponsorships")
    legislator = models.ForeignKey(
        Legislator,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="sponsorships",
        help_text=_("Choose a legislator, or type a name below."),
    )
    name = models.CharField(max_length=200, blank=True, help_text=_("As the source writes it."))
    classification = models.CharField(
        max_length=20,
        choices=[(PRIMARY, _("Primary sponsor")), (COSPONSOR, _("Co-sponsor"))],
        default=PRIMARY,
    )

    panels = [FieldPanel("legislator"), FieldPanel("name"), FieldPanel("classification")]

    class Meta(Orderable.Meta):
        db_table = "campaigns_sponsorship"  # the table predates the room
        verbose_name = _("sponsorship")

    def __str__(self):
        return self.display_name

    def clean(self):
        super().clean()
        if not self.legislator_id and not self.name.strip():
            raise ValidationError(_("Choose a legislator or type the sponsor's name."))

    @property
    def display_name(self):
        return self.legislator.name if self.legislator_id else self.name


class BillAction(Orderable):
    """One step of a bill's official history, as the legislature records it."""

    bill = ParentalKey(Bill, on_delete=models.CASCADE, related_name="actions")
    date = models.DateField()
    chamber = models.CharField(max_length=10, choices=Chamber.choices)
    text = models.CharField(max_length=500, help_text=_('e.g. "REFERRED TO CODES".'))
    classification = models.CharField(
        max_length=40,
        blank=True,
        choices=[(c, c) for c in OPEN_STATES_ACTION_CLASSIFICATIONS],
        help_text=_("Open States' name for the kind of action."),
    )

    panels = [
        FieldPanel("date"),
        FieldPanel("chamber"),
        FieldPanel("text"),
        FieldPanel("classification"),
    ]

    class Meta(Orderable.Meta):
        db_table = "campaigns_billaction"  # the table predates the room
        verbose_name = _("action")

    def __str__(self):
        return f"{self.date}: {self.text}"


class BillDocument(Orderable):
    """A version of the bill's text, or a document about it (memo, fiscal note)."""

    VERSION = "version"
    DOCUMENT = "document"

    bill = ParentalKey(Bill, on_delete=models.CASCADE, related_name="documents")
    kind = models.CharField(
        max_length=10,
        choices=[(VERSION, _("Version of the text")), (DOCUMENT, _("Document"))],
        default=VERSION,
    )
    note = models.CharField(max_length=200, help_text=_('e.g. "S1825A" or "Sponsor memo".'))
    date = models.DateField(null=True, blank=True)
    url = models.URLField(max_length=500)
    media_type = models.CharField(max_length=60, blank=True, help_text=_('e.g. "application/pdf".'))

    panels = [
        FieldPanel("kind"),
        FieldPanel("note"),
        FieldPanel("date"),
        FieldPanel("url"),
        FieldPanel("media_type"),
    ]

    class Meta(Orderable.Meta):
        db_table = "campaigns_billdocument"  # the table predates the room
        verbose_name = _("version or document")

    def __str__(self):
        return self.note


class Relation(models.TextChoices):
    COMPANION = "companion", _("Companion (in the other chamber)")
    SAME_AS = "same_as", _("Same as")
    PRIOR_SESSION = "prior_session", _("Earlier version (prior session)")
    SUBSTITUTED_BY = "substituted_by", _("Substituted by")
    ENACTED_VIA = "enacted_via", _("Enacted via")


class BillRelation(Orderable):
    """A link from a bill to another: its companion, an earlier version, the bill that
    replaced it, or the bill its policy was enacted through.

    The other bill may not be in the database yet: the relation then keeps its session
    and number, and is linked when that bill is entered or imported.
    """

    bill = ParentalKey(Bill, on_delete=models.CASCADE, related_name="relations")
    relation_type = models.CharField(max_length=20, choices=Relation.choices)
    related_bill = models.ForeignKey(
        Bill,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reverse_relations",
        help_text=_("Choose the bill if it is here; otherwise type its session and number."),
    )
    related_session = models.CharField(max_length=40, blank=True, help_text=_('"2019-2020".'))
    related_print_number = models.CharField(max_length=20, blank=True, help_text=_('"A4469".'))
    note = models.CharField(
        max_length=300,
        blank=True,
        help_text=_('Explains the link, e.g. "FY2020 budget, Part OO".'),
    )
    source = models.CharField(max_length=10, choices=Source.choices, default=Source.MANUAL)

    panels = [
        FieldPanel("relation_type"),
        FieldPanel("related_bill"),
        FieldPanel("related_session"),
        FieldPanel("related_print_number"),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        db_table = "campaigns_billrelation"  # the table predates the room
        verbose_name = _("related bill")

    def __str__(self):
        return f"{self.get_relation_type_display()}: {self.label}"

    def clean(self):
        super().clean()
        if not (self.related_bill_id or self.related_print_number or self.note):
            raise ValidationError(
                _("Choose the related bill, type its number, or explain the link in the note.")
            )
        if self.related_print_number and split_print_number(self.related_print_number) is None:
            raise ValidationError(
                {"related_print_number": _('Enter a bill number such as "A4469".')}
            )

    @property
    def label(self):
        if self.related_bill_id:
            return self.related_bill.display_number
        if self.related_print_number:
            return display_print_number(self.related_print_number)
        return self.note

    def save(self, *args, **kwargs):
        if self.related_print_number:
            split = split_print_number(self.related_print_number)
            if split:
                self.related_print_number = split[0]
        if self.related_bill_id is None and self.related_print_number:
            self.related_bill = (
                Bill.objects.filter(
                    session__identifier=self.related_session,
                    base_print_number=self.related_print_number,
                )
                .exclude(pk=self.bill_id)
                .first()
            )
        elif self.related_bill_id and not self.related_print_number:
            self.related_print_number = self.related_bill.base_print_number
            self.related_session = self.related_bill.session.identifier
        super().save(*args, **kwargs)


class BillStatusChange(models.Model):
    """One change of a bill's stage, stored once; the campaign feeds list these."""

    bill = ParentalKey(Bill, on_delete=models.CASCADE, related_name="status_changes")
    stage = models.CharField(max_length=30, choices=STAGE_CHOICES)
    date = models.DateField(null=True, blank=True)
    committee = models.CharField(max_length=120, blank=True)
    description = models.CharField(max_length=500, blank=True)
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        db_table = "campaigns_billstatuschange"  # the table predates the room
        verbose_name = _("status change")
        ordering = ["-date", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["bill", "stage", "date", "committee"], name="unique_status_change"
            )
        ]

    def __str__(self):
        return f"{self.bill}: {self.get_stage_display()} ({self.date})"

    @property
    def is_current(self):
        """Whether this change is where the bill stands now."""
        bill = self.bill
        return (self.stage, self.date, self.committee) == (
            bill.stage,
            bill.stage_date,
            bill.stage_committee,
        )

    def sentence(self):
        """The change in one sentence; where the bill still stands, a session that has
        ended since is said (as on the bill's own page)."""
        bill = self.bill
        return status_sentence(
            self.stage,
            bill.originating_chamber,
            bill.chamber_names,
            self.date,
            self.committee,
            session_ended=self.is_current and bill.session_ended,
        )


def link_pending_relations(bill):
    """Relations that name `bill` by number but were saved before it existed get linked."""
    return BillRelation.objects.filter(
        related_bill__isnull=True,
        related_session=bill.session.identifier,
        related_print_number=bill.base_print_number,
    ).update(related_bill=bill)


__all__ = [
    "IMPORTED_FIELDS",
    "OPEN_STATES_ACTION_CLASSIFICATIONS",
    "STAGE_FIELDS",
    "Bill",
    "BillAction",
    "BillDocument",
    "BillRelation",
    "BillStatusChange",
    "Sponsorship",
]
