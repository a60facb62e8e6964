"""Live sync: fetch the bills the site tracks from Open Legislation API v3 (New York)
and Open States API v3 (any state), and write them with the same readers and writer
as file imports.

Network calls have a timeout and are retried with exponential backoff on timeouts,
connection errors, 5xx answers and 429 (whose `Retry-After` is honoured). One bill that
fails is recorded on that bill (`last_sync_status`, `last_sync_error`) and the others
carry on. Running it again changes nothing that did not change upstream, so it is safe
to run from cron every hour. Keys come from the environment (`OPENLEG_API_KEY`,
`OPENSTATES_API_KEY`) and never appear in errors; base URLs from settings or the
environment (`OPENLEG_API_URL`, `OPENSTATES_API_URL`).
"""

import json
import os
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime

from django.conf import settings
from django.utils import timezone

from campaigns.legislation.importers import (
    BillImportError,
    SkippedBill,
    import_bills,
    openleg,
    openstates,
)
from campaigns.legislation.models import Bill, BillRelation

OPENLEG_URL = "https://legislation.nysenate.gov"
OPENSTATES_URL = "https://v3.openstates.org"
OPENSTATES_INCLUDE = (
    "actions",
    "sponsorships",
    "versions",
    "documents",
    "related_bills",
    "abstracts",
    "sources",
)
RETRY_STATUSES = {429, 500, 502, 503, 504}


class SyncError(Exception):
    """A bill the source would not give us; the message is safe to show staff."""


class Retryable(SyncError):
    def __init__(self, message, wait=None):
        super().__init__(message)
        self.wait = wait


def wait_for(seconds):
    """Sleep between retries (a function of its own so tests can count the waits)."""
    time.sleep(seconds)


def retry_after(value):
    """Seconds to wait from a `Retry-After` header (seconds or an HTTP date)."""
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        return max(0.0, (parsedate_to_datetime(value) - timezone.now()).total_seconds())
    except (TypeError, ValueError):
        return None


@dataclass
class HttpClient:
    """GETs JSON with a timeout, retries and exponential backoff."""

    timeout: float = 20.0
    retries: int = 3
    backoff: float = 2.0
    max_wait: float = 120.0
    sleep: object = None  # None: wait_for()
    user_agent: str = "IDP bill tracking (Wagtail site; +https://www.immigrantdefenseproject.org)"

    def get_json(self, url, params=(), headers=None):
        query = urllib.parse.urlencode(list(params), doseq=True)
        full = f"{url}?{query}" if query else url
        for attempt in range(self.retries + 1):
            try:
                return self._get(full, headers or {})
            except Retryable as error:
                if attempt == self.retries:
                    raise SyncError(str(error)) from error
                wait = error.wait if error.wait is not None else self.backoff * 2**attempt
                (self.sleep or wait_for)(min(wait, self.max_wait))
        raise SyncError("no attempt made")  # retries < 0

    def _get(self, url, headers):
        if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
            raise SyncError("only http and https addresses are fetched")
        headers = {"Accept": "application/json", "User-Agent": self.user_agent, **headers}
        request = urllib.request.Request(url, headers=headers)  # noqa: S310 (scheme checked)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310
                body = response.read()
        except urllib.error.HTTPError as error:
            message = f"HTTP {error.code} from {urllib.parse.urlsplit(url).netloc}"
            if error.code in RETRY_STATUSES:
                raise Retryable(message, retry_after(error.headers.get("Retry-After")))
            raise SyncError(message)
        except (urllib.error.URLError, TimeoutError, ConnectionError) as error:
            reason = getattr(error, "reason", error)
            raise Retryable(f"no answer from {urllib.parse.urlsplit(url).netloc}: {reason}")
        try:
            return json.loads(body)
        except ValueError:
            raise SyncError("the answer is not JSON")


@dataclass(frozen=True)
class BillKey:
    """Which bill to fetch: enough to ask either API."""

    jurisdiction: str
    session: str
    base_print_number: str

    @classmethod
    def of(cls, bill):
        return cls(bill.session.jurisdiction.code, bill.session.identifier, bill.base_print_number)

    @property
    def label(self):
        return f"{self.base_print_number} ({self.session})"


def _setting(name, default):
    return getattr(settings, name, None) or os.environ.get(name) or default


class OpenLegislationSource:
    """New York's Open Legislation API v3: `GET /api/3/bills/{year}/{printNo}?key=`."""

    name = "openleg"

    def __init__(self, client, key, base_url=None):
        self.client, self.key = client, key
        self.base_url = (base_url or _setting("OPENLEG_API_URL", OPENLEG_URL)).rstrip("/")

    def handles(self, key):
        return key.jurisdiction == "ny"

    def fetch(self, key):
        year = key.session[:4]
        url = f"{self.base_url}/api/3/bills/{year}/{key.base_print_number}"
        document = self.client.get_json(url, [("key", self.key), ("view", "default")])
        if isinstance(document, dict) and document.get("success") is False:
            raise SyncError(str(document.get("message") or "the source refused the request"))
        return openleg.read_document(document, f"Open Legislation {key.label}")


