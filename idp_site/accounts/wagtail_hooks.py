"""Staff accounts in the admin: the group-membership entries of Wagtail's log."""

from wagtail import hooks

from idp_site.accounts import group_audit

hooks.register("register_log_actions", group_audit.register_log_actions)
