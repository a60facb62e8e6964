"""Real-data fixtures for bill tracking (see fixtures/README.md for their sources)."""

import json
from pathlib import Path

import pytest
from django.utils import translation

FIXTURES = Path(__file__).parent / "fixtures"


def corpus_result(session, base):
    """One bill of the committed corpus, as Open Legislation sent it."""
    data = json.loads((FIXTURES / f"openleg_corpus_{session}.json").read_text())
    for result in data["result"]["items"]:
        if result["basePrintNo"] == base:
            return result
    raise LookupError(base)


def corpus_results(session, test):
    data = json.loads((FIXTURES / f"openleg_corpus_{session}.json").read_text())
    return [r for r in data["result"]["items"] if test(r)]


def write_listing(tmp_path, name, results):
    path = tmp_path / name
    listing = {"success": True, "result": {"items": results, "size": len(results)}}
    path.write_text(json.dumps(listing))
    return path


@pytest.fixture
def fixtures_dir():
    return FIXTURES


@pytest.fixture(autouse=True)
def english_by_default():
    """Bill texts are checked in English whatever an earlier test left active (in a full
    run of tests/campaigns the stage tests once saw Spanish still active)."""
    with translation.override("en"):
        yield
