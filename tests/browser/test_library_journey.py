"""A resource's way into the library, in the browser: Communications writes a practice
advisory with files in English and Spanish, marks it reviewed and submits it; a
Moderator approves it on the dashboard, which publishes it; a reader finds it under the
filters it belongs to, and not under the others."""

import pytest
from playwright.sync_api import expect

from tests.browser.test_admin_roles import (
    approve_on_dashboard,
    signed_in,
    submit_for_review,
    team,  # noqa: F401 (a fixture)
)

TITLE = "Pleas and the 364-day law: an advisory for defenders"


@pytest.fixture
def library(live_site):
    from tests.pages.resources import library as build

    build.document("Pleas advisory, English")
    build.document("Pleas advisory, Spanish")
    return build.library(live_site.home)


def add_file(page, index, language, document):
    page.locator("#id_files-ADD").click()
    page.locator(f"#id_files-{index}-language").select_option(language)
    page.locator(f"#id_files-{index}-document-chooser").get_by_role(
        "button", name="Choose a document"
    ).click()
    page.locator(".modal-content").get_by_text(document).first.click()
    expect(page.locator(f"#id_files-{index}-document-chooser")).to_contain_text(document)


def write_advisory(page, library, reviewer_id):
    page.goto(f"/admin/pages/add/resources/resourcepage/{library.pk}/")
    page.locator("#id_title").fill(TITLE)
    page.get_by_label("Criminal defense attorneys").check()
    page.locator("#id_resource_type").select_option("practice_advisory")
    page.locator("#id_publication_date").fill("2026-11-30")
    page.locator("#id_summary").fill("What to check before a client pleads to a misdemeanor.")
    add_file(page, 0, "en", "Pleas advisory, English")
    add_file(page, 1, "es", "Pleas advisory, Spanish")
    page.locator("#id_last_reviewed_on").fill("2026-12-01")
    page.locator("#id_reviewed_by").select_option(str(reviewer_id))
    page.get_by_role("tab", name="Promote").click()
    page.locator("#id_search_description").fill("A practice advisory on pleas.")
    page.get_by_role("tab", name="Content").click()
    with page.expect_navigation():
        page.locator("footer").get_by_role("button", name="Save draft").click()
    assert "/edit/" in page.url, page.url


def test_communications_writes_a_moderator_publishes_readers_find_it(
    open_session,
    team,  # noqa: F811 (the fixture imported above)
    library,
    django_user_model,
):
    casey = django_user_model.objects.get(username="casey")
    writer = signed_in(open_session, "casey", team["casey"])
    write_advisory(writer.page, library, casey.pk)
    submit_for_review(writer.page)

    moderator = signed_in(open_session, "morgan", team["morgan"])
    approve_on_dashboard(moderator.page, TITLE)

    reader = open_session()
    page = reader.page
    for query, listed in [
        ("audience=defense&type=practice_advisory&language=es", True),
        ("audience=defense&language=en", True),
        ("audience=community", False),
        ("type=toolkit", False),
    ]:
        reader.open(f"/en/library/?{query}")
        titles = page.locator(".library-item .card__title").all_inner_texts()
        assert (TITLE in titles) is listed, (query, titles)
    reader.open("/en/library/pleas-and-the-364-day-law-an-advisory-for-defenders/")
    expect(page.locator(".resource-files a[hreflang=es]")).to_contain_text("Download in Spanish")
    expect(page.get_by_text("Last reviewed by IDP legal staff on")).to_be_visible()
    assert "casey" not in page.content()
