"""The checks have teeth: a fault injected into a served page makes each one fail.

The fault goes into the real response of the live server (same headers, so the same
Content Security Policy) just before `</main>`, as a broken template would put it."""

import pytest

from tests.browser.checks import (
    assert_accessible,
    assert_no_csp_violation,
    assert_private,
    axe_violations,
)

EXTERNAL_SCRIPT = "https://cdn.example.com/tracker.js"


def inject(session, path, snippet):
    """Serve `path` with `snippet` added to its main content, then open it."""

    def handler(route):
        original = route.fetch()
        body = original.text().replace("</main>", f"{snippet}</main>", 1)
        route.fulfill(response=original, body=body)

    session.page.route(f"{session.base_url}{path}", handler)
    return session.open(path)


def test_axe_check_fails_on_an_image_without_alt_text(open_session):
    session = open_session()
    inject(session, "/en/about/", '<img src="/static/img/favicon.svg" width="48" height="48">')
    assert "image-alt" in {v["id"] for v in axe_violations(session.page)}
    with pytest.raises(AssertionError, match="image-alt"):
        assert_accessible(session.page)


def test_privacy_check_fails_on_an_external_script(open_session):
    # With the CSP out of the way, the browser really asks the other host...
    session = open_session(bypass_csp=True)
    inject(session, "/en/about/", f'<script src="{EXTERNAL_SCRIPT}"></script>')
    assert session.privacy.foreign == [EXTERNAL_SCRIPT]
    with pytest.raises(AssertionError, match="cdn.example.com"):
        assert_private(session.privacy, session.csp)


def test_privacy_check_also_fails_when_the_csp_stops_the_request(open_session):
    # ...and with the CSP in force, the attempt still counts against the page.
    session = open_session()
    inject(session, "/en/about/", f'<script src="{EXTERNAL_SCRIPT}"></script>')
    session.settle()
    assert session.privacy.foreign == []
    with pytest.raises(AssertionError, match="cdn.example.com"):
        assert_private(session.privacy, session.csp)


@pytest.mark.parametrize(
    ("snippet", "directive"),
    [
        ('<script>document.body.dataset.injected = "yes";</script>', "script-src-elem"),
        ('<p style="color: red">Styled inline</p>', "style-src-attr"),
        ("<style>main { color: red; }</style>", "style-src-elem"),
    ],
    ids=["inline script", "style attribute", "style element"],
)
def test_csp_check_fails_on_inline_code(open_session, snippet, directive):
    session = open_session()
    inject(session, "/en/about/", snippet)
    session.settle()
    assert session.page.evaluate("document.body.dataset.injected") is None
    assert directive in [v["directive"] for v in session.csp.violations]
    with pytest.raises(AssertionError, match="CSP"):
        assert_no_csp_violation(session.csp)


def test_clean_page_passes_every_check(open_session):
    session = open_session()
    session.open("/en/about/")
    assert_accessible(session.page)
    session.assert_clean()
