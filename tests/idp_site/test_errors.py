"""Answers when something is wrong that is not the reader's doing: a body in a charset
we do not read gets the 400 page (not a bare 500); a database outage gets the 503 page
with the hotline, never cached, never blaming the reader; and a search made during an
outage is not kept as a "could not search" page."""

import pytest
from django.db import OperationalError, connection
from django.test import Client
from wagtail.models import Page

from tests.conftest import add_page

pytestmark = pytest.mark.django_db

HOTLINE = "(212) 725-6422"


@pytest.fixture
def reader():
    # As gunicorn does: an exception becomes the error page, not a test failure.
    return Client(raise_request_exception=False)


@pytest.mark.parametrize(
    "content_type",
    [
        "application/x-www-form-urlencoded; charset=utf-16",
        "application/x-www-form-urlencoded; charset=UTF-32",
        "multipart/form-data; boundary=x; charset=utf-16",
        "application/x-www-form-urlencoded; charset=no-such-charset",
    ],
)
def test_body_in_an_unsupported_charset_gets_the_400_page(reader, home, content_type):
    body = "q=ayuda&name=José".encode("utf-16")
    response = reader.generic("POST", "/en/", data=body, content_type=content_type)
    assert response.status_code == 400
    html = response.content.decode()
    assert "We could not read what was sent" in html and HOTLINE in html
    assert "no-store" in response["Cache-Control"]


def test_a_get_with_such_a_header_is_served(reader, home):
    response = reader.get("/en/", CONTENT_TYPE="text/plain; charset=utf-16")
    assert response.status_code == 200


def test_utf8_and_plain_forms_still_pass(reader, home):
    for content_type in (
        "application/x-www-form-urlencoded; charset=utf-8",
        "application/x-www-form-urlencoded; charset=US-ASCII",
        "application/x-www-form-urlencoded",
    ):
        response = reader.post("/en/search/", data=b"q=x", content_type=content_type)
        assert response.status_code != 400


def _database_down(execute, sql, params, many, context):
    raise OperationalError("server closed the connection unexpectedly")


def test_database_outage_gets_503_with_hotline_never_cached(reader, home):
    with connection.execute_wrapper(_database_down):
        response = reader.get("/en/")
    assert response.status_code == 503
    html = response.content.decode()
    assert HOTLINE in html and "Nothing you did caused this" in html
    assert "no-store" in response["Cache-Control"] and "public" not in response["Cache-Control"]
    assert response["Retry-After"] == "60"


def test_search_during_an_outage_is_503_and_not_kept(reader, home, settings):
    from pages.models import StandardPage

    add_page(home, StandardPage(title="Bail reform", slug="bail", search_description="Bail."))
    settings.PAGE_FRAGMENT_CACHE = True  # listings kept, as in production

    def search_down(execute, sql, params, many, context):
        if "wagtailsearch" in sql or "ts_rank" in sql or "MATCH" in sql:
            raise OperationalError("canceling statement due to conflict with recovery")
        return execute(sql, params, many, context)

    with connection.execute_wrapper(search_down):
        during = reader.get("/en/search/?q=bail")
    assert during.status_code == 503
    html = during.content.decode()
    assert "We could not search for that" not in html  # it does not blame the words
    assert HOTLINE in html and "no-store" in during["Cache-Control"]

    after = reader.get("/en/search/?q=bail")
    assert after.status_code == 200
    assert "Bail reform" in after.content.decode()
    assert Page.objects.filter(title="Bail reform").exists()
