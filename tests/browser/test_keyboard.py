"""Keyboard-only reading: skip link, FAQ, language switcher; focus always visible and
never hidden under other elements; pointer targets at least 24 by 24 px."""

import pytest

from tests.browser.checks import SMALL_TARGETS
from tests.browser.conftest import WIDTHS

MAX_TABS = 80

# For the focused element: is a focus indicator drawn, and is its centre uncovered?
# Measured at once: with JavaScript off the page runs no timers or animation frames to
# wait on, so use it there with reduced motion (no smooth scrolling).
FOCUS_NOW = """
() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow && style.boxShadow !== "none";
    const rect = el.getBoundingClientRect();
    const x = Math.min(Math.max(rect.left + rect.width / 2, 0), window.innerWidth - 1);
    const y = Math.min(Math.max(rect.top + rect.height / 2, 0), window.innerHeight - 1);
    const hit = document.elementFromPoint(x, y);
    return {
        name: el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + " " +
              (el.textContent || el.getAttribute("aria-label") || "").trim().slice(0, 40),
        indicator: outline || shadow,
        inView: rect.bottom > 0 && rect.top < window.innerHeight,
        uncovered: !!hit && (hit === el || el.contains(hit) || hit.contains(el)),
    };
}
"""

# The same, once scrolling into view (smooth unless reduced motion) has come to rest.
FOCUS_STATE = (
    """
async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    let last = -1, still = 0;
    for (let i = 0; i < 90 && still < 3; i++) {
        await frame();
        still = window.scrollY === last ? still + 1 : 0;
        last = window.scrollY;
    }
    return ("""
    + FOCUS_NOW
    + """)();
}
"""
)


def tab_until(page, predicate_js, limit=MAX_TABS):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(
            f"(() => {{ const el = document.activeElement; return {predicate_js}; }})()"
        ):
            return True
    return False


def test_skip_link_follows_the_way_out_and_moves_focus_to_main(open_session):
    session = open_session()
    session.open("/en/about/")
    page = session.page
    page.keyboard.press("Tab")  # the quick exit ("Leave this site now") comes first
    assert page.locator(":focus").get_attribute("data-leave-site") is not None
    page.keyboard.press("Tab")
    skip = page.locator(":focus")
    assert skip.get_attribute("href") == "#main"
    assert skip.is_visible()
    box = skip.bounding_box()
    assert box["y"] >= 0 and box["x"] >= 0, "the skip link is off screen when focused"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    # The next Tab continues inside the main content, not back at the top.
    page.keyboard.press("Tab")
    assert page.evaluate("document.querySelector('main').contains(document.activeElement)")
    session.assert_clean()


@pytest.mark.parametrize("javascript", [True, False], ids=["javascript on", "javascript off"])
def test_faq_opens_and_closes_with_the_keyboard(open_session, javascript):
    """A native <details>: the keyboard opens and closes it with or without JavaScript."""
    session = open_session(java_script_enabled=javascript, reduced_motion="reduce")
    session.open("/en/about/")
    page = session.page
    assert tab_until(page, "el.tagName === 'SUMMARY' && el.closest('.faq') !== null"), (
        "no FAQ question in the tab order"
    )
    # The FAQ question has the focus (not the header's menu, also a <details>).
    question = page.locator(".faq summary:focus")
    assert question.inner_text() == "Who can call?"
    details = page.locator(".faq details", has_text="Who can call?")
    answer = details.get_by_text("Anyone.")
    state = page.evaluate(FOCUS_NOW)
    assert state["indicator"] and state["inView"] and state["uncovered"], state
    assert details.get_attribute("open") is None
    assert not answer.is_visible()
    page.keyboard.press("Enter")
    assert details.get_attribute("open") is not None
    assert answer.is_visible()
    page.keyboard.press("Space")
    assert details.get_attribute("open") is None
    assert not answer.is_visible()
    session.assert_clean()


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
def test_language_switcher_is_reachable_by_keyboard(open_session, width):
    session = open_session(width=width)
    session.open("/en/about/")
    page = session.page
    assert tab_until(page, "el.getAttribute('hreflang') === 'es'"), "no link to Spanish"
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("html").get_attribute("lang") == "es"
    # The equivalent page: About has no Spanish version in this fixture, so the reader
    # lands on the same path under /es/ (the English text with a notice).
    assert page.url.endswith("/es/about/")


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
def test_focus_is_visible_and_not_hidden(open_session, width):
    session = open_session(width=width)
    page = session.page
    problems = []
    for path in ("/en/", "/en/about/", "/es/search/?q=derecho"):
        session.open(path)
        seen = 0
        for _ in range(MAX_TABS):
            page.keyboard.press("Tab")
            state = page.evaluate(FOCUS_STATE)
            if state is None:
                break  # focus left the document: every element has been visited
            seen += 1
            if not state["indicator"]:
                problems.append(f"{path}: no focus indicator: {state['name']}")
            if not (state["inView"] and state["uncovered"]):
                problems.append(f"{path}: focused but hidden: {state['name']}")
        assert seen >= 5, f"{path}: too few focusable elements: is the tab order broken?"
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
def test_targets_are_at_least_24px(open_session, width):
    session = open_session(width=width)
    small = []
    for path, status in [
        ("/en/", 200),
        ("/en/about/", 200),
        ("/en/search/?q=law", 200),
        ("/es/missing/", 404),
    ]:
        session.open(path, expect_status=status)
        small += [f"{path}: {target}" for target in session.page.evaluate(SMALL_TARGETS)]
    assert not small, "targets under 24x24 px:\n" + "\n".join(small)
