"""Background work: syncing one bill when staff ask for it, outside the request."""

from django_tasks import task

from campaigns.legislation.models import Bill
from campaigns.legislation.sync import (
    BillKey,
    HttpClient,
    SyncReport,
    configured_sources,
    sync_one,
)


@task()
def sync_bill(bill_pk):
    """Sync one bill from its live source; the outcome is recorded on the bill."""
    bill = Bill.objects.select_related("session__jurisdiction").filter(pk=bill_pk).first()
    if bill is None:
        return "missing"
    return sync_one(BillKey.of(bill), configured_sources(HttpClient()), SyncReport())
