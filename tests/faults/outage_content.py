"""The least content the database-outage tests need, written into the private cluster
by a process of its own (`python -m tests.faults.outage_content`, with DATABASE_URL):
a home page, a standard page, the legal-help page and a campaign with its statement of
support. Safe to run once per cluster."""

import django


def build():
    from wagtail.models import Page, Site

    from campaigns.models import CampaignIndexPage, CampaignPage, StatementOfSupportPage
    from pages.intake.models import LegalHelpPage
    from pages.models import HomePage, SiteSettings, StandardPage

    root = Page.get_first_root_node()
    home = HomePage(
        title="Immigrant Defense Project",
        slug="idp",
        hero_heading="A criminal case should not end in deportation",
        search_description="Home.",
    )
    root.add_child(instance=home)
    home.save_revision().publish()
    site = Site.objects.get(is_default_site=True)
    placeholder = site.root_page
    site.root_page, site.hostname, site.port = home, "testserver", 80
    site.save()
    if placeholder.specific_class is Page:
        placeholder.delete()
    settings_row = SiteSettings.for_site(site)

    def add(parent, page):
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page

    add(home, StandardPage(title="About us", slug="about", intro="About.", search_description="x"))
    add(home, StandardPage(title="Our work", slug="work", intro="Work.", search_description="x"))
    add(home, StandardPage(title="Contact", slug="contact", intro="Hi.", search_description="x"))
    help_page = add(
        home,
        LegalHelpPage(
            title="Get legal help",
            slug="get-legal-help",
            intro="<p>Tell us how to reach you.</p>",
            search_description="Ask for a callback.",
        ),
    )
    settings_row.legal_help_page = help_page
    settings_row.save()
    index = add(
        home, CampaignIndexPage(title="Campaigns", slug="campaigns", search_description="x")
    )
    campaign = add(
        index,
        CampaignPage(title="One Day", slug="one-day", goal="364 days.", search_description="x"),
    )
    add(
        campaign,
        StatementOfSupportPage(
            title="Statement of support",
            slug="statement",
            search_description="Sign the statement.",
            statement=[("paragraph", "<p>We support the 364-day cap.</p>")],
            acknowledgement_text="I have read the statement and may sign it.",
        ),
    )


if __name__ == "__main__":
    django.setup()
    build()
