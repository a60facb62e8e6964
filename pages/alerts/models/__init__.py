"""Models of the alerts room, one module per family."""

from .alerts import (
    AlertIndexPage,
    AlertPage,
    AlertPermissionTester,
    TwoPersonApprovalTask,
    current_alert,
)

__all__ = [
    "AlertIndexPage",
    "AlertPage",
    "AlertPermissionTester",
    "TwoPersonApprovalTask",
    "current_alert",
]
