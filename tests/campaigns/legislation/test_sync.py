"""manage.py sync_bills against a local stub of the two APIs on 127.0.0.1: no request
leaves this machine. The stub answers with the committed real-shaped fixtures."""

import copy
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.management import call_command

from campaigns.legislation import sync
from campaigns.legislation.importers import import_bills, read_files
from campaigns.legislation.stages import Stage
from campaigns.models import Bill
from tests.conftest import login_with_mfa

from .conftest import FIXTURES, write_listing

pytestmark = pytest.mark.django_db

SAMPLE = {
    item["basePrintNo"]: item
    for item in json.loads((FIXTURES / "openleg_ny_2025_sample.json").read_text())["result"][
        "items"
    ]
}
RAMOS = json.loads((FIXTURES / "openstates_ny_2019_ramos.json").read_text())["results"]


class Stub:
    """Routes to canned answers: each route is a list of (status, headers, body, delay);
    answers are used in turn and the last one repeats."""

    def __init__(self):
        self.routes, self.requests = {}, []

    def add(self, path, *answers):
        self.routes[path] = list(answers)

    def answer(self, path):
        answers = self.routes.get(path)
        if not answers:
            return 404, {}, b'{"success": false}', 0
        return answers.pop(0) if len(answers) > 1 else answers[0]


def ok(document):
    return 200, {"Content-Type": "application/json"}, json.dumps(document).encode(), 0


def openleg_answer(item):
    return ok({"success": True, "responseType": "bill", "result": item})


ERROR_500 = (500, {}, b"upstream failure", 0)
TOO_MANY = (429, {"Retry-After": "7"}, b"slow down", 0)
SLOW = (200, {}, b"{}", 1.5)


@pytest.fixture
def stub():
    state = Stub()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's name)
            parsed = urlsplit(self.path)
            state.requests.append((parsed.path, parse_qs(parsed.query), dict(self.headers)))
            status, headers, body, delay = state.answer(parsed.path)
            time.sleep(delay)
            try:
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)
            except OSError:
                pass  # the client gave up (a timeout test)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    yield state
    server.shutdown()
    server.server_close()


@pytest.fixture
def waits(monkeypatch):
    waited = []
    monkeypatch.setattr(sync, "wait_for", waited.append)
    return waited


@pytest.fixture
def openleg_env(monkeypatch, stub):
    monkeypatch.setenv("OPENLEG_API_KEY", "test-openleg-key")
    monkeypatch.setenv("OPENLEG_API_URL", stub.url)
    monkeypatch.delenv("OPENSTATES_API_KEY", raising=False)


def _path(base):
    return f"/api/3/bills/2025/{base}"


def _older(item):
    """The same bill as Open Legislation showed it before its last three actions."""
    older = copy.deepcopy(item)
    older["actions"]["items"] = older["actions"]["items"][:-3]
    older["status"] = dict(older["status"], statusType="DELIVERED_TO_GOV")
    return older


def _status(base):
    bill = Bill.objects.get(session__identifier="2025-2026", base_print_number=base)
    return bill.last_sync_status, bill.last_sync_error, bill.last_synced_at


def test_sync_bills_against_the_local_stub(stub, waits, openleg_env, tmp_path, capsys):
    stored = [_older(SAMPLE["A10000"]), SAMPLE["A10774"], SAMPLE["A7422"], SAMPLE["S492"]]
    import_bills(read_files([write_listing(tmp_path, "stored.json", stored)], "openleg"))
    stub.add(_path("A10000"), openleg_answer(SAMPLE["A10000"]))  # updates
    stub.add(_path("A10774"), openleg_answer(SAMPLE["A10774"]))  # unchanged
    stub.add(_path("S7960"), openleg_answer(SAMPLE["S7960"]))  # creates
    stub.add(_path("A7422"), ERROR_500)  # always fails
    stub.add(_path("A675"), TOO_MANY, openleg_answer(SAMPLE["A675"]))  # 429, then fine
    stub.add(_path("S4735"), SLOW, openleg_answer(SAMPLE["S4735"]))  # times out once
    stub.add(_path("S492"), SLOW)  # always times out
    names = ["A10000", "A10774", "S7960", "A7422", "A675", "S4735", "S492"]
    options = ["--timeout", "0.5", "--retries", "2", "--no-companions"]
    bills = [arg for name in names for arg in ("--bill", f"ny/2025-2026/{name}")]

    call_command("sync_bills", *bills, *options)

    out = capsys.readouterr().out
    assert _status("A10000")[0] == "updated"
    assert Bill.objects.get(base_print_number="A10000").stage == Stage.SIGNED
    assert _status("A10774")[0] == "unchanged"
    assert _status("S7960")[0] == "created"
    status, error, when = _status("A7422")
    assert (status, when is not None) == ("failed", True) and "HTTP 500" in error
    assert _status("A675")[0] == "created"
    assert _status("S4735")[0] == "created"
    status, error, _when = _status("S492")
    assert status == "failed" and "no answer" in error
    assert "test-openleg-key" not in error + out
    assert "7 bills synced, 2 failed." in out
    # Backoff 2 s then 4 s for the 500s and the timeouts; the 429's Retry-After: 7.
    assert waits == [2.0, 4.0, 7.0, 2.0, 2.0, 4.0]
    first = stub.requests[0]
    assert first[1]["key"] == ["test-openleg-key"]

    # Again: idempotent, safe for an hourly cron.
    call_command("sync_bills", *bills[:6], *options)
    assert [_status(n)[0] for n in ("A10000", "A10774", "S7960")] == ["unchanged"] * 3


