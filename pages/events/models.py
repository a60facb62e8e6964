"""Trainings and events: the event pages, their sessions, credits and speakers, the
events index, and the registrations people make on the site.

Privacy: a registrant's name, email, organization and access needs are read only by
staff with the permission to view registrations; they are never rendered on a public
page, written to a log or put in a URL. The online join link of an event is a field of
its own that no public template, feed, sitemap or search index reads: it goes only into
a confirmed registrant's email (registration.py).
"""

from datetime import timedelta
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Max, Min
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.debug import sensitive_variables
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Orderable, Page
from wagtail.search import index

from idp_site.submissions.form_protection import RateLimit
from idp_site.submissions.responses import no_store, too_many_requests
from pages.blocks import SIMPLE_RICH_TEXT, BodyBlock
from pages.events.calendars import event_calendar, feed_calendar
from pages.events.forms import PROTECTION_SCOPE, RegistrationForm
from pages.events.presentation import atom_feed, event_context, event_json_ld
from pages.events.registration import (
    Registration,
    RegistrationClosed,
    RegistrationStatus,
    cancel,
    register,
    registration_for_token,
)
from pages.events.times import ny_time, session_label
from pages.models.base import BasePage, public_only
from pages.models.reports import FilterSelect
from pages.models.snippets import Topic, TopicLink, in_language

UPCOMING_SHOWN = 50
PAST_PER_PAGE = 12
FEED_LENGTH = 100


class Audience(models.TextChoices):
    DEFENDERS = "defenders", _("Criminal defense attorneys")
    IMMIGRATION = "immigration", _("Immigration attorneys")
    ADVOCATES = "advocates", _("Advocates and organizers")
    COMMUNITY = "community", _("Community members")


class Language(models.TextChoices):
    # Not "English"/"Spanish": the intake form names languages by their own names, and
    # a translated "English" would turn those into Spanish words.
    ENGLISH = "en", _("In English")
    SPANISH = "es", _("In Spanish")


class CreditCategory(models.TextChoices):
    """New York CLE credit categories."""

    ETHICS = "ethics", _("Ethics and Professionalism")
    SKILLS = "skills", _("Skills")
    LAW_PRACTICE_MANAGEMENT = "lpm", _("Law Practice Management")
    PROFESSIONAL_PRACTICE = "app", _("Areas of Professional Practice")
    DIVERSITY = "diversity", _("Diversity, Inclusion and Elimination of Bias")
    CYBERSECURITY = "cyber", _("Cybersecurity, Privacy and Data Protection")


class EventFilterForm(forms.Form):
    """Filters of the past events, from the query string: an unknown value is reported
    and ignored, never an error page."""

    topic = forms.ChoiceField(label=_("Topic"), required=False, widget=FilterSelect)
    year = forms.TypedChoiceField(
        label=_("Year"), required=False, coerce=int, empty_value=None, widget=FilterSelect
    )

    def __init__(self, data, topics, years):
        super().__init__(data)
        self.fields["topic"].choices = [("", _("All topics")), *topics]
        self.fields["year"].choices = [("", _("All years"))] + [(str(y), str(y)) for y in years]
        for name, field in self.fields.items():
            field.error_messages["invalid_choice"] = _(
                "That %(field)s is not in the list, so it was not used. Choose one from the list."
            ) % {"field": field.label.lower()}
            field.widget.attrs["id"] = f"filter-{name}"

    def valid_filters(self):
        self.is_valid()
        return {k: v for k, v in getattr(self, "cleaned_data", {}).items() if v not in ("", None)}


