"""Campaign pages: what we are fighting for, the bills that carry it, and how it ends."""

from django.db import models
from django.db.models import Prefetch, Q, prefetch_related_objects
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from campaigns.blocks import ResourcesBlock
from campaigns.feeds import CampaignStatusFeed
from campaigns.legislation.models import (
    Bill,
    BillRelation,
    Relation,
    Sponsorship,
    split_print_number,
)
from campaigns.legislation.stages import call_to_action, campaign_call_to_action
from campaigns.models.plain_summaries import BillPlainSummary
from pages.blocks import BodyBlock
from pages.models.base import BasePage, page_of, public_only
from pages.models.snippets import TopicLink

COMPANION_TYPES = (Relation.COMPANION, Relation.SAME_AS)


def bill_queryset():
    """Bills with everything their cards and progress bars show, in a fixed number of queries."""
    return Bill.objects.select_related("session__jurisdiction").prefetch_related(
        Prefetch(
            "sponsorships",
            queryset=Sponsorship.objects.select_related("legislator__jurisdiction"),
        ),
        "status_changes",
    )


class CampaignIndexPage(RoutablePageMixin, BasePage):
    """Lists the campaigns, and gives every bill its own page under
    `bills/<jurisdiction>/<session>/<number>/`."""

    intro = models.TextField(blank=True, help_text=_("A short lead paragraph."))

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["campaigns.CampaignPage"]
    content_panels = Page.content_panels + [FieldPanel("intro")]

    class Meta:
        verbose_name = _("campaign index page")

    @property
    def listing_summary(self):
        return self.search_description or self.intro

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        campaigns = public_only(CampaignPage.objects.child_of(self).live()).order_by(
            "-first_published_at"
        )
        context["campaigns"] = page_of(campaigns, 12, request.GET.get("page"))
        return context

    def bill_url(self, bill, request=None, base_url=None, full=False):
        """The address of a bill's page (the one place it is built). `bill` is a Bill or
        its `url_parts()`; pass `base_url` (this page's URL) when building many."""
        parts = bill if isinstance(bill, dict) else bill.url_parts()
        if base_url is None:
            base_url = self.get_full_url(request) if full else self.get_url(request)
        return base_url + self.reverse_subpage("bill", kwargs=parts)

    @path("")
    def index(self, request):
        return self.render(request)

    @re_path(
        r"^bills/(?P<jurisdiction>[-\w]+)/(?P<session>[-\w]+)/(?P<print_number>[\w.-]+)/$",
        name="bill",
    )
    def bill(self, request, jurisdiction, session, print_number):
        split = split_print_number(print_number)
        if split is None:
            raise Http404
        if split[0] != print_number:
            parts = {"jurisdiction": jurisdiction, "session": session, "print_number": split[0]}
            return redirect(self.bill_url(parts, request))
        bill = (
            Bill.objects.select_related("session__jurisdiction")
            .filter(
                session__jurisdiction__code=jurisdiction,
                session__identifier=session,
                base_print_number=split[0],
            )
            .first()
        )
        if bill is None:
            raise Http404
        # Not self.get_context(): the bill page needs none of the campaign listing. The
        # details (history, sponsors, companions...) are read only when the page's
        # fragment is rendered (`{% bill_details %}`), not when it comes from the cache.
        context = {
            "page": self,
            "self": self,
            "request": request,
            "canonical": request.build_absolute_uri(request.path),
            "share_image": request.build_absolute_uri(static("img/share-default.png")),
            "bill": bill,
            "status_text": bill.status_text(),
            "load_bill_details": lambda: bill_page_context(self, bill, request),
        }
        return TemplateResponse(request, "campaigns/bill_page.html", context)


def _in_reader_language(links, locale_id):
    """One link per campaign: its page in the reader's language where it exists, else
    the page in the language it was written in (the fallback serves it at the same path)."""
    chosen = {}
    for link in links:
        key = link.page.translation_key
        if key not in chosen or link.page.locale_id == locale_id:
            chosen[key] = link
    return list(chosen.values())


