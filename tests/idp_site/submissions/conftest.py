"""The help pages and the statement of support are the public forms these tests drive:
their fixtures come from the apps' own test folders."""

from tests.campaigns.support.conftest import campaign, comms_member, sign_data, statement
from tests.pages.intake.conftest import (
    HELP_URL,
    attorney_page,
    help_page,
    intake_data,
    intake_member,
)

__all__ = [
    "HELP_URL",
    "attorney_page",
    "campaign",
    "comms_member",
    "help_page",
    "intake_data",
    "intake_member",
    "sign_data",
    "statement",
]