class EventIndexPage(RoutablePageMixin, BasePage):
    """The trainings and events: upcoming ones first, then the past ones with their
    materials, filterable by topic and year. Serves the calendar feeds of upcoming
    events (all, and per audience) and an Atom feed."""

    intro = models.TextField(blank=True, help_text=_("A short lead paragraph."))

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("events index")

    @property
    def listing_summary(self):
        return self.search_description or self.intro

    def events(self):
        """Live, public events with their first start and last end (New York time)."""
        return (
            public_only(EventPage.objects.child_of(self).live())
            .annotate(first_start=Min("sessions__start"), last_end=Max("sessions__end"))
            .filter(first_start__isnull=False)
            .defer_streamfields()
        )

    def upcoming(self, now=None):
        now = now or timezone.now()
        return self.events().filter(last_end__gt=now).order_by("first_start", "pk")

    def past(self, now=None):
        now = now or timezone.now()
        return self.events().filter(last_end__lte=now).order_by("-first_start", "-pk")

    def filter_form(self, data, past):
        topic_ids = EventTopic.objects.filter(page__in=past.values("pk")).values("topic_id")
        topics = [
            (t.slug, t.name)
            for t in in_language(Topic.objects.filter(pk__in=topic_ids), self.locale_id)
        ]
        years = [d.year for d in past.order_by().dates("first_start", "year", order="DESC")]
        return EventFilterForm(data, sorted(set(topics), key=lambda t: t[1].casefold()), years)

    def filtered_past(self, past, filters):
        if "topic" in filters:
            tagged = EventTopic.objects.filter(topic__slug=filters["topic"]).values("page_id")
            past = past.filter(pk__in=tagged)
        if "year" in filters:
            past = past.filter(first_start__year=filters["year"])
        return past

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        past = self.past(now)
        form = self.filter_form(request.GET, past)
        filters = form.valid_filters()
        matching = self.filtered_past(past, filters).prefetch_related("sessions")
        page_obj = Paginator(matching, PAST_PER_PAGE).get_page(request.GET.get("page"))
        context.update(
            upcoming=list(self.upcoming(now).prefetch_related("sessions")[:UPCOMING_SHOWN]),
            past_page=page_obj,
            page_obj=page_obj,
            filter_form=form,
            filters=filters,
            querystring_base=urlencode(filters),
            audiences=Audience.choices,
        )
        return context

    def _calendar_response(self, request, events, name):
        content = feed_calendar(name, events, lambda e: e.get_full_url(request))
        response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = 'inline; filename="events.ics"'
        return response

    @path("")
    def index_view(self, request):
        return self.render(request)

    @path("calendar/", name="calendar")
    def calendar_view(self, request):
        events = self.upcoming().prefetch_related("sessions")[:FEED_LENGTH]
        return self._calendar_response(request, events, f"{self.title}")

    @path("calendar/<slug:audience>/", name="audience_calendar")
    def audience_calendar_view(self, request, audience):
        if audience not in Audience.values:
            raise Http404
        events = self.upcoming().filter(audience=audience).prefetch_related("sessions")
        label = Audience(audience).label
        return self._calendar_response(request, events[:FEED_LENGTH], f"{self.title}: {label}")

    @path("feed/", name="atom")
    def atom_view(self, request):
        return atom_feed(self, request)