def _relations_of(bill):
    """(companions, other related bills, relations pointing here) in one query; the
    companions in the bills' own order (newest session first, then by number)."""
    relations = list(
        BillRelation.objects.filter(Q(bill=bill) | Q(related_bill=bill)).select_related(
            "bill__session__jurisdiction", "related_bill__session__jurisdiction"
        )
    )
    outgoing = [r for r in relations if r.bill_id == bill.pk]
    incoming = [r for r in relations if r.related_bill_id == bill.pk]
    companions_by_pk, related = {}, []
    for relation in outgoing:
        if relation.relation_type in COMPANION_TYPES and relation.related_bill_id:
            companions_by_pk.setdefault(relation.related_bill_id, relation.related_bill)
        else:
            related.append(relation)
    for relation in incoming:
        if relation.relation_type in COMPANION_TYPES:
            companions_by_pk.setdefault(relation.bill_id, relation.bill)
    companions_by_pk.pop(bill.pk, None)
    companions = sorted(companions_by_pk.values(), key=lambda b: b.base_print_number)
    companions.sort(key=lambda b: b.session.identifier, reverse=True)
    return companions, related, incoming


def bill_page_context(index_page, bill, request):
    """What the bill page shows; companions and related bills get their own links.

    Seven queries whatever the bill: its relations both ways (with the bills at their
    other end), the sponsors and status history of it and its companions, its actions,
    documents and campaigns."""
    companions, related, incoming = _relations_of(bill)
    prefetch_related_objects(
        [bill, *companions],
        Prefetch(
            "sponsorships",
            queryset=Sponsorship.objects.select_related("legislator__jurisdiction"),
        ),
        "status_changes",
    )
    prefetch_related_objects(
        [bill],
        "actions",
        "documents",
        Prefetch(
            "campaign_links",
            queryset=CampaignBill.objects.filter(page__live=True).select_related("page"),
        ),
    )
    base_url = index_page.get_url(request)
    later_versions = [r.bill for r in incoming if r.relation_type == Relation.PRIOR_SESSION]
    for other in [bill, *companions, *later_versions]:
        other.page_url = index_page.bill_url(other, base_url=base_url)
    for relation in related:
        if relation.related_bill_id:
            relation.page_url = index_page.bill_url(relation.related_bill, base_url=base_url)
    actions = list(bill.actions.all())
    names = bill.chamber_names
    for action in actions:
        action.chamber_label = names.of(action.chamber) or action.get_chamber_display()
    return {
        "bill": bill,
        "steps": bill.progress(),
        "status_text": bill.status_text(),
        "actions": actions,
        "latest_action": actions[-1] if actions else None,
        "companions": companions,
        "related": related,
        "later_versions": later_versions,
        "versions": [d for d in bill.documents.all() if d.kind == "version"],
        "documents": [d for d in bill.documents.all() if d.kind != "version"],
        "campaign_links": _in_reader_language(bill.campaign_links.all(), index_page.locale_id),
        "plain_summary": BillPlainSummary.for_reader(bill, index_page.locale_id),
    }


