"""A half-translated page never goes live with its English unmarked, nor unawares.

Strings of a wagtail-localize translation that have no Spanish yet are published in
English (wagtail-localize writes the source text in their place): the Spanish page
marks them `lang="en"`. Staff are warned on every way such a translation goes live:
opening it in the editor (where it is published, or approved), and on the dashboard
above the "Awaiting your review" buttons."""

import re

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from pages.models import StandardPage
from pages.roles import MODERATORS
from pages.untranslated import mark_english
from tests.conftest import add_page, login_with_mfa
from tests.i18n.test_spanish_crawl import english_sentences, read_runs

pytestmark = pytest.mark.django_db

TRANSLATED = "Pena"  # only the title gets its Spanish
ENGLISH_INTRO = "The law also reaches sentences of one year imposed before it took effect."


@pytest.fixture
def half_translated(home, spanish):
    """A Spanish translation of a page with only its title translated, saved as a
    draft and waiting for review (as the "Submit for review" bar leaves it)."""
    page = add_page(
        home,
        StandardPage(
            title="Sentences",
            slug="sentences",
            intro=ENGLISH_INTRO,
            search_description="What the law says about older sentences.",
        ),
    )
    source, _ = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=spanish)
    segment = StringSegment.objects.get(source=source, string__data="Sentences")
    StringTranslation.objects.create(
        translation_of=segment.string, locale=spanish, context=segment.context, data=TRANSLATED
    )
    translation.save_target(publish=False)
    es_page = Page.objects.get(translation_key=page.translation_key, locale=spanish).specific
    return page, es_page


def test_a_half_translated_page_approved_marks_its_english(client, half_translated, make_user):
    _page, es_page = half_translated
    moderator = make_user("moderator", groups=[MODERATORS])
    es_page.get_workflow().start(es_page, moderator)
    es_page.refresh_from_db()
    # The dashboard's "Approve" (the workflow's approve action): the draft goes live.
    task_state = es_page.current_workflow_task_state
    task_state.task.specific.on_action(task_state, moderator, "approve")
    es_page = StandardPage.objects.get(pk=es_page.pk)
    assert es_page.live and es_page.title == TRANSLATED and es_page.intro == ENGLISH_INTRO

    html = client.get(es_page.url).content.decode()
    assert f'<span lang="en">{ENGLISH_INTRO}</span>' in html
    assert english_sentences(read_runs(html)) == []
    # The check the Spanish crawl makes fails on the same page left unmarked.
    unmarked = html.replace(f'<span lang="en">{ENGLISH_INTRO}</span>', ENGLISH_INTRO)
    assert english_sentences(read_runs(unmarked)) == [ENGLISH_INTRO]


def test_marking_touches_only_text_of_main():
    html = (
        '<head><meta name="description" content="Every case is different."></head>'
        "<main><p>Every case is different.</p><p>Cada caso es distinto.</p>"
        '<p>Ask <a href="/x">Immigrants\' lawyers</a></p></main>'
        "<footer>Every case is different.</footer>"
    )
    marked = mark_english(html, ["Every case is different.", "Immigrants' lawyers"])
    assert marked == (
        '<head><meta name="description" content="Every case is different."></head>'
        '<main><p><span lang="en">Every case is different.</span></p><p>Cada caso es '
        'distinto.</p><p>Ask <a href="/x"><span lang="en">Immigrants\' lawyers</span></a></p>'
        "</main><footer>Every case is different.</footer>"
    )


def test_the_editor_and_the_dashboard_warn_before_approval(client, half_translated, make_user):
    _page, es_page = half_translated
    moderator = make_user("moderator", groups=[MODERATORS])
    es_page.get_workflow().start(es_page, moderator)
    login_with_mfa(client, moderator)

    warning = re.compile(
        r"\d+ strings of the Spanish translation of “Pena” have no translation yet\. If it is "
        r"approved or published now, readers see them in English"
    )
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert warning.search(dashboard), "the dashboard warns above its approve buttons"
    assert "Translations awaiting review with strings in English" in dashboard

    editor = client.get(reverse("wagtailadmin_pages:edit", args=[es_page.pk]))
    assert warning.search(editor.content.decode()), "the editor warns"


def test_no_warning_once_every_string_is_translated(client, half_translated, make_user):
    _page, es_page = half_translated
    translation = Translation.objects.get(target_locale=es_page.locale)
    for segment in StringSegment.objects.filter(source=translation.source):
        StringTranslation.objects.get_or_create(
            translation_of=segment.string,
            locale=es_page.locale,
            context=segment.context,
            defaults={"data": "Texto en español."},
        )
    moderator = make_user("moderator", groups=[MODERATORS])
    es_page.get_workflow().start(es_page, moderator)
    login_with_mfa(client, moderator)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Translations awaiting review with strings in English" not in dashboard
