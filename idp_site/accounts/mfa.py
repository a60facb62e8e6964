"""The admin's second factor: enrolling a TOTP authenticator app and entering its code.

`idp_site.accounts.middleware.AdminMFAMiddleware` sends every signed-in user here before any
admin URL; these two views are the only admin pages reachable with a password alone."""

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


@never_cache
@sensitive_post_parameters("token")
def setup(request):
    """Enroll an authenticator app: show its secret (QR code and text), confirm a code.

    Only for a signed-in user without a confirmed device: someone who already has one
    must verify with it, so a stolen password cannot replace the second factor."""
    user = request.user
    if not user.is_authenticated:
        return _to_login(request)
    next_url = _next_url(request)
    if TOTPDevice.objects.filter(user=user, confirmed=True).exists():
        return redirect(f"{reverse('mfa_verify')}?{urlencode({'next': next_url})}")
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)
    form = TokenForm(device, request.POST or None)
    if request.method == "POST" and form.is_valid():
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        otp_login(request, device)
        return redirect(next_url)
    secret = b32encode(device.bin_key).decode("ascii")
    context = {
        "form": form,
        "next": next_url,
        "qr_svg": qr_code_svg(device.config_url),
        "secret": " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
    }
    return render(request, "security/mfa_setup.html", context)


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
