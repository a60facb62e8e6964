"""Models of the alerts room: statements and the press room, the newsletter signup,
the donate page."""

from .donate import DonatePage, DonationSettings
from .newsletter import NewsletterSignupPage, PendingSignup
from .press import PressContact, PressLogo, PressRoomPage, StatementIndexPage, StatementPage

__all__ = [
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
