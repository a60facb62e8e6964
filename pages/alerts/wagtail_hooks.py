"""The room's Wagtail hooks, one module per family."""

from pages.alerts import alert_hooks  # noqa: F401 (registers the alerts' hooks)
