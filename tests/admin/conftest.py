"""The campaign and statement of support fixtures, shared with the campaigns tests."""

from tests.campaigns.support.conftest import campaign, statement  # noqa: F401
