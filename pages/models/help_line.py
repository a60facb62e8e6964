"""The hotline number, changed by Communications and reviewed before it goes live.

The number is on every page, so a typo would send people in danger to a wrong line. A
change is a draft of the "Help line" snippet, submitted to the "Review before publish"
workflow like a page; when a moderator approves it (or someone allowed to publish
publishes it), the number is copied into the site settings, which every page reads.
Wagtail keeps each draft, submission, approval and publication in the snippet's
history with who and when."""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    Site,
    WorkflowMixin,
)
from wagtail.signals import published

from .settings import SiteSettings, validate_hotline


class HelpLine(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, models.Model):
    """The legal advice hotline shown in the help bar of every page, under review."""

    hotline = models.CharField(
        max_length=40,
        validators=[validate_hotline],
        help_text=_(
            "The legal advice hotline, e.g. (212) 725-6422. Shown on every page once a "
            "moderator approves the change."
        ),
    )
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="help_line")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="help_line",
        for_concrete_model=False,
    )

    panels = [FieldPanel("hotline")]

    class Meta:
        verbose_name = _("help line")
        verbose_name_plural = _("help line")

    def __str__(self):
        return self.hotline

    @property
    def revisions(self):
        return self._revisions


@receiver(published, sender=HelpLine, dispatch_uid="help_line_published")
def copy_published_hotline(sender, instance, **kwargs):
    """The approved number goes live: every site's settings carry it from now on."""
    for site in Site.objects.all():
        settings = SiteSettings.for_site(site)
        if settings.hotline != instance.hotline:
            settings.hotline = instance.hotline
            settings.save(update_fields=["hotline"])
