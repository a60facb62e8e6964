"""The library's site setting: how long a review stays good."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="doc-full")
class LibrarySettings(BaseSiteSetting):
    """How the library treats resources that were not reviewed for a while."""

    review_window_months = models.PositiveSmallIntegerField(
        default=12,
        validators=[MinValueValidator(1), MaxValueValidator(60)],
        verbose_name=_("review window (months)"),
        help_text=_(
            "A resource last reviewed longer ago than this warns readers that it may be "
            'out of date, and is listed in the "Review due" report.'
        ),
    )

    panels = [FieldPanel("review_window_months")]

    class Meta:
        verbose_name = _("Resource library")
