"""Print a user's current TOTP code. Development only: refused unless DEBUG is on."""

import time

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice


class Command(BaseCommand):
    help = "Print the current six-digit code of a user's TOTP device (development only)."

    def add_arguments(self, parser):
        parser.add_argument("username", nargs="?", default="admin")

    def handle(self, *args, username, **options):
        if not settings.DEBUG:
            raise CommandError("totp_code only runs with DEBUG on (development).")
        device = TOTPDevice.objects.filter(
            user__in=get_user_model().objects.filter(username=username), confirmed=True
        ).first()
        if device is None:
            raise CommandError(f"{username} has no TOTP device.")
        totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
        totp.time = time.time()
        self.stdout.write(f"{totp.token():0{device.digits}d}")
