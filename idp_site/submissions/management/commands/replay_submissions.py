"""Write to the database the help requests and signatures kept through a database
outage (idp_site/submissions/outage.py), and say how many wait.

App processes and the notification worker do this by themselves once the database
answers; run it on each app server (each has its own spool folder) to do it now, or to
see what is left: it exits with status 1 while entries wait. It never prints what an
entry holds.
"""

from django.core.management.base import BaseCommand, CommandError

from idp_site.submissions import outage, spool


class Command(BaseCommand):
    help = "Write submissions kept through a database outage to the database."

    def handle(self, *args, **options):
        result = outage.replay_waiting()
        if result is None:
            raise CommandError("The database or the spool folder is unavailable; nothing written.")
        stored, left = result
        self.stdout.write(f"Stored {stored} kept submission(s); {left} could not be stored.")
        waiting = spool.waiting()
        if waiting:
            raise CommandError(f"{waiting} kept submission(s) still wait.", returncode=1)
