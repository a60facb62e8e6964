"""Create the development-only admin login documented in the README (admin / admin).

The admin needs a second factor in development too (the same code path as production),
so the login also gets a TOTP device, whose key this command prints every time."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from idp_site.accounts.management.commands.create_totp_device import create_device, describe

USERNAME = "admin"
PASSWORD = "admin"  # noqa: S105 - development only, refused unless DEBUG is on


class Command(BaseCommand):
    help = "Create the admin/admin superuser for local development (refused unless DEBUG)."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("create_dev_admin only runs with DEBUG on (development).")
        User = get_user_model()
        user, created = User.objects.get_or_create(
            username=USERNAME, defaults={"email": "admin@example.org"}
        )
        if created:
            user.is_staff = True
            user.is_superuser = True
            user.set_password(PASSWORD)
            user.save()
            self.stdout.write(f"Created the development login {USERNAME} / {PASSWORD}.")
        else:
            self.stdout.write(f"The development login {USERNAME} already exists.")
        device, _created = create_device(user)
        self.stdout.write("Its second factor: add this key to an authenticator app,")
        for line in describe(device):
            self.stdout.write(f"  {line}")
        self.stdout.write("or print the current code with: manage.py totp_code admin")
