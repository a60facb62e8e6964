"""Verified alerts: what changed in immigration enforcement and what to do now, checked
against a named source, approved by a second person, shown in a banner on every public
page from its start until its expiry, then kept in the archive as "no longer current".

Two people: nobody publishes an alert directly, superusers included
(`AlertPermissionTester`); an alert goes live only when the "Two-person alert review"
workflow's task (`TwoPersonApprovalTask`) is approved by someone who is not its author.
pages/workflow_finish.py then publishes the approved revision."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.db.models import CharField, Exists, OuterRef, Q
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.fields import RichTextField
from wagtail.models import (
    AbstractGroupApprovalTask,
    Page,
    PagePermissionTester,
    Workflow,
)
from wagtail.search import index

from pages.blocks import SIMPLE_RICH_TEXT
from pages.models import BasePage
from pages.models.base import BasePageForm, page_of, public_only

ALERTS_PER_PAGE = 20
#: The workflow every alert goes through, made by the room's data migration.
ALERT_WORKFLOW = "Two-person alert review"
ALERT_TASK = "Second person approves the alert"
NOT_THE_AUTHOR = _(
    "An alert is approved by a second person: you wrote or submitted this one, so "
    "someone else must approve it."
)
NO_DIRECT_PUBLISH = _(
    "Alerts are never published directly: submit the alert for review, and a second "
    "person approves it, which publishes it."
)


class Severity(models.TextChoices):
    URGENT = "urgent", _("Urgent")
    IMPORTANT = "important", _("Important")
    UPDATE = "update", _("Update")


class Audience(models.TextChoices):
    EVERYONE = "everyone", _("Everyone")
    COMMUNITY = "community", _("Immigrants and their families")
    ATTORNEYS = "attorneys", _("Defense and immigration attorneys")
    ADVOCATES = "advocates", _("Advocates and organizers")


def alert_authors(page, task_state=None):
    """Who may not approve `page`: its creator, whoever submitted it for review and
    whoever wrote the revision under review or the latest one (which is what publishes)."""
    authors = {page.owner_id}
    latest = page.get_latest_revision()
    if latest is not None:
        authors.add(latest.user_id)
    if task_state is not None:
        authors.add(task_state.revision.user_id)
        authors.add(task_state.workflow_state.requested_by_id)
    return authors - {None}


class TwoPersonApprovalTask(AbstractGroupApprovalTask):
    """A group approval that its author can never give: members of the chosen groups
    approve alerts written and submitted by someone else."""

    def _is_author(self, obj, user):
        task_state = obj.current_workflow_task_state if obj.pk else None
        return user.pk in alert_authors(obj, task_state)

    def user_can_access_editor(self, obj, user):
        return super().user_can_access_editor(obj, user) and not self._is_author(obj, user)

    def get_actions(self, obj, user):
        if self._is_author(obj, user):
            return []
        return super().get_actions(obj, user)

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "approve" and self._is_author(task_state.revision.content_object, user):
            raise PermissionDenied(NOT_THE_AUTHOR)
        return super().on_action(task_state, user, action_name, **kwargs)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = super().get_task_states_user_can_moderate(user, **kwargs)
        owned = Page.objects.filter(owner=user).annotate(key=Cast("pk", CharField()))
        return (
            states.exclude(workflow_state__requested_by=user)
            .exclude(revision__user=user)
            .exclude(workflow_state__object_id__in=owned.values("key"))
        )

    @classmethod
    def get_description(cls):
        return _("Members of the chosen groups approve, except the alert's own author")

    class Meta:
        verbose_name = _("two-person approval task")
        verbose_name_plural = _("two-person approval tasks")


class AlertPermissionTester(PagePermissionTester):
    """Nobody publishes an alert directly (the approval publishes it); unpublishing an
    alert, unscheduling and restricting it stay with those who may publish pages."""

    def can_publish(self):
        return False

    def can_unschedule(self):
        return super().can_publish()

    def can_set_view_restrictions(self):
        return super().can_publish()


class AlertIndexPermissionTester(PagePermissionTester):
    """The archive holds only alerts: nothing is published under it directly (no Publish
    button when creating an alert, no live copies)."""

    def can_publish_subpage(self):
        return False


class AlertPageForm(BasePageForm):
    """Checks that an alert ends after it starts."""

    def clean(self):
        cleaned = super().clean()
        starts, expires = cleaned.get("starts_at"), cleaned.get("expires_at")
        if starts and expires and expires <= starts:
            self.add_error("expires_at", _("The expiry must be after the start."))
        return cleaned


def current_q(now=None):
    """Alerts readers should see now: started, not expired, and not replaced by a newer
    alert that has started."""
    now = now or timezone.now()
    replaced = AlertPage.objects.live().filter(supersedes=OuterRef("pk"), starts_at__lte=now)
    return Q(starts_at__lte=now, expires_at__gt=now) & ~Q(Exists(replaced))


def banner_alerts(language_code, now=None):
    """The live alerts of a language that have not expired by `now`, each with
    `replaced_from` (when a newer live alert replacing it starts, or None): what the
    banner chooses from. It changes only when an alert is published or unpublished, so
    the banner may keep it under the content version and choose by the clock on each
    request (`current_alert`)."""
    now = now or timezone.now()
    language = get_supported_content_language_variant(language_code)
    live = AlertPage.objects.live().filter(locale__language_code=language, expires_at__gt=now)
    alerts = list(
        public_only(live).only(
            "title", "url_path", "severity", "locale_id", "starts_at", "expires_at"
        )
    )
    replacing = AlertPage.objects.live().filter(supersedes__in=[a.pk for a in alerts])
    starts = {}
    for replaced_pk, starts_at in replacing.values_list("supersedes_id", "starts_at"):
        starts[replaced_pk] = min(starts_at, starts.get(replaced_pk, starts_at))
    for alert in alerts:
        alert.replaced_from = starts.get(alert.pk)
    return alerts


def shown_at(alert, replaced_from, now):
    """Whether readers see `alert` as current at `now`: started, not expired, and not
    replaced by a newer alert that started by then (`replaced_from`; None: none). The
    same rule as `current_q`, for alerts already read."""
    started = alert.starts_at <= now < alert.expires_at
    return started and (replaced_from is None or replaced_from > now)


def current_alert(alerts, now=None):
    """Of `banner_alerts`, the one the banner shows now: started, not expired, not yet
    replaced; the most severe, then the newest."""
    now = now or timezone.now()
    rank = {severity: n for n, severity in enumerate(Severity.values)}
    current = [
        a
        for a in alerts
        if a.starts_at <= now < a.expires_at and (a.replaced_from is None or a.replaced_from > now)
    ]
    current.sort(key=lambda a: (rank.get(a.severity, len(rank)), -a.starts_at.timestamp(), -a.pk))
    return current[0] if current else None


class AlertIndexPage(BasePage):
    """The archive of alerts: the current ones first, then every earlier alert marked
    "no longer current"."""

    intro = models.TextField(blank=True, help_text=_("A short lead paragraph."))

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["alerts.AlertPage"]
    max_count_per_parent = 1

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("alert archive")

    @property
    def listing_summary(self):
        return self.search_description or self.intro

    def permissions_for_user(self, user):
        return AlertIndexPermissionTester(user, self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        alerts = (
            public_only(AlertPage.objects.child_of(self).live())
            .annotate(is_current=models.ExpressionWrapper(current_q(now), models.BooleanField()))
            .order_by("-is_current", "-starts_at", "-pk")
            .defer_streamfields()
        )
        context["alerts"] = page_of(alerts, ALERTS_PER_PAGE, request.GET.get("page"))
        return context


class AlertPage(BasePage):
    """One verified alert, in a fixed shape: what changed, who is affected, what to do
    now, what not to do, and where to get help (always with the hotline)."""

    severity = models.CharField(
        verbose_name=_("severity"),
        max_length=20,
        choices=Severity.choices,
        default=Severity.IMPORTANT,
        help_text=_("Urgent: act today. Important: act soon. Update: news of an earlier alert."),
    )
    audience = models.CharField(
        verbose_name=_("audience"),
        max_length=20,
        choices=Audience.choices,
        default=Audience.EVERYONE,
        help_text=_("Who the alert is written for."),
    )
    languages = models.CharField(
        verbose_name=_("languages"),
        max_length=200,
        blank=True,
        help_text=_(
            "The languages the alert is available in, as readers should see them, e.g. "
            "“English, Español”."
        ),
    )
    starts_at = models.DateTimeField(
        verbose_name=_("starts"),
        help_text=_("When the banner appears on every page (New York time)."),
    )
    expires_at = models.DateTimeField(
        verbose_name=_("expires"),
        help_text=_(
            "When the alert stops being current (New York time): the banner disappears and "
            "the archive marks it “no longer current”."
        ),
    )
    supersedes = models.ForeignKey(
        "self",
        verbose_name=_("replaces"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="superseded_by",
        help_text=_(
            "An earlier alert this one replaces: it is no longer current once this starts."
        ),
    )
    source_name = models.CharField(
        max_length=255,
        verbose_name=_("verified against"),
        help_text=_(
            "The source the facts were checked against, e.g. a court memo or an agency notice."
        ),
    )
    source_url = models.URLField(
        verbose_name=_("source address"), help_text=_("Where readers can read the source.")
    )
    source_checked_on = models.DateField(
        verbose_name=_("date checked"), help_text=_("The day the source was last checked.")
    )
    what_changed = RichTextField(features=SIMPLE_RICH_TEXT, verbose_name=_("what changed"))
    who_is_affected = RichTextField(features=SIMPLE_RICH_TEXT, verbose_name=_("who is affected"))
    what_to_do = RichTextField(features=SIMPLE_RICH_TEXT, verbose_name=_("what to do now"))
    what_not_to_do = RichTextField(features=SIMPLE_RICH_TEXT, verbose_name=_("what not to do"))
    get_help = RichTextField(
        features=SIMPLE_RICH_TEXT,
        blank=True,
        verbose_name=_("get help"),
        help_text=_("Other help, if any: the page always ends with the hotline."),
    )

    base_form_class = AlertPageForm
    #: pages/workflow_finish.py publishes an approved alert although nobody holds the
    #: permission to publish one (see AlertPermissionTester).
    published_only_through_review = True
    og_type = "article"
    parent_page_types = ["alerts.AlertIndexPage"]
    subpage_types = []

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("severity"), FieldPanel("audience")]),
        FieldPanel("languages"),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("expires_at")], heading=_("When")),
        FieldPanel("supersedes"),
        MultiFieldPanel(
            [FieldPanel("source_name"), FieldPanel("source_url"), FieldPanel("source_checked_on")],
            heading=_("Verification"),
        ),
        FieldPanel("what_changed"),
        FieldPanel("who_is_affected"),
        FieldPanel("what_to_do"),
        FieldPanel("what_not_to_do"),
        FieldPanel("get_help"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("what_changed"),
        index.SearchField("who_is_affected"),
        index.SearchField("what_to_do"),
        index.SearchField("what_not_to_do"),
        index.FilterField("starts_at"),
        index.FilterField("expires_at"),
    ]

    class Meta:
        verbose_name = _("alert")
        indexes = [models.Index(fields=["starts_at", "expires_at"], name="alert_current_idx")]

    @property
    def listing_summary(self):
        return self.search_description

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        replaced_by = self.replaced_by(now)
        replaced_from = replaced_by.starts_at if replaced_by else None
        context["is_current"] = self.live and shown_at(self, replaced_from, now)
        context["replaced_by"] = replaced_by
        return context

    def replaced_by(self, now=None):
        """The newest live alert that replaces this one and has started, if any."""
        if not hasattr(self, "_replaced_by"):
            newer = AlertPage.objects.live().filter(
                supersedes=self, starts_at__lte=now or timezone.now()
            )
            self._replaced_by = public_only(newer).order_by("-starts_at").first()
        return self._replaced_by

    def permissions_for_user(self, user):
        return AlertPermissionTester(user, self)

    def get_workflow(self):
        """Every alert goes through the two-person review, wherever it sits in the tree."""
        tasks = TwoPersonApprovalTask.objects.filter(active=True)
        return (
            Workflow.objects.filter(active=True, workflow_tasks__task__in=tasks)
            .order_by("pk")
            .first()
        )

    def clean(self):
        super().clean()
        if self.supersedes_id and self.supersedes_id == self.pk:
            raise ValidationError({"supersedes": _("An alert cannot replace itself.")})
