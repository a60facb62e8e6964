"""Screenshots of every page type of the demo site, in English and Spanish, at 375 and
1280 px wide (full page), written to $SCREENSHOTS_DIR (default: screenshots/, which git
ignores). Run with `make screenshots`; not part of the test suite (the file name does not
start with test_, so pytest collects it only when named on the command line)."""

import os
import re
from pathlib import Path

import pytest

from tests.browser.test_every_page_type import CASES

WIDTHS = {"phone": (375, 812), "wide": (1280, 900)}
OUT = Path(os.environ.get("SCREENSHOTS_DIR") or "screenshots")
# The form states need a submission; a screenshot of the empty form is enough here.
SHOWN = [case for case in CASES if case.then is None]


def file_name(case, lang, width_name):
    slug = re.sub(r"[^a-z0-9]+", "-", case.name.lower()).strip("-")
    return OUT / f"{slug}-{lang}-{width_name}.png"


@pytest.mark.parametrize("width_name", WIDTHS.keys())
@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("case", SHOWN, ids=[case.name for case in SHOWN])
def test_screenshot(demo_session, case, lang, width_name):
    width, height = WIDTHS[width_name]
    session = demo_session(width=width, height=height)
    session.open(case.path(lang), expect_status=case.status)
    OUT.mkdir(parents=True, exist_ok=True)
    path = file_name(case, lang, width_name)
    session.page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 1000
