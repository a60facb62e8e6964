"""Build the organization's demo site. Safe to run again: it updates, never duplicates.

Each installed app may provide a `demo_content` module with a `load(command)` function;
they run in INSTALLED_APPS order, so `campaigns` can build on what `pages` made.
"""

from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction


class Command(BaseCommand):
    help = "Create or update the demo content of every app (idempotent)."

    def handle(self, *args, **options):
        with transaction.atomic():
            for app_config in apps.get_app_configs():
                module_name = f"{app_config.name}.demo_content"
                if app_config.name.startswith(("django.", "wagtail")):
                    continue
                if find_spec(module_name) is None:
                    continue
                import_module(module_name).load(self)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
