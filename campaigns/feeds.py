"""Atom feed of a campaign's bills' status changes, newest first."""

from datetime import datetime, time

from django.db.models import F, Q
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from wagtail.models import Site

from campaigns.legislation.models import BillStatusChange
from campaigns.legislation.stages import ADOPTED_STAGES, ENDED_STAGES, LAW_STAGES
from pages.feeds import KeptFeed, organization_name

FEED_LENGTH = 50
#: Stages after which a bill moves no more.
FINAL_STAGES = sorted(LAW_STAGES | ADOPTED_STAGES | ENDED_STAGES)


class CampaignStatusFeed(KeptFeed):
    feed_type = Atom1Feed

    def get_object(self, request, campaign):
        self.request = request
        self.campaign = campaign
        self.index_page = campaign.campaign_index()
        return campaign

    def author_name(self, campaign):
        return organization_name(Site.find_for_request(self.request))

    def title(self, campaign):
        return _("%(campaign)s: bill status changes") % {"campaign": campaign.title}

    def subtitle(self, campaign):
        return _("Each time a bill of this campaign moves, it appears here.")

    def link(self, campaign):
        return campaign.get_full_url(self.request)

    def items(self, campaign):
        # A bill that ended (a law, vetoed, replaced, enacted through another bill...)
        # ends its story there: a later routine step (a committee referral at the start
        # of the session's second year) would make the feed end on a bill "in committee".
        after_the_end = (
            Q(bill__stage__in=FINAL_STAGES)
            & Q(bill__stage_date__isnull=False)
            & Q(date__gt=F("bill__stage_date"))
        )
        return (
            # A change without a date (a bill entered with no history) has no true
            # moment to give it: the day it was recorded would date a 2016 bill today.
            BillStatusChange.objects.filter(bill__campaign_links__page=campaign, date__isnull=False)
            .exclude(after_the_end)
            .select_related("bill__session__jurisdiction")
            .order_by(F("date").desc(nulls_last=True), "-recorded_at", "-pk")
            .distinct()[:FEED_LENGTH]
        )

    def item_title(self, change):
        return f"{change.bill.display_number}: {change.sentence()}"

    def item_description(self, change):
        return change.description or change.sentence()

    def item_link(self, change):
        if self.index_page is None:
            return self.link(self.campaign)
        return self.index_page.bill_url(change.bill, self.request, full=True)

    def item_guid(self, change):
        return f"{self.item_link(change)}#status-{change.pk}"

    def item_pubdate(self, change):
        return timezone.make_aware(datetime.combine(change.date, time(12)))

    def item_updateddate(self, change):
        return self.item_pubdate(change)
