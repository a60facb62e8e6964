"""The public signer list reads one page of signers through its partial index
(PostgreSQL): with sequential scans off, no query scans the signatures in full, on the
first page or a deep one."""

import pytest
from django.db import connection

from campaigns.models import Signatory
from tests.plans import analyze, plans_of, seq_scans

from .conftest import STATEMENT_URL
from .test_list_and_outbox import _approve_many

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL query plans"),
]


def test_signer_pages_walk_the_public_list_index(client, statement, settings):
    _approve_many(statement, 3000)
    Signatory.objects.filter(pk__in=Signatory.objects.order_by("pk")[:300].values("pk")).update(
        status="pending"
    )
    analyze()
    listed = list(statement.approved_signers().values_list("pk", flat=True))
    # What the first reader after a change builds once for the whole site (menus, which
    # feeds have entries) is checked with the pages; here, the signer list per request.
    client.get(STATEMENT_URL)
    for url in (
        STATEMENT_URL,
        f"{STATEMENT_URL}?page=4&after={listed[1499]}",
        f"{STATEMENT_URL}?page=3&before={listed[1500]}",
        f"{STATEMENT_URL}?page=5",
    ):
        plans = plans_of(client, url, settings)
        assert any("campaigns_signatory" in sql for sql in plans), url
        assert seq_scans(plans) == [], (url, list(plans.values()))
    # The first page walks the list's own index (deep pages: the planner may pick the
    # (statement, status, kind) index at this size; neither scans the table).
    plans = plans_of(client, STATEMENT_URL, settings)
    assert any("signatory_public_list" in plan for plan in plans.values())