class CampaignPage(RoutablePageMixin, BasePage):
    """A campaign for a change in the law: its goal, its bills and where they stand,
    what advocates can do now, and the outcome once there is one."""

    serve_select_related = ("action_page",)

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        WON = "won", _("Won")
        LOST = "lost", _("Lost")
        DORMANT = "dormant", _("Dormant")

    goal = models.TextField(help_text=_("What the campaign wants to change, in a sentence or two."))
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.ACTIVE)
    outcome = models.TextField(
        blank=True, help_text=_("Once won or lost: what happened, told plainly.")
    )
    outcome_date = models.DateField(null=True, blank=True)
    body = StreamField(BodyBlock(), blank=True)
    resources = StreamField(ResourcesBlock(), blank=True)
    action_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Where the call to action leads (e.g. the statement of support)."),
    )
    action_url = models.URLField(blank=True, help_text=_("…or another address."))
    contact_email = models.EmailField(
        blank=True, help_text=_("Shown protected from address harvesters, yet clickable.")
    )

    parent_page_types = ["campaigns.CampaignIndexPage"]
    subpage_types = ["campaigns.StatementOfSupportPage"]

    content_panels = Page.content_panels + [
        FieldPanel("goal"),
        MultiFieldPanel(
            [FieldPanel("status"), FieldPanel("outcome"), FieldPanel("outcome_date")],
            heading=_("Status and outcome"),
        ),
        InlinePanel("campaign_bills", label=_("Bills")),
        InlinePanel(
            "topic_links",
            label=_("Topics"),
            help_text=_("Program areas with the same topics list this campaign."),
        ),
        MultiFieldPanel(
            [PageChooserPanel("action_page"), FieldPanel("action_url")],
            heading=_("Call to action"),
        ),
        FieldPanel("body"),
        FieldPanel("resources"),
        FieldPanel("contact_email"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("goal"),
        index.SearchField("outcome"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("campaign page")

    @property
    def listing_summary(self):
        return self.search_description or self.goal

    @property
    def card_badge(self):
        """The status a listing card shows, e.g. "Won"."""
        return self.get_status_display()

    @property
    def card_badge_key(self):
        return self.status

    def linked_bills(self):
        """The campaign's bills with what their cards show, in three queries."""
        links = list(self.campaign_bills.select_related("bill__session__jurisdiction"))
        prefetch_related_objects(
            [link.bill for link in links],
            Prefetch(
                "sponsorships",
                queryset=Sponsorship.objects.select_related("legislator__jurisdiction"),
            ),
            "status_changes",
        )
        return links

    def lead_link(self, links):
        for link in links:
            if link.role == CampaignBill.Role.LEAD:
                return link
        return links[0] if links else None

    def bills_and_action(self, request):
        """The bill cards (main and other bills, each linked to its bill page) and the
        call to action drawn from where the lead bill stands."""
        links = self.linked_bills()
        # Only the class's routes and the page's address are needed: no query for the
        # index page's own fields (routing has already read its row).
        index_page = self.get_parent().get_specific(deferred=True)
        if isinstance(index_page, CampaignIndexPage):
            base_url = index_page.get_url(request)
            for link in links:
                link.page_url = index_page.bill_url(link.bill, base_url=base_url)
        lead = self.lead_link(links)
        outcome = self.status if self.status in (self.Status.WON, self.Status.LOST) else ""
        if lead:
            sponsors = lead.bill.primary_sponsors()
            cta = call_to_action(
                lead.bill.stage,
                lead.bill.originating_chamber,
                lead.bill.chamber_names,
                committee=lead.bill.stage_committee,
                sponsor=sponsors[0].display_name if sponsors else "",
                outcome=outcome,
            )
        else:
            # No bill, no bill's call to action (nobody to thank for introducing one).
            cta = campaign_call_to_action(outcome, bool(self.action_page_id or self.action_url))
        main_roles = (CampaignBill.Role.LEAD, CampaignBill.Role.COMPANION)
        return {
            "bill_links": [link for link in links if link.role in main_roles],
            "other_bill_links": [link for link in links if link.role not in main_roles],
            "cta": cta,
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            self.bills_and_action(request),
            feed_url=self.get_url(request) + self.reverse_subpage("feed"),
        )
        return context

    @path("")
    def index(self, request):
        return self.render(request)

    @path("feed/", name="feed")
    def feed(self, request):
        return CampaignStatusFeed()(request, campaign=self)

    def campaign_index(self):
        """The campaigns index above this page (its routes and address: the bill pages
        live there), or None."""
        parent = self.get_parent().get_specific(deferred=True)
        return parent if isinstance(parent, CampaignIndexPage) else None


class CampaignBill(Orderable):
    """A bill a campaign follows, and the part it plays."""

    class Role(models.TextChoices):
        LEAD = "lead", _("Lead bill")
        COMPANION = "companion", _("Companion")
        ENACTED_VEHICLE = "enacted_vehicle", _("Enacted vehicle")
        EARLIER_VERSION = "earlier_version", _("Earlier version")

    page = ParentalKey(CampaignPage, on_delete=models.CASCADE, related_name="campaign_bills")
    bill = models.ForeignKey(Bill, on_delete=models.CASCADE, related_name="campaign_links")
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.LEAD)

    panels = [FieldPanel("bill"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = _("campaign bill")


class CampaignTopic(TopicLink):
    """A topic of a campaign: program areas that share it list the campaign."""

    page = ParentalKey(CampaignPage, on_delete=models.CASCADE, related_name="topic_links")
