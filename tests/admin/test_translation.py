"""Communications translates with wagtail-localize, end to end with Django's client:
submits a page, fills the strings, sends the Spanish page to the same review as an
English one; a moderator approves. The status report counts the strings left and says
"Up to date" only once every string is translated and published. Alias conversion is
not offered to staff who may not publish, and numbers are not offered as strings."""

import json
import re

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail_localize.models import StringSegment, Translation

from pages.models import StandardPage
from pages.roles import COMMUNICATIONS, MODERATORS
from tests.conftest import add_page, login_with_mfa

pytestmark = pytest.mark.django_db

SPANISH = {
    "Know your rights": "Conozca sus derechos",
    "What to do after an arrest.": "Qué hacer después de un arresto.",
    "A guide for families.": "Una guía para las familias.",
    "Deportations by year": "Deportaciones por año",
    "people": "personas",
    "Brooklyn": "Brooklyn",
    "rights": "derechos",  # the slug: Spanish addresses are Spanish
}


@pytest.fixture
def rights(home):
    return add_page(
        home,
        StandardPage(
            title="Know your rights",
            slug="rights",
            intro="What to do after an arrest.",
            search_description="A guide for families.",
            body=[
                (
                    "chart",
                    {
                        "title": "Deportations by year",
                        "unit": "people",
                        "rows": [
                            {"label": "2011", "value": "400,000"},
                            {"label": "Brooklyn", "value": "12.5"},
                        ],
                        "source": "",
                    },
                )
            ],
        ),
    )


@pytest.fixture
def comms(make_user):
    return make_user("comms", groups=[COMMUNICATIONS])


@pytest.fixture
def moderator(make_user):
    return make_user("mod", groups=[MODERATORS])


def report_row(client, title):
    html = client.get(reverse("translation_status_report") + "?locale=es").content.decode()
    row = re.search(
        r'<tr data-status="(\w+)">\s*<td><a [^>]*>' + re.escape(title) + r"</a></td>"
        r"\s*<td>.*?</td>\s*<td>(.*?)</td>\s*<td>(.*?)</td>",
        html,
        re.S,
    )
    return (row.group(1), row.group(3).strip()) if row else None


def editor_props(html):
    raw = re.search(r'data-props="([^"]+)"', html).group(1)
    return json.loads(raw.replace("&quot;", '"').replace("&amp;", "&").replace("&#x27;", "'"))


def fill_strings(client, translation, words):
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string"):
        url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
        value = words[segment.string.data]
        response = client.put(
            url, f"value={value}", content_type="application/x-www-form-urlencoded"
        )
        assert response.status_code in (200, 201), segment.string.data


def submit_for_translation(client, page, spanish):
    submit_url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    assert client.get(submit_url).status_code == 200
    assert client.post(submit_url, {"locales": [spanish.pk]}).status_code == 302
    return page.get_translation(spanish), Translation.objects.get(
        source__object_id=page.translation_key, target_locale=spanish
    )


def approve(client, page):
    task_state = WorkflowState.objects.get(object_id=str(page.pk)).current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    assert client.post(url, {"comment": ""}).status_code == 302


def test_communications_translates_through_review(
    client, home, rights, spanish, comms, moderator, django_capture_on_commit_callbacks
):
    home.copy_for_translation(spanish).save_revision().publish()
    login_with_mfa(client, comms)
    assert report_row(client, "Know your rights") == ("missing", "—")
    report = client.get(reverse("translation_status_report") + "?locale=es").content.decode()
    assert "Translate</a>" in report

    es_rights, translation = submit_for_translation(client, rights, spanish)
    strings = StringSegment.objects.filter(source=translation.source)
    # Words are offered; chart numbers and years are not.
    assert set(strings.values_list("string__data", flat=True)) == set(SPANISH)
    assert report_row(client, "Know your rights") == ("incomplete", str(len(SPANISH)))

    # The Spanish editor: no alias conversion, a "Submit for review" bar instead.
    edit_url = reverse("wagtailadmin_pages:edit", args=[es_rights.pk])
    html = client.get(edit_url).content.decode()
    assert editor_props(html)["links"]["convertToAliasUrl"] is None
    assert editor_props(html)["perms"]["canPublish"] is False
    assert "Submit the Spanish translation for review" in html
    assert "idp-translation-for-review" in html

    fill_strings(client, translation, SPANISH)
    assert report_row(client, "Know your rights") == ("unpublished", "0")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit_url, {"idp-submit-translation": "1"})
    assert response.status_code == 302
    assert any("submitted for review" in str(m) for m in get_messages(response.wsgi_request))
    state = WorkflowState.objects.get(object_id=str(es_rights.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Review before publish"
    assert not StandardPage.objects.get(pk=es_rights.pk).live
    assert report_row(client, "Know your rights") == ("unpublished", "0")
    assert "waiting for review" in client.get(edit_url).content.decode()

    login_with_mfa(client, moderator)
    approve(client, es_rights)
    es_rights = StandardPage.objects.get(pk=es_rights.pk)
    assert es_rights.live and es_rights.title == "Conozca sus derechos"
    chart = es_rights.body[0].value
    assert chart["title"] == "Deportaciones por año"
    rows = [(r["label"], r["value"]) for r in chart["rows"]]
    assert rows == [("2011", "400,000"), ("Brooklyn", "12.5")]
    assert report_row(client, "Know your rights") == ("current", "0")
    assert "Deportaciones por año" in client.get(es_rights.url).content.decode()


def test_alias_conversion_is_refused_to_those_who_may_not_publish(
    client, home, rights, spanish, comms, make_user
):
    es_home = home.copy_for_translation(spanish)
    es_home.save_revision().publish()
    login_with_mfa(client, comms)
    client.post(
        reverse("wagtail_localize:submit_page_translation", args=[rights.pk]),
        {"locales": [spanish.pk]},
    )
    es_rights = rights.get_translation(spanish)
    convert_url = reverse("wagtail_localize:convert_to_alias", args=[es_rights.pk])
    response = client.post(convert_url)
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_pages:edit", args=[es_rights.pk])
    es_rights.refresh_from_db()
    assert es_rights.alias_of_id is None

    # A superuser may still convert (and sees the action).
    login_with_mfa(client, make_user("root", superuser=True))
    html = client.get(reverse("wagtailadmin_pages:edit", args=[es_rights.pk])).content.decode()
    assert editor_props(html)["links"]["convertToAliasUrl"] == convert_url
    assert "idp-translation-for-review" not in html
    assert client.get(convert_url).status_code == 200


def test_report_offers_translate_only_to_those_allowed(client, home, rights, make_user):
    from django.contrib.auth.models import Group, Permission

    readers = Group.objects.create(name="Report readers")
    readers.permissions.add(Permission.objects.get(codename="access_admin"))
    login_with_mfa(client, make_user("reader", groups=["Report readers"]))
    html = client.get(reverse("translation_status_report") + "?locale=es").content.decode()
    assert "Know your rights" in html
    assert "submit_page_translation" not in html and "/localize/submit/" not in html
