"""Models of the alerts room, one module per family: alerts; statements and the press
room; the newsletter signup; the donate page."""

from .alerts import (
    AlertIndexPage,
    AlertPage,
    AlertPermissionTester,
    TwoPersonApprovalTask,
    current_alert,
)
from .donate import DonatePage, DonationSettings
from .newsletter import NewsletterSignupPage, PendingSignup
from .press import PressContact, PressLogo, PressRoomPage, StatementIndexPage, StatementPage

__all__ = [
    "AlertIndexPage",
    "AlertPage",
    "AlertPermissionTester",
    "TwoPersonApprovalTask",
    "current_alert",
    "DonatePage",
    "DonationSettings",
    "NewsletterSignupPage",
    "PendingSignup",
    "PressContact",
    "PressLogo",
    "PressRoomPage",
    "StatementIndexPage",
    "StatementPage",
]
