"""Asking a signed-in user for their password again before a sensitive step (enrolling
an authenticator), and how recently they last gave it.

The password is checked through `django.contrib.auth.authenticate`, so django-axes
counts a wrong one exactly like a wrong password on the sign-in page: the same
username-and-client pair, the same limit, the same lockout page (HTTP 429)."""

import time

from django import forms
from django.conf import settings
from django.contrib.auth import authenticate, user_logged_in
from django.utils.translation import gettext_lazy as _

CONFIRMED_AT_SESSION_KEY = "idp_password_confirmed_at"


def mark_confirmed(request):
    request.session[CONFIRMED_AT_SESSION_KEY] = int(time.time())


def confirmed_recently(request):
    """True when this session's sign-in or last password confirmation is younger than
    `IDP_PASSWORD_CONFIRMATION_SECONDS`."""
    confirmed_at = request.session.get(CONFIRMED_AT_SESSION_KEY)
    if not isinstance(confirmed_at, int):
        return False
    return time.time() - confirmed_at < settings.IDP_PASSWORD_CONFIRMATION_SECONDS


def remember_sign_in(sender, request, user, **kwargs):
    """`user_logged_in`: signing in with the password is a confirmation too."""
    if request is not None and hasattr(request, "session"):
        mark_confirmed(request)


class PasswordConfirmationForm(forms.Form):
    """The signed-in user's own password, checked (and throttled) like a sign-in."""

    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, request, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request

    def clean_password(self):
        password = self.cleaned_data["password"]
        user = self.request.user
        checked = authenticate(self.request, username=user.get_username(), password=password)
        if checked is None or checked.pk != user.pk:
            raise forms.ValidationError(
                _("That password is not right. Type the password you sign in with.")
            )
        mark_confirmed(self.request)
        return password


def connect():
    user_logged_in.connect(remember_sign_in, dispatch_uid="idp_password_confirmed_at_sign_in")
