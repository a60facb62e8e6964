"""The one writer: normalized bills into the database.

Only what a source sent is written: a field or a list it did not send (None) stays as
stored. A change that would remove stored actions, sponsors or versions is reported and
left undone unless `replace` is set. Fields staff changed (`Bill.locked_fields`) keep
their value, and where the source says otherwise the conflict is kept on the bill and
listed in the summary. Values longer than their column are cut and reported.

An import may hold a thousand bills and more, so the writer keeps its queries per bill
few: the bills an import names are read in one query per session, a new bill's lists
are not read back (it has none yet), lists are written in bulk, and Wagtail's reference
index is brought up to date once at the end, from every written bill's lists read in
one query per list. A revision is saved only for bills staff have revisions of (each
save in the admin makes one): the history staff compare goes on with what the import
changed, and the many bills nobody has opened in the admin get none.
"""

from dataclasses import dataclass, field
from datetime import date

from django.db import DatabaseError, transaction
from django.db.models import Q
from django.utils import timezone
from modelcluster.models import get_all_child_relations
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from campaigns.legislation.models import (
    IMPORTED_FIELDS,
    Bill,
    BillAction,
    BillDocument,
    BillRelation,
    BillStatusChange,
    Jurisdiction,
    LegislativeSession,
    Source,
    Sponsorship,
)
from campaigns.legislation.models.bills import STAGE_FIELDS
from idp_site.caching.version import one_bump

from .normalized import SkippedBill
from .people import People
from .rules import derive_status, reconcile

#: Jurisdictions whose names are known; others take their chamber names from the source.
KNOWN_JURISDICTIONS = {
    "ny": {
        "name": "New York",
        "upper_chamber_name": "Senate",
        "lower_chamber_name": "Assembly",
        "executive_name": "Governor",
        "number_style": "ny",
    },
}
MISSING = object()


@dataclass
class ImportSummary:
    """What an import did, bill by bill, and everything it doubted or refused."""

    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    unchanged: list = field(default_factory=list)
    skipped: list = field(default_factory=list)  # (label, reason)
    failed: list = field(default_factory=list)  # (label, error)
    disagreements: list = field(default_factory=list)  # (label, rules' stage, source's)
    conflicts: list = field(default_factory=list)  # (label, field, staff's, source's)
    kept: list = field(default_factory=list)  # (label, what would have been removed)
    truncated: list = field(default_factory=list)  # (label, field, length, limit)

    def __getitem__(self, key):
        return getattr(self, key)


def fit(value, model, name, label, summary):
    """`value` cut to the column's length (and the cut reported) if it is longer."""
    limit = model._meta.get_field(name).max_length
    if isinstance(value, str) and limit and len(value) > limit:
        summary.truncated.append((label, f"{model.__name__}.{name}", len(value), limit))
        return value[:limit]
    return value


def incoming_values(data, history):
    """The imported fields the source sent, as stored in `Bill.imported_values`."""
    values = {name: getattr(data, name) for name in IMPORTED_FIELDS if name not in STAGE_FIELDS}
    if history:
        last = history[-1]
        values.update(
            stage=last.stage,
            stage_date=last.date.isoformat() if last.date else None,
            stage_committee=last.committee,
        )
    sent = {name: value for name, value in values.items() if value is not None}
    if history:
        sent["stage_date"] = values["stage_date"]
    return sent


def python_value(name, value):
    return date.fromisoformat(value) if name == "stage_date" and value else value


