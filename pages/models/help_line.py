"""The hotline: its number and its hours, kept in one place and changed only through review.

The number is on every page, so a typo would send people in danger to a wrong line. A
change is a draft of the "Help line" snippet, submitted to the "Review before publish"
workflow like a page; the number goes live when a moderator approves it, and at no other
time: nobody, superusers included, may publish, add or delete a help line directly (see
`HelpLinePermissionPolicy`). Wagtail keeps each draft, submission, approval and
publication in the snippet's history with who and when.

Pages never hold a typed copy: templates read the live help line (`live_help_line`),
rich text holds the hotline element (`pages/rich_text.py`) and the block library a
hotline block, so an approved change reaches every page at once."""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import DatabaseError, models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.permission_policies import ModelPermissionPolicy

#: Shown when the database holds no help line yet (a fresh database before migrations
#: made it); the 500 page, which must not read the database, uses the same setting.
FALLBACK_NUMBER = settings.IDP_DEFAULT_HOTLINE


def validate_hotline(value):
    """A US telephone number: ten digits (or eleven starting with 1), any punctuation."""
    digits = "".join(ch for ch in value if ch.isdigit())
    if not (len(digits) == 10 or (len(digits) == 11 and digits.startswith("1"))):
        raise ValidationError(_("Enter a US telephone number with its area code."))


def tel_target(number):
    """A phone number as a `tel:` target: digits only, with the US country code."""
    digits = "".join(ch for ch in str(number or "") if ch.isdigit())
    if len(digits) == 10:
        digits = "1" + digits
    return f"+{digits}" if digits else ""


class HelpLine(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, ClusterableModel):
    """The legal advice hotline shown on every page: its number and, per language of the
    site, when and in which languages it answers. One row, changed under review."""

    hotline = models.CharField(
        max_length=40,
        validators=[validate_hotline],
        verbose_name=_("number"),
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

    panels = [
        FieldPanel("hotline"),
        InlinePanel(
            "hours",
            label=_("Hours and languages"),
            help_text=_(
                "When the hotline answers and in which languages, written once for each "
                "language of the site. Shown beside the number on the help pages, in the "
                "footer and in hotline blocks."
            ),
        ),
    ]

    class Meta:
        verbose_name = _("help line")
        verbose_name_plural = _("help line")

    def __str__(self):
        return self.hotline

    @property
    def revisions(self):
        return self._revisions

    @property
    def tel(self):
        return tel_target(self.hotline)


class HelpLineHours(Orderable):
    """When the hotline answers, and in which languages, said in one language of the site."""

    help_line = ParentalKey(HelpLine, on_delete=models.CASCADE, related_name="hours")
    #: Every page shows the hours: a change replaces the content version (hours rows are
    #: saved after their help line, idp_site/caching/signals.py).
    invalidates_page_cache = True
    language = models.CharField(
        max_length=8,
        choices=settings.WAGTAIL_CONTENT_LANGUAGES,
        help_text=_("The language of the pages that show this text."),
    )
    text = models.TextField(
        verbose_name=_("hours and languages"),
        help_text=_(
            'e.g. "Monday to Friday, 10 a.m. to 5 p.m., in English and Spanish." '
            "Do not type the number here: it is shown beside this text."
        ),
    )

    panels = [FieldPanel("language"), FieldPanel("text")]

    class Meta(Orderable.Meta):
        verbose_name = _("hours and languages")
        verbose_name_plural = _("hours and languages")


class HelpLinePermissionPolicy(ModelPermissionPolicy):
    """Nobody publishes, adds or deletes the help line directly, superusers included:
    a change goes live only when the review workflow approves it (the approval publishes
    without asking this policy: pages/workflow_finish.py). Unpublishing and scheduling
    need the publish permission, so they are closed too."""

    CLOSED = {"add", "delete", "publish"}

    def user_has_permission(self, user, action):
        if action in self.CLOSED:
            return False
        return super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        actions = [action for action in actions if action not in self.CLOSED]
        if not actions:
            return get_user_model().objects.none()
        return super().users_with_any_permission(actions)


@dataclass(frozen=True)
class LiveHelpLine:
    """What pages show of the live help line (picklable, kept with the content version)."""

    number: str
    hours_by_language: dict = field(default_factory=dict)

    @property
    def tel(self):
        return tel_target(self.number)

    @property
    def hours(self):
        """The hours in the reader's language, else in the site's default language."""
        language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
        return self.hours_by_language.get(language) or self.hours_by_language.get(
            settings.LANGUAGE_CODE, ""
        )


def _read_live_help_line():
    # The row holds the published values: drafts live in revisions until approved. One
    # query reads the hours with their help line; a help line without hours needs one more.
    rows = list(HelpLineHours.objects.select_related("help_line").order_by("sort_order", "pk"))
    line = rows[0].help_line if rows else HelpLine.objects.order_by("pk").first()
    if line is None:
        return LiveHelpLine(FALLBACK_NUMBER)
    hours = {}
    for row in rows:  # in the editor's order: the first text of a language
        if row.help_line_id == line.pk:
            hours.setdefault(row.language, row.text)
    return LiveHelpLine(line.hotline, hours)


#: The last help line this process read: what pages show while the database is out.
_last_read = {"line": None}


def live_help_line():
    """The approved hotline, read now (pages keep it with the content version:
    pages/shell.py; saving the help line or its hours replaces that version).

    While the database cannot be read (pages served stale, forms kept through an
    outage, the 503 page) it is the last one this process read, else the settings' number:
    a page that says how to reach the hotline must never fail for want of it."""
    try:
        line = _read_live_help_line()
    except DatabaseError:
        return _last_read["line"] or LiveHelpLine(FALLBACK_NUMBER)
    _last_read["line"] = line
    return line