def test_open_states_sync_asks_for_actions_and_follows_pages(stub, waits, monkeypatch):
    monkeypatch.delenv("OPENLEG_API_KEY", raising=False)
    monkeypatch.setenv("OPENSTATES_API_KEY", "test-openstates-key")
    monkeypatch.setenv("OPENSTATES_API_URL", stub.url)
    pages = [
        ok({"results": [RAMOS[1]], "pagination": {"page": 1, "max_page": 2, "per_page": 1}}),
        ok({"results": [RAMOS[0]], "pagination": {"page": 2, "max_page": 2, "per_page": 1}}),
    ]
    stub.add("/bills", *pages)

    call_command("sync_bills", "--bill", "ny/2019-2020/A5169", "--no-companions")

    bill = Bill.objects.get(base_print_number="A5169")
    assert bill.last_sync_status == "created" and bill.actions.count() == 17
    assert bill.primary_sponsors()[0].legislator.name == "Philip Ramos"
    (path, query, headers), second = stub.requests
    assert path == "/bills" and second[1]["page"] == ["2"]
    assert {"actions", "sponsorships", "versions"} <= set(query["include"])
    assert (query["jurisdiction"], query["session"], query["identifier"]) == (
        ["ny"],
        ["2019-2020"],
        ["A 5169"],
    )
    assert headers["X-Api-Key"] == "test-openstates-key"


def test_companions_are_fetched_too(stub, waits, openleg_env):
    # A5169 of 2019 names S5579 as its same-as bill in the real record.
    stub.add("/api/3/bills/2019/A5169", openleg_answer(_from_corpus("A5169")))
    stub.add("/api/3/bills/2019/S5579", openleg_answer(_from_corpus("S5579", "A5169")))
    call_command("sync_bills", "--bill", "ny/2019-2020/A5169")
    paths = [path for path, _q, _h in stub.requests]
    assert paths == ["/api/3/bills/2019/A5169", "/api/3/bills/2019/S5579"]


def _from_corpus(base, fallback=None):
    from .conftest import corpus_result

    try:
        return corpus_result("2019", base)
    except LookupError:
        # Not in the committed sample: answer with the companion's own record renamed,
        # enough to prove the second request is made.
        item = copy.deepcopy(corpus_result("2019", fallback))
        item.update(basePrintNo=base, printNo=base, billType={"chamber": "SENATE"})
        return item


def test_admin_shows_the_last_sync_and_starts_one(
    client, make_user, stub, waits, openleg_env, tmp_path, django_capture_on_commit_callbacks
):
    import_bills(read_files([write_listing(tmp_path, "one.json", [SAMPLE["A7422"]])], "openleg"))
    bill = Bill.objects.get(base_print_number="A7422")
    stub.add(_path("A7422"), ERROR_500)
    login_with_mfa(client, make_user("admin", superuser=True))
    sync_url = f"/admin/snippets/legislation/bill/sync/{bill.pk}/"

    assert "Sync now" in client.get(sync_url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(sync_url)
    assert response.status_code == 302
    bill.refresh_from_db()
    assert bill.last_sync_status == "failed" and "HTTP 500" in bill.last_sync_error

    page = client.get(f"/admin/snippets/legislation/bill/edit/{bill.pk}/").content.decode()
    assert "HTTP 500" in page and sync_url in page


def test_without_an_api_key_sync_now_is_not_offered_and_says_why(
    client, make_user, monkeypatch, tmp_path, django_capture_on_commit_callbacks
):
    monkeypatch.delenv("OPENLEG_API_KEY", raising=False)
    monkeypatch.delenv("OPENSTATES_API_KEY", raising=False)
    import_bills(read_files([write_listing(tmp_path, "one.json", [SAMPLE["A7422"]])], "openleg"))
    bill = Bill.objects.get(base_print_number="A7422")
    login_with_mfa(client, make_user("admin", superuser=True))
    edit_url = f"/admin/snippets/legislation/bill/edit/{bill.pk}/"
    sync_url = f"/admin/snippets/legislation/bill/sync/{bill.pk}/"

    assert sync_url not in client.get(edit_url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(sync_url, follow=True)
    assert response.redirect_chain[-1][0] == edit_url
    assert "no Open Legislation or Open States API key is set" in response.content.decode()
    bill.refresh_from_db()
    assert bill.last_sync_status == ""  # nothing was tried
