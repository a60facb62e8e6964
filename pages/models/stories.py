"""Stories: people affected by the arrest-to-deportation pipeline, told with consent."""

import logging

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, MultipleChooserPanel
from wagtail.fields import StreamField
from wagtail.log_actions import log
from wagtail.models import Page
from wagtail.search import index

from pages.blocks import BodyBlock
from pages.keyset import KeysetPaginator

from .base import BasePage, BasePageForm, public_only
from .snippets import TopicLink, in_language

STORIES_PER_PAGE = 10
#: Newest first; the id breaks ties.
STORY_ORDER = [("first_published_at", True), ("pk", True)]

logger = logging.getLogger(__name__)

#: The log action Wagtail's `publish_scheduled` publishes with.
SCHEDULED = "wagtail.publish.scheduled"
#: The history entry of a scheduled story refused (registered in pages/wagtail_hooks.py).
SCHEDULED_REFUSED = "pages.story.scheduled_refused"

CONSENT_MISSING = _(
    "A story cannot be published until consent to publish is recorded: tick "
    '"Consent to publish recorded" and give the date it was given.'
)


class ConsentMissing(ValidationError):
    """A story was about to go live without recorded consent. The admin turns it into a
    message for the editor (pages/consent.py), never an error page."""

    def __init__(self, story=None):
        super().__init__({"consent_recorded": CONSENT_MISSING})
        self.story = story


class StoryPageForm(BasePageForm):
    """Refuses to publish, schedule, submit or approve a story without recorded consent,
    and to withdraw consent on a live story (unpublish it first)."""

    @property
    def is_approving(self):
        """Whether a moderator approves from the editor (which publishes the story)."""
        return (
            "action-workflow-action" in self.data
            and self.data.get("workflow-action-name") == "approve"
        )

    def clean(self):
        cleaned = super().clean()
        # A new page's instance is live=True until the create view saves it as a draft.
        already_live = bool(self.instance.pk and self.instance.live)
        going_live = self.is_publishing or self.is_approving or already_live
        if going_live and not (cleaned.get("consent_recorded") and cleaned.get("consent_date")):
            self.add_error("consent_recorded", CONSENT_MISSING)
        return cleaned


class StoryIndexPage(BasePage):
    """Lists the stories, newest first."""

    intro = models.TextField(blank=True, help_text=_("A short lead paragraph."))

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.StoryPage"]
    max_count_per_parent = 1

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("story index")

    @property
    def listing_summary(self):
        return self.search_description or self.intro

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Naming the type lets PostgreSQL read them through the pages_newest_by_type
        # index in the listing's order (migration 0020).
        stories = public_only(StoryPage.objects.child_of(self).live().exact_type(StoryPage))
        paginator = KeysetPaginator(
            stories.defer_streamfields(),
            STORY_ORDER,
            STORIES_PER_PAGE,
            count=lambda: stories.order_by().count(),
        )
        page_obj = paginator.page(request.GET)
        context.update(page_obj=page_obj, stories=page_obj.object_list)
        return context


