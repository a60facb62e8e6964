"""Wagtail's `publish_scheduled`, which keeps going when one object may not go live.

Run it every few minutes. It unpublishes what has expired and publishes the revisions
whose go-live time has passed. A story whose scheduled revision has no recorded consent
is skipped (it stays scheduled, so it goes live on the first run after consent is
recorded in a new revision) and reported; any other refusal of a save is reported the
same way. The command exits 0 after a run with skips: it did all it was allowed to."""

from django.apps import apps
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand
from django.utils import timezone
from wagtail.models import DraftStateMixin, Page, Revision

from pages.models.stories import StoryPage


def draftable_models():
    """Page and every other model with drafts (draftable snippets), as Wagtail's does."""
    others = [
        model
        for model in apps.get_models()
        if issubclass(model, DraftStateMixin) and not issubclass(model, Page)
    ]
    return [Page, *others]


def refusal(revision):
    """Why this due revision may not be published, or None."""
    obj = revision.as_object()
    if isinstance(obj, StoryPage) and not obj.has_consent:
        return "consent to publish is not recorded"
    return None


class Command(BaseCommand):
    help = "Unpublish expired objects and publish scheduled revisions that are due."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dryrun", action="store_true", help="List what would change; change nothing."
        )

    def handle(self, *args, dryrun=False, **options):
        now = timezone.now()
        expired = [
            obj
            for model in draftable_models()
            for obj in model.objects.filter(live=True, expire_at__lt=now).order_by("expire_at")
        ]
        for obj in expired:
            self.stdout.write(f"{'Would unpublish' if dryrun else 'Unpublished'} (expired): {obj}")
            if not dryrun:
                obj.unpublish(set_expired=True, log_action="wagtail.unpublish.scheduled")

        published, skipped = 0, []
        due = Revision.objects.filter(approved_go_live_at__lt=now).order_by("approved_go_live_at")
        for revision in due.select_related("content_type"):
            reason = refusal(revision)
            if reason is None and not dryrun:
                try:
                    revision.publish(log_action="wagtail.publish.scheduled")
                except ValidationError as error:
                    reason = "; ".join(error.messages)
            if reason:
                skipped.append((revision, reason))
                continue
            published += 1
            self.stdout.write(
                f"{'Would publish' if dryrun else 'Published'}: {revision.object_str}"
            )
        for revision, reason in skipped:
            self.stderr.write(
                f"Skipped {revision.object_str!r} (revision {revision.pk}): {reason}."
            )
        self.stdout.write(f"{len(expired)} expired, {published} published, {len(skipped)} skipped.")
