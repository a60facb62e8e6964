"""Demo content of the alerts room: the archive, one current alert and one expired.

Written in the project's own words from shared/docs/organization.md ("ICE out of
courts"), saying no more than it does. The current alert's dates are set when it is
first made (from then until half a year later) and kept on later runs, so a second run
writes nothing new; the expired one has fixed dates in 2021."""

import datetime
import zoneinfo

from django.utils import timezone

from pages.alerts.models import AlertIndexPage, AlertPage

NEW_YORK = zoneinfo.ZoneInfo("America/New_York")

CURRENT = {
    "title": "Going to court in New York: civil immigration arrests are limited",
    "search_description": (
        "New York law limits civil immigration arrests of people going to, at or coming "
        "from its courts. Keep going to court, and call us with your questions."
    ),
    "severity": "important",
    "audience": "community",
    "languages": "English, Español",
    "source_name": "Protect Our Courts Act (New York, S.425 / A.2176)",
    "source_url": "https://www.nysenate.gov/legislation/bills/2019/S425",
    "source_checked_on": datetime.date(2026, 12, 1),
    "what_changed": (
        "<p>The Protect Our Courts Act, signed on 15 December 2020, limits civil "
        "immigration arrests of people who are going to a New York court, are at one, or "
        "are coming from one.</p>"
    ),
    "who_is_affected": (
        "<p>Anyone who has to go to a court in New York State, whatever their immigration "
        "status.</p>"
    ),
    "what_to_do": (
        "<p>Keep going to your court dates. Talk to your lawyer before you plead guilty to "
        "anything: every case is different.</p>"
    ),
    "what_not_to_do": (
        "<p>Do not pass on reports of ICE at a courthouse that nobody has checked: they "
        "spread fear and keep people away from court. Ask us or a lawyer first.</p>"
    ),
}

EXPIRED = {
    "title": "Courthouse enforcement memo of April 2021",
    "search_description": (
        "ICE and CBP issued a memo on civil immigration enforcement in or near courthouses "
        "on 27 April 2021."
    ),
    "severity": "update",
    "audience": "everyone",
    "languages": "English, Español",
    "starts_at": datetime.datetime(2021, 4, 28, 9, 0, tzinfo=NEW_YORK),
    "expires_at": datetime.datetime(2021, 7, 31, 17, 0, tzinfo=NEW_YORK),
    "source_name": "ICE and CBP memo of 27 April 2021 on enforcement in or near courthouses",
    "source_url": "https://www.ice.gov/",
    "source_checked_on": datetime.date(2021, 4, 28),
    "what_changed": (
        "<p>On 27 April 2021, ICE and CBP issued a memo on civil immigration enforcement "
        "in or near courthouses. We analysed what it means for people with cases in New "
        "York.</p>"
    ),
    "who_is_affected": "<p>People with court dates in New York, and their lawyers.</p>",
    "what_to_do": (
        "<p>Keep going to court, and go over our analysis of the memo with your lawyer.</p>"
    ),
    "what_not_to_do": (
        "<p>Do not rely on rumors about courthouse arrests: check what you hear with a "
        "lawyer or with us.</p>"
    ),
}


def load(command, home, upsert_page):
    archive = upsert_page(
        home,
        AlertIndexPage,
        "alerts",
        title="Alerts",
        intro=(
            "Alerts we have checked against their source: what changed, who is affected "
            "and what to do. Earlier alerts stay here, marked as no longer current."
        ),
        search_description="Verified alerts from the Immigrant Defense Project.",
    )
    current = archive.get_children().filter(slug="protect-our-courts").first()
    if current is None:
        now = timezone.now().astimezone(NEW_YORK).replace(minute=0, second=0, microsecond=0)
        dates = {"starts_at": now - datetime.timedelta(days=1)}
        dates["expires_at"] = dates["starts_at"] + datetime.timedelta(days=182)
    else:
        dates = {}  # kept from the first run
    upsert_page(archive, AlertPage, "protect-our-courts", **CURRENT, **dates)
    upsert_page(archive, AlertPage, "courthouse-memo-2021", **EXPIRED)
    command.stdout.write("alerts: the archive, one current alert and one expired")