class OpenStatesSource:
    """Open States API v3: `GET /bills?jurisdiction=&session=&identifier=&include=...`,
    page by page, the key in the `X-API-KEY` header."""

    name = "openstates"

    def __init__(self, client, key, base_url=None, per_page=20):
        self.client, self.key, self.per_page = client, key, per_page
        self.base_url = (base_url or _setting("OPENSTATES_API_URL", OPENSTATES_URL)).rstrip("/")

    def handles(self, key):
        return True

    def fetch(self, key):
        identifier = re.sub(r"^([A-Z]+)(\d+)$", r"\1 \2", key.base_print_number)
        params = [
            ("jurisdiction", key.jurisdiction),
            ("session", key.session),
            ("identifier", identifier),
            ("per_page", self.per_page),
            *(("include", name) for name in OPENSTATES_INCLUDE),
        ]
        records, page = [], 1
        while True:
            document = self.client.get_json(
                f"{self.base_url}/bills", [*params, ("page", page)], {"X-API-KEY": self.key}
            )
            records += openstates.read_document(document, f"Open States {key.label}")
            pagination = document.get("pagination") if isinstance(document, dict) else None
            if not pagination or page >= int(pagination.get("max_page") or 1):
                return records
            page += 1


def keys_configured():
    """Whether any source's key is set: without one, a sync can only fail."""
    return bool(os.environ.get("OPENLEG_API_KEY") or os.environ.get("OPENSTATES_API_KEY"))


def configured_sources(client, only=None):
    """The sources whose keys are set, New York's own first."""
    sources = []
    if os.environ.get("OPENLEG_API_KEY") and only in (None, "openleg"):
        sources.append(OpenLegislationSource(client, os.environ["OPENLEG_API_KEY"]))
    if os.environ.get("OPENSTATES_API_KEY") and only in (None, "openstates"):
        sources.append(OpenStatesSource(client, os.environ["OPENSTATES_API_KEY"]))
    return sources


@dataclass
class SyncReport:
    """Each bill's outcome: created, updated, unchanged, skipped or failed."""

    outcomes: dict = field(default_factory=dict)  # label: (outcome, message)
    summaries: list = field(default_factory=list)  # the ImportSummary of each write


def _record(key, outcome, message, now):
    Bill.objects.filter(
        session__jurisdiction__code=key.jurisdiction,
        session__identifier=key.session,
        base_print_number=key.base_print_number,
    ).update(last_synced_at=now, last_sync_status=outcome, last_sync_error=message)


def _fetch_and_write(key, sources, replace):
    source = next((s for s in sources if s.handles(key)), None)
    if source is None:
        raise SyncError("no API key is set for this jurisdiction's source")
    records = [
        r
        for r in source.fetch(key)
        if getattr(r, "base_print_number", None) == key.base_print_number
        or getattr(r, "label", None) == key.label
    ]
    if not records:
        raise SyncError("the source has no such bill")
    if isinstance(records[0], SkippedBill):
        return "skipped", records[0].reason, None
    summary = import_bills(records[:1], replace=replace)
    if summary.failed:
        return "failed", summary.failed[0][1], summary
    outcome = next(k for k in ("created", "updated", "unchanged") if summary[k])
    return outcome, "", summary


def sync_one(key, sources, report, replace=False, now=None):
    """Fetch and write one bill; its outcome is recorded on the bill and the report."""
    now = now or timezone.now()
    try:
        outcome, message, summary = _fetch_and_write(key, sources, replace)
    except (SyncError, BillImportError) as error:
        outcome, message, summary = "failed", str(error), None
    if summary is not None:
        report.summaries.append(summary)
    report.outcomes[key.label] = (outcome, message)
    _record(key, outcome, message[:2000], now)
    return outcome


def companions_of(keys):
    """Companions and same-as bills the tracked bills name but we do not have yet."""
    wanted = set()
    for key in keys:
        relations = BillRelation.objects.filter(
            bill__session__jurisdiction__code=key.jurisdiction,
            bill__session__identifier=key.session,
            bill__base_print_number=key.base_print_number,
            related_bill__isnull=True,
            relation_type__in=("companion", "same_as"),
        ).exclude(related_print_number="")
        for relation in relations:
            session = relation.related_session or key.session
            wanted.add(BillKey(key.jurisdiction, session, relation.related_print_number))
    return sorted(wanted - set(keys), key=lambda k: (k.session, k.base_print_number))


def sync_bills(keys, sources, companions=True, replace=False):
    """Sync these bills (then the companions they name); returns a `SyncReport`."""
    report = SyncReport()
    for key in keys:
        sync_one(key, sources, report, replace=replace)
    if companions:
        for key in companions_of(keys):
            sync_one(key, sources, report, replace=replace)
    return report


def tracked_keys(bills=None):
    bills = Bill.objects.all() if bills is None else bills
    return [BillKey.of(b) for b in bills.select_related("session__jurisdiction")]