class EventPage(RoutablePageMixin, BasePage):
    """One training or event: when and where, who it is for, its CLE credits and
    speakers, registration on the site, and after its last session its materials and
    recording. Decided at render time by comparing now with the sessions: no editor
    and no deploy are needed when the event starts or ends."""

    summary = models.TextField(
        help_text=_("One or two sentences: what participants will learn. Shown on cards.")
    )
    description = RichTextField(
        features=SIMPLE_RICH_TEXT, blank=True, help_text=_("The full description.")
    )
    audience = models.CharField(
        max_length=20,
        choices=Audience.choices,
        default=Audience.DEFENDERS,
        help_text=_("Who the training is for; each audience has its own calendar feed."),
    )
    language = models.CharField(
        max_length=5,
        choices=Language.choices,
        default=Language.ENGLISH,
        verbose_name=_("language of instruction"),
        help_text=_("The language the training is given in."),
    )
    cost = models.CharField(
        max_length=200,
        blank=True,
        help_text=_('e.g. "$50; free for public defenders". Leave empty for a free event.'),
    )
    venue_name = models.CharField(
        max_length=200,
        blank=True,
        help_text=_("For an event in person: the place. Leave empty for an online event."),
    )
    address = models.TextField(
        blank=True, help_text=_("For an event in person: the street address, one line each.")
    )
    online = models.BooleanField(
        default=False,
        help_text=_("Tick for an online event (registrants get the join link by email)."),
    )
    join_link = models.URLField(
        blank=True,
        max_length=500,
        help_text=_(
            "Private: the online meeting link. It is never shown on the site, in feeds or "
            "calendars; only confirmed registrants receive it, by email."
        ),
    )
    capacity = models.PositiveIntegerField(
        null=True,
        blank=True,
        help_text=_("Places available. Beyond it people join the waitlist. Empty: no limit."),
    )
    registration_open = models.BooleanField(
        default=True, help_text=_("Untick to take registrations elsewhere or not at all.")
    )
    registration_closes_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text=_("New York time. Empty: registration closes when the first session starts."),
    )
    newly_admitted_eligible = models.BooleanField(
        default=False,
        verbose_name=_("newly admitted attorneys may earn credit"),
        help_text=_("Whether newly admitted New York attorneys may earn the CLE credits."),
    )
    recording_policy = models.CharField(
        max_length=300,
        blank=True,
        help_text=_('e.g. "The sessions are recorded; the recording is shared with registrants."'),
    )
    materials = StreamField(
        BodyBlock(),
        blank=True,
        help_text=_("Slides and handouts (document blocks), shown once the event has ended."),
    )
    recording_url = models.URLField(
        blank=True, help_text=_("A public recording, shown once the event has ended.")
    )
    on_demand_credit_note = RichTextField(
        features=SIMPLE_RICH_TEXT,
        blank=True,
        help_text=_("After the event: whether and how CLE credit can be earned on demand."),
    )

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("description"),
        InlinePanel("sessions", heading=_("Sessions"), label=_("Session"), min_num=1),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("audience"), FieldPanel("language")]),
                FieldPanel("cost"),
                FieldPanel("recording_policy"),
            ],
            heading=_("Who and how"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("venue_name"),
                FieldPanel("address"),
                FieldPanel("online"),
                FieldPanel("join_link"),
            ],
            heading=_("Where"),
        ),
        InlinePanel("speakers", heading=_("Speakers"), label=_("Speaker")),
        MultiFieldPanel(
            [
                InlinePanel("credits", label=_("Credit")),
                FieldPanel("newly_admitted_eligible"),
            ],
            heading=_("New York CLE credits"),
        ),
        InlinePanel("topic_links", heading=_("Topics"), label=_("Topic")),
        MultiFieldPanel(
            [
                FieldPanel("registration_open"),
                FieldPanel("capacity"),
                FieldPanel("registration_closes_at"),
            ],
            heading=_("Registration"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("materials"),
                FieldPanel("recording_url"),
                FieldPanel("on_demand_credit_note"),
            ],
            heading=_("After the event"),
        ),
    ]
    # The join link is left out on purpose: search results must never hold it.
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("description"),
        index.FilterField("audience"),
    ]

    class Meta:
        verbose_name = _("event or training")
        verbose_name_plural = _("events and trainings")

    @property
    def listing_summary(self):
        return self.search_description or self.summary

    def clean(self):
        super().clean()
        if self.join_link and not self.online:
            raise ValidationError(
                {"online": _("Tick this box for an event with a join link, or remove the link.")}
            )

    # ------------------------------------------------------------------ time

    @cached_property
    def session_list(self):
        return list(self.sessions.all())

    @property
    def starts_at(self):
        return min((s.start for s in self.session_list), default=None)

    @property
    def ends_at(self):
        return max((s.end for s in self.session_list), default=None)

    @property
    def date_label(self):
        """The first session's day and times, New York time, for cards."""
        first = min(self.session_list, key=lambda s: s.start, default=None)
        return session_label(first.start, first.end) if first else ""

    def closes_at(self):
        """When registration closes: the set time, or the first session's start,
        whichever comes first."""
        times = [t for t in (self.registration_closes_at, self.starts_at) if t is not None]
        return min(times, default=None)

    def has_ended(self, now=None):
        end = self.ends_at
        return end is not None and (now or timezone.now()) >= end

    def registration_is_open(self, now=None):
        closes = self.closes_at()
        if not self.registration_open or closes is None:
            return False
        return (now or timezone.now()) < closes

    @cached_property
    def registration_event(self):
        """The event registrations belong to: the page in the default language, so an
        event read in two languages has one list and one capacity."""
        default = Locale.get_default()
        if self.locale_id == default.pk:
            return self
        original = EventPage.objects.filter(
            translation_key=self.translation_key, locale_id=default.pk
        ).first()
        return original or self

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(event_context(self))
        return context

    def structured_data(self, url, image_url=None, organization=None):
        return event_json_ld(self, url, organization)

    # ------------------------------------------------------------------ serving

    def serve(self, request, *args, **kwargs):
        # Error reports must not carry what was posted.
        request.sensitive_post_parameters = "__ALL__"
        return super().serve(request, *args, **kwargs)

    def _redirect(self, request, name, args=None):
        # Beside the address the form was sent to, so in the reader's language.
        url = request.path + self.reverse_subpage(name, args=args)
        response = HttpResponseRedirect(url)
        response.status_code = 303  # See Other: reloading does not post again
        return response

    @path("")
    @sensitive_variables()
    def form_view(self, request):
        """The event; while registration is open, the form (never page-cached: it
        carries a one-time token and the CSRF token)."""
        event = self.registration_event
        if not event.registration_is_open():
            if request.method == "POST":
                response = self.render(request, context_overrides={"registration_refused": True})
                response.status_code = 403
                return no_store(response)
            return self.render(request)
        if request.method == "POST":
            if RateLimit(PROTECTION_SCOPE).exceeded(request):
                return too_many_requests(request)
            form = RegistrationForm(request.POST, page=self)
            if form.is_valid():
                try:
                    register(event, form, language=get_language() or "en")
                except RegistrationClosed:
                    return self._redirect(request, "form_view")
                return self._redirect(request, "registered")
        else:
            form = RegistrationForm(page=self)
        return no_store(self.render(request, context_overrides={"form": form}))

    @path("registered/", name="registered")
    def registered_view(self, request):
        response = self.render(request, template="events/event_page_registered.html")
        return no_store(response)

    @path("calendar/", name="ics")
    def ics_view(self, request):
        content = event_calendar(self, self.get_full_url(request))
        response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self.slug}.ics"'
        return response

    @path("cancel/<str:token>/", name="cancel")
    def cancel_view(self, request, token):
        registration = registration_for_token(token)
        if registration is None or registration.event_id != self.registration_event.pk:
            raise Http404
        done = registration.status == RegistrationStatus.CANCELLED
        if request.method == "POST" and not done:
            cancel(registration)
            done = True
        response = self.render(
            request,
            template="events/event_page_cancel.html",
            context_overrides={"cancelled": done},
        )
        return no_store(response)


