"""Fixtures for statements, the press room, the newsletter and the donate page, and a
local stand-in for the list provider's API (Mailchimp) on 127.0.0.1."""

import datetime
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from idp_site.submissions.form_protection import issue_token
from pages.alerts.models import (
    DonatePage,
    NewsletterSignupPage,
    PressContact,
    PressRoomPage,
    StatementIndexPage,
    StatementPage,
)
from pages.alerts.newsletter_form import PROTECTION_SCOPE
from tests.conftest import add_page

NEWSLETTER_URL = "/en/newsletter/"
CANARY_EMAIL = "Lark.Canary4471@example.org"


def signup_data(age=30, **overrides):
    """A valid signup POST whose form was rendered `age` seconds ago."""
    data = {
        "form_token": issue_token(PROTECTION_SCOPE, issued_at=time.time() - age),
        "homepage_url": "",
        "email": CANARY_EMAIL,
        "first_name": "Lark",
        "language": "es",
    }
    data.update(overrides)
    return data


class StubProvider:
    """A tiny Mailchimp: records each call it answers (`calls`) and counts every call
    it receives (`received`). `hang()` makes it take calls and never answer them;
    `release()` makes it answer new ones again; `stop()` closes the port (provider
    down) and `restart()` opens it again."""

    def __init__(self):
        self.calls = []
        self.received = 0
        self.gate = threading.Event()
        self.gate.set()
        self.status = 200
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def do_PUT(self):
                stub.received += 1
                body = self.rfile.read(int(self.headers["Content-Length"]))
                if not stub.gate.is_set():
                    # Hung: holds the call, never acts on it or answers it. (Had it acted,
                    # the retry would PUT the same member again, which changes nothing.)
                    stub.gate.wait(timeout=30)
                    return
                stub.calls.append(
                    {
                        "path": self.path,
                        "auth": self.headers.get("Authorization"),
                        "body": json.loads(body),
                    }
                )
                answer = json.dumps({"status": "pending"}).encode()
                self.send_response(stub.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, *args):
                pass

        self.handler = Handler
        self.server = self._serve(0)
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}/3.0"
        self.thread = None

    def _serve(self, port):
        server = ThreadingHTTPServer(("127.0.0.1", port), self.handler)
        server.daemon_threads = True
        return server

    def restart(self):
        """Up again on the same address, after `stop()`."""
        self.server = self._serve(self.port)
        self.start()

    def start(self):
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def running(self):
        return self.thread is not None and self.thread.is_alive()

    def stop(self):
        self.server.shutdown()
        self.server.server_close()

    def hang(self):
        self.gate.clear()

    def release(self):
        self.gate.set()


@pytest.fixture
def provider(settings):
    stub = StubProvider()
    stub.start()
    settings.MAILCHIMP_API_KEY = "test-key-us1"
    settings.MAILCHIMP_LIST_ID = "list123"
    settings.MAILCHIMP_API_URL = stub.url
    settings.NEWSLETTER_TIMEOUT = 0.5
    yield stub
    stub.release()
    if stub.running:
        stub.stop()


@pytest.fixture
def newsletter_page(home):
    return add_page(
        home,
        NewsletterSignupPage(
            title="Subscribe to our newsletter",
            slug="newsletter",
            search_description="Our newsletter.",
            intro="<p>News by email.</p>",
        ),
    )


@pytest.fixture
def statement_index(home):
    return add_page(
        home,
        StatementIndexPage(
            title="Statements", slug="statements", search_description="Statements.", intro="Ours."
        ),
    )


def make_statement(index, n, **fields):
    values = dict(
        title=f"Statement {n}",
        slug=f"statement-{n}",
        release_date=datetime.date(2021, 1, 1) + datetime.timedelta(days=n),
        dateline="NEW YORK",
        summary=f"Summary of statement {n}.",
        search_description=f"Summary of statement {n}.",
        body=[("paragraph", f"<p>Body of statement {n}.</p>")],
        contact_name="Press office",
        contact_email="press@example.org",
    )
    values.update(fields)
    return add_page(index, StatementPage(**values))


@pytest.fixture
def press_room(home):
    page = PressRoomPage(
        title="Press room",
        slug="press-room",
        search_description="For journalists.",
        intro="For journalists.",
        about="<p>IDP works where criminal and immigration law meet.</p>",
    )
    page.contacts = [PressContact(name="Press office", email="press@example.org")]
    return add_page(home, page)


@pytest.fixture
def donate_page(home):
    return add_page(
        home,
        DonatePage(
            title="Give", slug="give", search_description="Give.", intro="<p>Support us.</p>"
        ),
    )