class BillWriter:
    def __init__(self, summary, now, replace=False):
        self.summary, self.now, self.replace = summary, now, replace
        self.people = People()
        self.jurisdictions, self.sessions = {}, {}
        self.stored = {}  # (session pk, base print number) -> Bill or None, read ahead
        self.written = []  # pks of the bills created or changed

    def read_ahead(self, records):
        """The stored bills `records` name, in one query per session."""
        wanted = {}
        for data in records:
            wanted.setdefault(self._session(data), set()).add(data.base_print_number)
        for session, numbers in wanted.items():
            found = {
                bill.base_print_number: bill
                for bill in Bill.objects.select_related("session__jurisdiction").filter(
                    session=session, base_print_number__in=numbers
                )
            }
            for number in numbers:
                self.stored[(session.pk, number)] = found.get(number)

    def _stored_bill(self, session, number):
        """The stored bill, read ahead once (a second record of it reads it again: the
        first may have created or changed it)."""
        key = (session.pk, number)
        if key in self.stored:
            return self.stored.pop(key)
        return (
            Bill.objects.select_related("session__jurisdiction")
            .filter(session=session, base_print_number=number)
            .first()
        )

    # One bill --------------------------------------------------------------------------

    def write(self, data):
        """Create or update one bill; "created", "updated" or "unchanged"."""
        session = self._session(data)
        bill = self._stored_bill(session, data.base_print_number)
        created = bill is None
        if created:
            bill = Bill(session=session, base_print_number=data.base_print_number)
        history = reconcile(
            derive_status(data.actions, data.originating_chamber, data.resolution),
            data.source_status,
        )
        self._note_disagreement(data)
        changed = self._apply_fields(bill, data.label, incoming_values(data, history), created)
        if changed:
            bill.source = Source.IMPORTED
            bill.last_imported_at = self.now
            bill.save(record_status=False)
        changed |= self._write_related(bill, session.jurisdiction, data, created)
        changed |= self._record_history(bill, history, created)
        if not changed:
            return "unchanged"
        if bill.last_imported_at != self.now:
            bill.last_imported_at = self.now
            bill.save(record_status=False, update_fields=["last_imported_at", "updated_at"])
        if bill.latest_revision_id:
            bill.save_revision(clean=False)  # staff's history of the bill goes on
        self.written.append(bill.pk)
        return "created" if created else "updated"

    def _note_disagreement(self, data):
        status = data.source_status
        if status and data.rules_stage and data.rules_stage != status.stage:
            self.summary.disagreements.append((data.label, data.rules_stage, status.stage))

    def _session(self, data):
        jurisdiction = self.jurisdictions.get(data.jurisdiction)
        if jurisdiction is None:
            jurisdiction, _created = Jurisdiction.objects.get_or_create(
                code=data.jurisdiction, defaults=self._jurisdiction_defaults(data)
            )
            self.jurisdictions[data.jurisdiction] = jurisdiction
        key = (jurisdiction.pk, data.session)
        if key not in self.sessions:
            session, _created = LegislativeSession.objects.get_or_create(
                jurisdiction=jurisdiction, identifier=data.session
            )
            session.jurisdiction = jurisdiction
            self.sessions[key] = session
        return self.sessions[key]

    @staticmethod
    def _jurisdiction_defaults(data):
        if data.jurisdiction in KNOWN_JURISDICTIONS:
            return dict(KNOWN_JURISDICTIONS[data.jurisdiction])
        names = dict(data.chamber_names)
        defaults = {"name": data.jurisdiction_name, "number_style": "spaced"}
        for chamber in ("upper", "lower"):
            if names.get(chamber):
                defaults[f"{chamber}_chamber_name"] = names[chamber]
        return defaults

    # Fields ----------------------------------------------------------------------------

    def _apply_fields(self, bill, label, incoming, created):
        locked = set() if created else set(bill.locked_fields or [])
        if bill.stage_locked:
            locked |= STAGE_FIELDS
        imported = dict(bill.imported_values or {})
        conflicts = dict(bill.source_conflicts or {})
        changed = created
        for name, value in incoming.items():
            value = fit(value, Bill, name, label, self.summary)
            changed |= imported.get(name, MISSING) != value
            imported[name] = value
            current = None if created else bill.serializable_value_of(name)
            if name in locked:
                self._note_conflict(conflicts, label, name, current, value)
            elif current != value:
                setattr(bill, name, python_value(name, value))
                changed = True
        for name in set(conflicts) - locked:
            del conflicts[name]  # staff released the field
        changed |= conflicts != (bill.source_conflicts or {})
        bill.imported_values, bill.source_conflicts = imported, conflicts
        return changed

    def _note_conflict(self, conflicts, label, name, current, value):
        if current == value:
            conflicts.pop(name, None)
            return
        conflicts[name] = value
        self.summary.conflicts.append((label, name, current, value))

    # Lists -----------------------------------------------------------------------------

    def _write_related(self, bill, jurisdiction, data, created):
        """Each list the source sent; a bill created just now has none stored to read."""
        changed = self._sync_actions(bill, data, created)
        changed |= self._sync_sponsors(bill, jurisdiction, data, created)
        changed |= self._sync_documents(bill, data, created)
        changed |= self._sync_relations(bill, data.relations, created)
        return changed

    def _refuse_removal(self, label, what, count):
        """Whether to leave stored rows alone: yes, reported, unless `replace`."""
        if self.replace or not count:
            return False
        self.summary.kept.append((label, f"{what}: {count}"))
        return True

    def _sync_actions(self, bill, data, created):
        if data.actions is None:
            return False
        wanted = [
            (
                a.date,
                a.chamber,
                fit(a.text, BillAction, "text", data.label, self.summary),
                a.classification[0] if a.classification else "",
            )
            for a in data.actions
        ]
        existing = []
        if not created:
            stored = BillAction.objects.filter(bill=bill).order_by("sort_order", "pk")
            existing = [(a.date, a.chamber, a.text, a.classification) for a in stored]
        if wanted == existing:
            return False
        removed = len({(d, t) for d, _c, t, _k in existing} - {(d, t) for d, _c, t, _k in wanted})
        if self._refuse_removal(data.label, "actions", removed):
            return False
        if existing:
            BillAction.objects.filter(bill=bill).delete()
        BillAction.objects.bulk_create(
            BillAction(bill=bill, sort_order=i, date=d, chamber=c, text=t, classification=k)
            for i, (d, c, t, k) in enumerate(wanted)
        )
        return True

    def _sync_sponsors(self, bill, jurisdiction, data, created):
        if data.sponsors is None:
            return False
        stored = Sponsorship.objects.filter(bill=bill).select_related("legislator")
        existing = [] if created else list(stored)
        matched, new, relinked = set(), [], []
        for sponsor in data.sponsors:
            legislator = self.people.find(jurisdiction, sponsor)
            match = _matching_sponsorship(existing + new, sponsor, legislator)
            if match is None:
                name = fit(sponsor.name, Sponsorship, "name", data.label, self.summary)
                new.append(
                    Sponsorship(
                        bill=bill,
                        sort_order=len(existing) + len(new),
                        name=name,
                        classification=sponsor.classification,
                        legislator=legislator,
                    )
                )
            elif legislator and match.legislator_id != legislator.pk:
                match.legislator = legislator  # a link made on a last name alone, mended
                relinked.append(match)
            matched.add(id(match))
        Sponsorship.objects.bulk_create(new)
        Sponsorship.objects.bulk_update(relinked, ["legislator"])
        removed = self._remove_unmatched(data.label, [s for s in existing if id(s) not in matched])
        return bool(new or relinked or removed)

    def _remove_unmatched(self, label, unmatched):
        if not unmatched or self._refuse_removal(label, "sponsors", len(unmatched)):
            return False
        Sponsorship.objects.filter(pk__in=[s.pk for s in unmatched]).delete()
        return True

    def _sync_documents(self, bill, data, created):
        if data.documents is None:
            return False
        stored = {} if created else {d.url: d.pk for d in BillDocument.objects.filter(bill=bill)}
        wanted = {doc.url for doc in data.documents}
        new = [
            BillDocument(
                bill=bill,
                sort_order=index,
                kind=doc.kind,
                note=fit(doc.note, BillDocument, "note", data.label, self.summary),
                date=doc.date,
                url=fit(doc.url, BillDocument, "url", data.label, self.summary),
                media_type=doc.media_type[:60],
            )
            for index, doc in enumerate(data.documents, start=len(stored))
            if doc.url not in stored
        ]
        BillDocument.objects.bulk_create(new)
        changed = bool(new)
        gone = [pk for url, pk in stored.items() if url not in wanted]
        if gone and not self._refuse_removal(data.label, "versions and documents", len(gone)):
            BillDocument.objects.filter(pk__in=gone).delete()
            changed = True
        return changed

    def _sync_relations(self, bill, relations, created):
        existing = [] if created else BillRelation.objects.filter(bill=bill)
        known = {(r.relation_type, r.related_session, r.related_print_number) for r in existing}
        new = {}
        for relation in relations:
            key = (relation.relation_type, relation.session, relation.print_number)
            if key not in known:
                new.setdefault(key, relation)
        if not new:
            return False
        wanted = Q()
        for _type, session, number in new:
            wanted |= Q(session__identifier=session, base_print_number=number)
        found = {
            (b.session.identifier, b.base_print_number): b
            for b in Bill.objects.filter(wanted).exclude(pk=bill.pk).select_related("session")
        }
        BillRelation.objects.bulk_create(
            BillRelation(
                bill=bill,
                sort_order=len(known) + index,
                relation_type=relation_type,
                related_session=session,
                related_print_number=number,
                related_bill=found.get((session, number)),
                source=Source.IMPORTED,
            )
            for index, (relation_type, session, number) in enumerate(new)
        )
        return True

    # History ---------------------------------------------------------------------------

    def _record_history(self, bill, history, created):
        """The source's stage changes, once each; a staff-set stage instead keeps the
        history at staff's stage, so the page, the feed and the history agree."""
        if bill.stage_locked:
            return bill.record_status()
        stored = BillStatusChange.objects.filter(bill=bill)
        stored = set() if created else set(stored.values_list("stage", "date", "committee"))
        new = [c for c in history if (c.stage, c.date, c.committee) not in stored]
        BillStatusChange.objects.bulk_create(
            BillStatusChange(
                bill=bill,
                stage=c.stage,
                date=c.date,
                committee=c.committee[:120],
                description=c.description[:500],
            )
            for c in {(c.stage, c.date, c.committee): c for c in new}.values()
        )
        return bool(new)


