"""Give a user a confirmed TOTP device and print its key (bootstrap, lost phones)."""

from base64 import b32encode

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django_otp.plugins.otp_totp.models import TOTPDevice


def create_device(user, replace=False):
    """Return `(device, created)`: the user's confirmed TOTP device, made if missing.

    With `replace`, every existing device of the user is deleted first (a lost phone)."""
    if replace:
        TOTPDevice.objects.filter(user=user).delete()
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is not None:
        return device, False
    TOTPDevice.objects.filter(user=user, confirmed=False).delete()
    return TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=True), True


def describe(device):
    """The lines to hand to the device's owner: key as text and as an otpauth:// URL."""
    secret = b32encode(device.bin_key).decode("ascii")
    return [f"TOTP key (base32): {secret}", f"otpauth URL: {device.config_url}"]


class Command(BaseCommand):
    help = (
        "Create a confirmed TOTP device for a user and print its key, to add to an "
        "authenticator app. --replace removes the user's existing devices first."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument(
            "--replace", action="store_true", help="Delete the user's devices first."
        )

    def handle(self, *args, username, replace, **options):
        User = get_user_model()
        try:
            user = User.objects.get(username=username)
        except User.DoesNotExist:
            raise CommandError(f"No user named {username!r}.")
        device, created = create_device(user, replace=replace)
        if not created:
            raise CommandError(
                f"{username} already has a TOTP device; use --replace to issue a new key."
            )
        self.stdout.write(f"Created a TOTP device for {username}.")
        for line in describe(device):
            self.stdout.write(line)
