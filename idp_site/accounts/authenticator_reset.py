"""A superuser resets a colleague's lost authenticator from the admin (no shell).

Resetting deletes the colleague's authenticator devices, which ends every session they
have open (`sign_out_everywhere`), and at the next sign-in they enroll a new app, giving
their password again (`mfa.setup`). Each reset
is written to Wagtail's log (Reports → Site history, and the user's own history) and
to the "idp" logger, with who reset whose device and when. A superuser cannot reset
their own (they would lock themselves out; another superuser does it)."""

import logging

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.log_actions import log

logger = logging.getLogger("idp.accounts")

LOG_ACTION = "idp.reset_authenticator"


def may_reset(actor, user):
    return actor.is_superuser and actor.pk != user.pk


@require_http_methods(["GET", "POST"])
def reset_authenticator(request, user_id):
    user = get_object_or_404(get_user_model(), pk=user_id)
    if not may_reset(request.user, user):
        raise PermissionDenied
    devices = TOTPDevice.objects.filter(user=user)
    if request.method == "POST":
        count, _deleted = devices.delete()
        log(instance=user, action=LOG_ACTION, user=request.user)
        logger.info(
            "authenticator reset: user %s by %s (%d devices)",
            user.pk,
            request.user.get_username(),
            count,
        )
        messages.success(
            request,
            _("%(name)s will set up a new authenticator app at their next sign-in.")
            % {"name": user.get_username()},
        )
        return redirect("wagtailusers_users:index")
    return TemplateResponse(
        request,
        "accounts/reset_authenticator.html",
        {
            "member": user,
            "has_device": devices.exists(),
            "page_title": _("Reset two-step sign-in"),
            "cancel_url": reverse("wagtailusers_users:index"),
        },
    )