def _matching_sponsorship(existing, sponsor, legislator):
    if legislator is not None:
        for sponsorship in existing:
            if sponsorship.legislator_id == legislator.pk:
                return sponsorship
    name = sponsor.name.lower()
    for sponsorship in existing:
        names = {sponsorship.name.lower()}
        if sponsorship.legislator_id:
            names.add(sponsorship.legislator.name.lower())
        if name in names:
            return sponsorship
    return None


def update_reference_index(pks, chunk=500):
    """Wagtail's reference index (what the admin's usage counts read) for these bills:
    what `create_or_update_for_object` does for each, with each bill's lists read in one
    query per list for `chunk` bills rather than in one per bill."""
    lists = [relation.get_accessor_name() for relation in get_all_child_relations(Bill)]
    for start in range(0, len(pks), chunk):
        bills = Bill.objects.filter(pk__in=pks[start : start + chunk]).prefetch_related(*lists)
        for bill in bills:
            ReferenceIndex.create_or_update_for_object(bill)


def import_bills(records, dry_run=False, replace=False, now=None):
    """Write every bill in one transaction (a dry run rolls it back); one bill that the
    database refuses is listed as failed and the others are written. Placeholders the
    readers skipped are listed. Returns an `ImportSummary`.

    The reference index is updated once, for every bill written, and the content version
    replaced once, rather than on each row's save."""
    summary = ImportSummary()
    writer = BillWriter(summary, now or timezone.now(), replace=replace)
    with transaction.atomic(), disable_reference_index_auto_update(), one_bump():
        writer.read_ahead([r for r in records if not isinstance(r, SkippedBill)])
        for record in records:
            if isinstance(record, SkippedBill):
                summary.skipped.append((record.label, record.reason))
                continue
            try:
                with transaction.atomic():
                    result = writer.write(record)
            except DatabaseError as error:
                summary.failed.append((record.label, str(error).strip()))
                continue
            getattr(summary, result).append(record.label)
        update_reference_index(writer.written)
        if dry_run:
            transaction.set_rollback(True)
    return summary
