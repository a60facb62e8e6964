"""The admin's second factor: enrolling a TOTP authenticator app and entering its code.

`idp_site.accounts.middleware.AdminMFAMiddleware` sends every signed-in user here before any
admin URL, and so does the `before_serve_page` hook before a page restricted to signed-in
users or groups (`restricted_pages.py`); these two views are the only admin pages
reachable with a password alone."""

from base64 import b32encode
from urllib.parse import urlencode

import qrcode
import qrcode.image.svg
from django import forms
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from idp_site.accounts.password_confirmation import PasswordConfirmationForm, confirmed_recently

DEVICE_NAME = "Authenticator app"


class TokenForm(forms.Form):
    """One six-digit code, checked against `device` (with django-otp's throttling)."""

    token = forms.CharField(
        label=_("Six-digit code from your authenticator app"),
        max_length=12,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )

    def __init__(self, device, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = device

    def clean_token(self):
        token = "".join(self.cleaned_data["token"].split())
        if not (len(token) == 6 and token.isdigit()):
            raise forms.ValidationError(_("Enter the six digits your app shows now."))
        allowed, _details = self.device.verify_is_allowed()
        if not allowed:
            raise forms.ValidationError(
                _("Too many wrong codes in a row. Wait a little, then try the newest code.")
            )
        if not self.device.verify_token(token):
            raise forms.ValidationError(
                _("That code is not right or has expired. Try the newest code your app shows.")
            )
        return token


def _next_url(request):
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return reverse("wagtailadmin_home")


def _to_login(request):
    return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))


def qr_code_svg(text):
    """`text` as a QR code, an SVG string to inline (no request to anyone)."""
    image = qrcode.make(text, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    return image.to_string(encoding="unicode")


class EnrolmentForm(PasswordConfirmationForm):
    """The account password again, then the first code of the new authenticator app."""

    def __init__(self, request, device, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        self.token_form = TokenForm(device, self.data or None)
        self.fields["token"] = self.token_form.fields["token"]
        # The password comes first on this page: the cursor starts there.
        self.fields["token"].widget.attrs.pop("autofocus", None)

    def clean_token(self):
        if "password" not in self.cleaned_data:
            # A wrong password stops here: the code is not tried, nor counted.
            return self.cleaned_data.get("token")
        self.token_form.cleaned_data = {"token": self.cleaned_data["token"]}
        return self.token_form.clean_token()


def _unconfirmed_device(user):
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)
    return device


def _confirm_password_page(request, next_url, form=None):
    """The password step of the setup page: shows no key, enrolls nothing."""
    form = form or PasswordConfirmationForm(request)
    return render(request, "security/mfa_confirm_password.html", {"form": form, "next": next_url})


def _password_step(request, next_url):
    form = PasswordConfirmationForm(request, request.POST)
    if form.is_valid():
        return redirect(f"{reverse('mfa_setup')}?{urlencode({'next': next_url})}")
    return _confirm_password_page(request, next_url, form)


def _setup_page(request, next_url, device, form):
    secret = b32encode(device.bin_key).decode("ascii")
    context = {
        "form": form,
        "next": next_url,
        "qr_svg": qr_code_svg(device.config_url),
        "secret": " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
    }
    return render(request, "security/mfa_setup.html", context)


@never_cache
@sensitive_post_parameters("token", "password")
def setup(request):
    """Enroll an authenticator app: show its secret (QR code and text), then take the
    account password and a code from the app.

    Only for a signed-in user without a confirmed device: someone who already has one
    must verify with it, so a stolen password cannot replace the second factor. The key
    is shown only in a session whose sign-in or password confirmation is recent
    (`IDP_PASSWORD_CONFIRMATION_SECONDS`); otherwise the page asks for the password
    first. Enrolling always takes the password again, so a session taken over without
    it (a stolen cookie) cannot put its own authenticator on the account."""
    user = request.user
    if not user.is_authenticated:
        return _to_login(request)
    next_url = _next_url(request)
    if TOTPDevice.objects.filter(user=user, confirmed=True).exists():
        return redirect(f"{reverse('mfa_verify')}?{urlencode({'next': next_url})}")
    if request.method == "POST" and "token" not in request.POST:
        return _password_step(request, next_url)
    if request.method != "POST" and not confirmed_recently(request):
        return _confirm_password_page(request, next_url)
    device = _unconfirmed_device(user)
    form = EnrolmentForm(request, device, request.POST or None)
    if request.method == "POST" and form.is_valid():
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        otp_login(request, device)
        return redirect(next_url)
    if not confirmed_recently(request):
        # Still no right password: back to the password step, without a code field.
        form.fields.pop("token")
        return _confirm_password_page(request, next_url, form)
    return _setup_page(request, next_url, device, form)


@never_cache
@sensitive_post_parameters("token")
def verify(request):
    """Ask a signed-in user for the current code of their enrolled app."""
    user = request.user
    if not user.is_authenticated:
        return _to_login(request)
    next_url = _next_url(request)
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        return redirect(f"{reverse('mfa_setup')}?{urlencode({'next': next_url})}")
    form = TokenForm(device, request.POST or None)
    if request.method == "POST" and form.is_valid():
        otp_login(request, device)
        return redirect(next_url)
    return render(request, "security/mfa_verify.html", {"form": form, "next": next_url})