class StoryPage(BasePage):
    """A personal story told with the storyteller's consent, under a name they chose.

    Consent to publish must be recorded before the story goes live, whichever way it
    gets published (the editor, the review workflow or scheduled publishing)."""

    serve_select_related = ("photo", "program_area")

    storyteller_name = models.CharField(
        max_length=80,
        help_text=_(
            "The name shown with the story. A pseudonym is allowed and suggested: "
            "never publish a real name without clear permission."
        ),
    )
    consent_recorded = models.BooleanField(
        _("consent to publish recorded"),
        default=False,
        help_text=_("Tick only when the storyteller's consent to publish is on file."),
    )
    consent_date = models.DateField(
        _("consent date"),
        null=True,
        blank=True,
        help_text=_("When the storyteller gave consent to publish."),
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional. Only with the storyteller's consent to show it."),
    )
    photo_alt_text = models.CharField(
        max_length=250,
        blank=True,
        help_text=_("Describe the photo for people who cannot see it. Required with a photo."),
    )
    pull_quote = models.TextField(
        blank=True, help_text=_("Optional. A sentence from the story, shown large.")
    )
    body = StreamField(BodyBlock(), blank=True)
    program_area = models.ForeignKey(
        "pages.ProgramAreaPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional. The program area this story belongs to; it is listed there."),
    )

    base_form_class = StoryPageForm
    parent_page_types = ["pages.StoryIndexPage"]
    subpage_types = []
    og_type = "article"

    content_panels = Page.content_panels + [
        FieldPanel("storyteller_name"),
        MultiFieldPanel(
            [FieldPanel("consent_recorded"), FieldPanel("consent_date")],
            heading=_("Consent"),
        ),
        MultiFieldPanel([FieldPanel("photo"), FieldPanel("photo_alt_text")], heading=_("Photo")),
        FieldPanel("pull_quote"),
        FieldPanel("body"),
        FieldPanel("program_area"),
        MultipleChooserPanel("topic_links", chooser_field_name="topic", label=_("Topics")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("storyteller_name"),
        index.SearchField("pull_quote"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")

    @property
    def has_consent(self):
        return bool(self.consent_recorded and self.consent_date)

    @property
    def listing_summary(self):
        return self.search_description or self.pull_quote

    @property
    def share_image(self):
        return self.photo

    def save(self, *args, clean=True, **kwargs):
        # Every way of going live (the editor, workflow approval, bulk publishing,
        # revision.publish()) ends in a validating save of a live page. The editor's form
        # checks first (StoryPageForm), bulk publishing before it starts (the
        # before_bulk_action hook); this is the backstop. Saves with clean=False only
        # update bookkeeping fields of an already-live page.
        if clean and self.live and not self.has_consent:
            raise ConsentMissing(self)
        return super().save(*args, clean=clean, **kwargs)

    def publish(self, revision, *args, log_action=True, **kwargs):
        # Wagtail's `publish_scheduled` publishes every due revision in one loop, where
        # the refusal above would stop it for every page after this one: a due story
        # without consent is unscheduled instead, and its history says why.
        if log_action == SCHEDULED and not revision.as_object().has_consent:
            self.refuse_scheduled(revision)
            return None
        return super().publish(revision, *args, log_action=log_action, **kwargs)

    def refuse_scheduled(self, revision):
        revision.approved_go_live_at = None
        revision.save(update_fields=["approved_go_live_at"])
        log(instance=self, action=SCHEDULED_REFUSED, revision=revision, content_changed=False)
        logger.warning(
            "Scheduled publishing of story %s refused: consent to publish is not recorded.",
            self.pk,
        )

    def clean(self):
        super().clean()
        errors = {}
        if self.consent_date and self.consent_date > timezone.localdate():
            errors["consent_date"] = _("The consent date cannot be in the future.")
        if self.photo_id and not self.photo_alt_text.strip():
            errors["photo_alt_text"] = _("Describe the photo, or remove it.")
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["topics"] = in_language(
            [link.topic for link in self.topic_links.select_related("topic")], self.locale_id
        )
        return context

    def structured_data(self, url, image_url=None, organization=None):
        data = {
            "@context": "https://schema.org",
            "@type": "Article",
            "headline": self.title,
            "description": self.listing_summary,
            "url": url,
            "inLanguage": self.locale.language_code,
        }
        if self.first_published_at:
            data["datePublished"] = self.first_published_at.isoformat()
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        if organization:
            # The storyteller may use a pseudonym; credit the organization that tells it.
            data["author"] = organization
            data["publisher"] = organization
        if image_url:
            data["image"] = image_url
        return data


class StoryTopic(TopicLink):
    page = ParentalKey(StoryPage, on_delete=models.CASCADE, related_name="topic_links")
