"""Staff translate pages in the admin with wagtail-localize on Wagtail 8: submit a page
for translation, edit the translation, publish it, sync a changed English source, and
see what lacks a translation or is out of date in Reports → Translations."""

import json
import re

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from pages.models import StandardPage
from tests.conftest import add_page, login_with_mfa

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(client, make_user):
    login_with_mfa(client, make_user("editor", superuser=True))
    return client


@pytest.fixture
def about(home):
    return add_page(
        home,
        StandardPage(
            title="About us",
            slug="about",
            intro="We work where criminal and immigration law meet.",
            search_description="Who we are.",
        ),
    )


def _report_status(client, page_title):
    html = client.get(reverse("translation_status_report") + "?locale=es").content.decode()
    row = re.search(
        r'<tr data-status="(\w+)">\s*<td><a [^>]*>' + re.escape(page_title) + "</a>", html
    )
    return row.group(1) if row else None


def _submit(client, page, spanish):
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, {"locales": [spanish.pk]})
    assert response.status_code == 302
    return page.get_translation(spanish)


def _translate_all_strings(client, translation, words):
    """Fill every string segment through the editor's API, as the editor's UI does."""
    segments = StringSegment.objects.filter(source=translation.source).select_related("string")
    for segment in segments:
        url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
        value = words.get(segment.string.data, segment.string.data)
        response = client.put(
            url, f"value={value}", content_type="application/x-www-form-urlencoded"
        )
        assert response.status_code in (200, 201)


def test_submit_edit_publish_and_sync_a_page_translation(
    staff, home, about, spanish, django_capture_on_commit_callbacks
):
    # The home page must exist in Spanish before its children can be; translating the
    # child creates the Spanish parents too.
    assert _report_status(staff, "About us") == "missing"

    es_about = _submit(staff, about, spanish)
    assert es_about.locale == spanish
    assert es_about.get_parent().specific.locale == spanish  # parent created alongside
    translation = Translation.objects.get(
        source__object_id=about.translation_key, target_locale=spanish
    )

    # The edit view of the Spanish page is wagtail-localize's translation editor.
    edit = staff.get(reverse("wagtailadmin_pages:edit", args=[es_about.pk]))
    assert edit.status_code == 200
    html = edit.content.decode()
    props = json.loads(
        re.search(r'data-props="([^"]+)"', html)
        .group(1)
        .replace("&quot;", '"')
        .replace("&amp;", "&")
    )
    assert props["object"]["title"] == "About us"
    assert "We work where criminal and immigration law meet." in html

    _translate_all_strings(
        staff,
        translation,
        {
            "About us": "Quiénes somos",
            "We work where criminal and immigration law meet.": (
                "Trabajamos donde se cruzan el derecho penal y el migratorio."
            ),
            "Who we are.": "Quiénes somos.",
        },
    )
    # wagtail-localize publishes once the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        response = staff.post(
            reverse("wagtailadmin_pages:edit", args=[es_about.pk]), {"action": "publish"}
        )
    assert response.status_code == 302
    es_about = StandardPage.objects.get(pk=es_about.pk)
    assert es_about.live
    assert es_about.title == "Quiénes somos"
    assert es_about.intro == "Trabajamos donde se cruzan el derecho penal y el migratorio."
    assert _report_status(staff, "About us") == "current"

    public = staff.get(es_about.url)
    assert public.status_code == 200
    assert "Trabajamos donde se cruzan" in public.content.decode()

    # The English page changes: the report says the translation is out of date.
    about.intro = "We defend immigrants where criminal and immigration law meet."
    about.save_revision().publish()
    assert _report_status(staff, "About us") == "outdated"

    # "Sync translated pages" reads the new English text into the translation.
    source = TranslationSource.objects.get(object_id=about.translation_key)
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    assert staff.get(url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        assert staff.post(url, {"publish_translations": "on"}).status_code == 302
    strings = set(
        StringSegment.objects.filter(source=source).values_list("string__data", flat=True)
    )
    assert "We defend immigrants where criminal and immigration law meet." in strings
    # The new English sentence is not translated yet: the page shows it in English.
    assert _report_status(staff, "About us") == "incomplete"
    _translate_new_sentence(staff, translation, es_about, django_capture_on_commit_callbacks)
    assert _report_status(staff, "About us") == "current"


def _translate_new_sentence(staff, translation, es_about, django_capture_on_commit_callbacks):
    words = {
        "About us": "Quiénes somos",
        "We defend immigrants where criminal and immigration law meet.": (
            "Defendemos a inmigrantes donde se cruzan el derecho penal y el migratorio."
        ),
        "Who we are.": "Quiénes somos.",
    }
    _translate_all_strings(staff, translation, words)
    with django_capture_on_commit_callbacks(execute=True):
        staff.post(reverse("wagtailadmin_pages:edit", args=[es_about.pk]), {"action": "publish"})


def test_report_lists_hand_made_and_alias_translations(staff, home, about, spanish):
    es_home = home.copy_for_translation(spanish)
    es_home.save_revision().publish()
    alias = about.copy_for_translation(spanish, alias=True)
    assert alias.alias_of_id == about.pk
    rows = {
        "Immigrant Defense Project": _report_status(staff, "Immigrant Defense Project"),
        "About us": _report_status(staff, "About us"),
    }
    assert rows == {"Immigrant Defense Project": "current", "About us": "missing"}

    home.hero_heading = "New words"
    home.save_revision().publish()
    assert _report_status(staff, "Immigrant Defense Project") == "outdated"

    only_missing = staff.get(
        reverse("translation_status_report") + "?locale=es&status=missing"
    ).content.decode()
    assert "About us" in only_missing
    assert 'data-status="outdated"' not in only_missing


def test_report_query_count_does_not_grow_with_pages(
    staff, home, spanish, django_assert_max_num_queries
):
    url = reverse("translation_status_report")

    def count():
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        staff.get(url)
        with CaptureQueriesContext(connection) as ctx:
            assert staff.get(url).status_code == 200
        return len(ctx)

    for i in range(3):
        add_page(home, StandardPage(title=f"P{i}", slug=f"p{i}", search_description="x"))
    small = count()
    for i in range(3, 30):
        add_page(home, StandardPage(title=f"P{i}", slug=f"p{i}", search_description="x"))
    assert count() == small


def test_report_is_in_the_reports_menu_and_closed_to_the_public(client, staff):
    assert "Translations" in staff.get(reverse("wagtailadmin_home")).content.decode()
    client.logout()
    response = client.get(reverse("translation_status_report"))
    assert response.status_code == 302
    assert Page.objects.count() >= 1
