"""Staff accounts in the admin: the group-membership entries of Wagtail's log, the
superuser's "Reset two-step sign-in" for a colleague who lost their authenticator, and
the second factor before a page restricted to signed-in users or groups."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from idp_site.accounts import authenticator_reset, group_audit, restricted_pages

hooks.register("register_log_actions", group_audit.register_log_actions)
hooks.register("before_serve_page", restricted_pages.require_second_factor)


@hooks.register("register_admin_urls")
def register_authenticator_reset_url():
    return [
        path(
            "users/<int:user_id>/reset-authenticator/",
            authenticator_reset.reset_authenticator,
            name="idp_reset_authenticator",
        )
    ]


@hooks.register("register_user_listing_buttons")
def authenticator_reset_button(user, request_user):
    if not authenticator_reset.may_reset(request_user, user):
        return []
    return [
        Button(
            _("Reset two-step sign-in"),
            url=reverse("idp_reset_authenticator", args=[user.pk]),
            icon_name="key",
            priority=60,
        )
    ]


@hooks.register("register_log_actions")
def register_account_log_actions(actions):
    actions.register_action(
        authenticator_reset.LOG_ACTION,
        _("Reset two-step sign-in"),
        _("Reset two-step sign-in (the authenticator app must be set up again)"),
    )
