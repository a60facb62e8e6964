"""What the browser tests check on every page: accessibility (axe-core), privacy (no
request to another host), the Content Security Policy (no violation) and cookies.

Each recorder attaches to a Playwright browser context and collects findings; the
`assert_*` helpers fail with the list, so a failing test says what broke where."""

from urllib.parse import urlsplit

from axe_playwright_python.sync_playwright import Axe

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]

_axe = Axe()


def axe_violations(page):
    """axe-core's violations of the WCAG 2.0, 2.1 and 2.2 A and AA rules on `page`."""
    results = _axe.run(
        page,
        options={
            "runOnly": {"type": "tag", "values": WCAG_TAGS},
            "resultTypes": ["violations"],
        },
    )
    return results.response["violations"]


def describe_violations(violations):
    lines = []
    for violation in violations:
        targets = [" ".join(map(str, node["target"])) for node in violation["nodes"]]
        lines.append(
            f"{violation['id']} ({violation['impact']}): {violation['help']} -> {targets[:5]}"
        )
    return "\n".join(lines)


def assert_accessible(page):
    violations = axe_violations(page)
    assert not violations, f"axe found on {page.url}:\n{describe_violations(violations)}"


class PrivacyRecorder:
    """Records every request the page makes to a host other than the live server, and
    aborts it so a test never reaches the network. Loads refused by the CSP (which
    never become requests) are added by `CspRecorder.foreign_loads`."""

    def __init__(self, context, live_server_url):
        self.origin = urlsplit(live_server_url).netloc
        self.requests = []
        self.foreign = []
        context.route("**/*", self._route)

    def _route(self, route):
        url = route.request.url
        self.requests.append(url)
        parts = urlsplit(url)
        if parts.scheme in ("http", "https", "ws", "wss") and parts.netloc != self.origin:
            self.foreign.append(url)
            route.abort()
        else:
            route.continue_()


# Runs in every page before its own scripts: report CSP violations to the test.
CSP_LISTENER = """
document.addEventListener("securitypolicyviolation", (event) => {
    window.__idpReportCsp({
        directive: event.effectiveDirective || event.violatedDirective,
        blocked: event.blockedURI,
        source: event.sourceFile,
        line: event.lineNumber,
        page: document.location.href,
    });
});
"""


class CspRecorder:
    """Collects Content-Security-Policy violations: the `securitypolicyviolation` DOM
    events of every page and frame, plus Chromium's console reports of them."""

    def __init__(self, context):
        self.violations = []
        self.console = []
        context.expose_binding("__idpReportCsp", self._report)
        context.add_init_script(CSP_LISTENER)
        context.on("console", self._console)

    def _report(self, source, violation):
        self.violations.append(violation)

    def _console(self, message):
        if "Content Security Policy" in message.text:
            self.console.append(message.text)

    def foreign_loads(self, origin):
        """Blocked loads from other hosts (a privacy finding even though CSP stopped it)."""
        return [
            v["blocked"]
            for v in self.violations
            if v["blocked"].startswith(("http:", "https:"))
            and urlsplit(v["blocked"]).netloc != origin
        ]


def assert_no_csp_violation(recorder):
    assert not recorder.violations, f"CSP violations: {recorder.violations}"
    assert not recorder.console, f"CSP console reports: {recorder.console}"


def assert_private(privacy, csp):
    foreign = privacy.foreign + csp.foreign_loads(privacy.origin)
    assert not foreign, f"requests to other hosts: {foreign}"


# Interactive elements smaller than 24x24 px, except what WCAG 2.5.8 exempts: links inside
# a paragraph or a sentence (the inline exception: a link in a list item or table cell
# with other text around it) and what no pointer can reach (hidden from everyone, such
# as the forms' honeypot field, or the skip link until it is focused).
SMALL_TARGETS = """
() => {
    const selector = "a[href], button, input:not([type=hidden]), select, textarea, summary";
    const describe = (el, r) =>
        `${el.tagName} "${el.textContent.trim().slice(0, 30)}" ` +
        `${Math.round(r.width)}x${Math.round(r.height)}`;
    const squash = (text) => text.replace(/\\s+/g, " ").trim();
    const inSentence = (el) => {
        if (el.tagName !== "A") return false;
        if (el.closest("p")) return true;
        const block = el.closest("li, td, th, dd, dt, figcaption");
        return !!block && squash(block.textContent) !== squash(el.textContent);
    };
    return [...document.querySelectorAll(selector)]
        .filter((el) => el.getClientRects().length)
        .filter((el) => getComputedStyle(el).visibility !== "hidden")
        .filter((el) => !el.closest("[aria-hidden=true]"))
        .filter((el) => !inSentence(el))
        .filter((el) => !el.closest(".skip-link") || el === document.activeElement)
        .map((el) => [el, el.getBoundingClientRect()])
        .filter(([el, r]) => r.width < 24 || r.height < 24)
        .map(([el, r]) => describe(el, r));
}
"""


def assert_no_cookies(context):
    cookies = context.cookies()
    assert not cookies, f"cookies set for an anonymous reader: {cookies}"