class EventSession(Orderable):
    """One session of an event: its start and end, stored with their time zone and
    shown in New York time."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="sessions")
    start = models.DateTimeField(help_text=_("New York time."))
    end = models.DateTimeField(help_text=_("New York time."))
    title = models.CharField(
        max_length=200, blank=True, help_text=_('Optional, e.g. "Day 1: the basics".')
    )

    panels = [FieldPanel("title"), FieldRowPanel([FieldPanel("start"), FieldPanel("end")])]

    class Meta(Orderable.Meta):
        verbose_name = _("session")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("The session must end after it starts.")})

    @property
    def local_start(self):
        return ny_time(self.start)

    @property
    def local_end(self):
        return ny_time(self.end)


class EventSpeaker(Orderable):
    """A speaker of an event."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="speakers")
    name = models.CharField(max_length=160)
    role = models.CharField(
        max_length=200, blank=True, help_text=_('e.g. "Staff Attorney, Immigrant Defense Project".')
    )

    panels = [FieldPanel("name"), FieldPanel("role")]


class EventCredit(Orderable):
    """CLE credit hours of an event in one New York category."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="credits")
    category = models.CharField(max_length=20, choices=CreditCategory.choices)
    hours = models.DecimalField(
        max_digits=4, decimal_places=1, help_text=_("Credit hours in this category, e.g. 1.5.")
    )

    panels = [FieldRowPanel([FieldPanel("category"), FieldPanel("hours")])]


class EventTopic(TopicLink):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="topic_links")


def purge_before(days):
    """Registrations of events whose last session ended more than `days` days ago."""
    cutoff = timezone.now() - timedelta(days=days)
    ended = (
        EventSession.objects.values("page_id")
        .annotate(last=models.Max("end"))
        .filter(last__lt=cutoff)
        .values("page_id")
    )
    return Registration.objects.filter(event_id__in=ended)


def default_purge_days():
    return getattr(settings, "EVENT_REGISTRATION_RETENTION_DAYS", 90)
