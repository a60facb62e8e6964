"""Translating the demo's pages the way editors do: through wagtail-localize.

Each English page is submitted for translation (a `TranslationSource` and a
`Translation`), every string segment gets its translation from a plain dict (English
source text -> translated text, see `translations_es.py`), every page chosen in the
source (a campaign's resources, its call to action, a story's program area) is
pointed at that page's translation with a `SegmentOverride`, and wagtail-localize
writes and publishes the translated page. Adding a translation for new English text
is one more dict entry, no code.

Idempotent like `upsert_page`: a page is written again only when its source, one of
its strings or one of its page choices changed.
"""

import json
from dataclasses import dataclass, field

from django.db import models
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationLog,
    TranslationSource,
)

from campaigns.models import BillPlainSummary, Legislator
from idp_site.devtools.demo.bill_summaries import BILL_SUMMARIES_ES, ensure_plain_summaries
from idp_site.devtools.demo.library import spanish_library
from idp_site.devtools.demo.translations_es import SPANISH
from idp_site.devtools.demo.translations_es_alerts import ALERTS_ES
from idp_site.devtools.demo.translations_es_cards import CARDS_ES
from idp_site.devtools.demo.translations_es_library import LIBRARY_ES
from pages.models import HomePage, Partner, Topic
from pages.resources.cards import KnowYourRightsCard


@dataclass
class Report:
    """What one run did: pages written, and English text with no translation."""

    written: list = field(default_factory=list)
    missing: dict = field(default_factory=dict)  # page url_path -> [English text]


def _points_to_page(instance, field_path):
    """Whether an overridable segment (by its field path, e.g. `resources.statement.page`
    or `action_page`) holds a page: a page chooser block or a foreign key to a page."""
    name, *rest = field_path.split(".")
    model_field = instance._meta.get_field(name)
    if isinstance(model_field, models.ForeignKey):
        return not rest and issubclass(model_field.related_model, Page)
    if not isinstance(model_field, StreamField):
        return False
    block = model_field.stream_block
    for part in rest:
        children = getattr(block, "child_blocks", None)
        if isinstance(block, blocks.ListBlock):
            block = block.child_block
            children = getattr(block, "child_blocks", None)
        if not children or part not in children:
            return False
        block = children[part]
    return isinstance(block, blocks.PageChooserBlock)


def _set(model, lookup, data_field, value):
    """Create or update one row; True when something was written."""
    row = model.objects.filter(**lookup).first()
    if row is None:
        model.objects.create(**lookup, **{data_field: value})
        return True
    if getattr(row, data_field) != value:
        setattr(row, data_field, value)
        row.save()
        return True
    return False


def translate_strings(source, locale, strings):
    """Give every string segment its translation; returns (changed, missing)."""
    changed, missing = False, []
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments.order_by("order"):
        text = strings.get(segment.string.data)
        if text is None:
            missing.append(segment.string.data)
            continue
        lookup = {"translation_of": segment.string, "locale": locale, "context": segment.context}
        changed |= _set(StringTranslation, lookup, "data", text)
    return changed, missing


def _point_pages_at_translations(source, instance, locale):
    """Override each chosen page with its translation, where one exists."""
    changed = False
    segments = OverridableSegment.objects.filter(source=source).select_related("context")
    for segment in segments:
        if not _points_to_page(instance, segment.context.field_path):
            continue
        chosen = Page.objects.filter(pk=segment.data).first()
        target = chosen and chosen.get_translation_or_none(locale)
        if target is not None:
            lookup = {"locale": locale, "context": segment.context}
            changed |= _set(SegmentOverride, lookup, "data_json", json.dumps(target.pk))
    return changed


def translate_page(page, language_code, strings, report):
    """Translate `page` (a source-language page) into `language_code` from `strings`.
    Pages with text missing from `strings` are left as they are and listed in
    `report.missing`, so the demo never publishes a half-translated page."""
    locale = Locale.objects.get(language_code=language_code)
    page = page.specific
    source, _created = TranslationSource.update_or_create_from_instance(page)
    translation, created = Translation.objects.get_or_create(source=source, target_locale=locale)
    changed, missing = translate_strings(source, locale, strings)
    if missing:
        report.missing[page.url_path] = missing
        return None
    parent = page.get_parent()
    if not parent.is_root() and parent.get_translation_or_none(locale) is None:
        # Its parent stays in English (listed above): wagtail cannot place a translation.
        return None
    changed |= _point_pages_at_translations(source, page, locale)
    existing = page.get_translation_or_none(locale)
    last = TranslationLog.objects.filter(source=source, locale=locale).order_by("-pk").first()
    stale = last is None or last.created_at < source.last_updated_at
    if not (created or changed or stale or existing is None or not existing.live):
        return existing
    # As the editor's "Publish" does, without waiting for the transaction to commit.
    target, _new = source.create_or_update_translation(locale, publish=False)
    target.get_latest_revision().publish()
    report.written.append(target.url_path)
    return target


def translate_tree(root, language_code, strings):
    """Translate `root` and every live page below it, parents first. Run twice: the
    second pass points page choices at translations the first pass made (a campaign
    chooses its statement, which is its own child)."""
    report = Report()
    pages = Page.objects.filter(path__startswith=root.path, live=True, alias_of__isnull=True)
    for _pass in range(2):
        for page in pages.order_by("path"):
            translate_page(page, language_code, strings, report)
    return report


def translate_snippets(model, language_code, strings, report):
    """Translate every `model` snippet (topics, partners) of the default language into
    `language_code` from `strings`, as an editor does with wagtail-localize's "Translate"
    action. A snippet with text missing from `strings` stays untranslated (listed)."""
    locale = Locale.objects.get(language_code=language_code)
    for snippet in model.objects.filter(locale__language_code="en").order_by("pk"):
        source, _created = TranslationSource.update_or_create_from_instance(snippet)
        translation, created = Translation.objects.get_or_create(
            source=source, target_locale=locale
        )
        changed, missing = translate_strings(source, locale, strings)
        if missing:
            report.missing[f"{model._meta.model_name} {snippet.pk}"] = missing
            continue
        if created or changed or not snippet.has_translation(locale):
            source.create_or_update_translation(locale)
            report.written.append(f"{model._meta.model_name} {snippet.pk}")


#: The grammatical gender of the demo's legislators, for their Spanish titles
#: ("senadora Jessica Ramos"): the legislature's data does not give it.
LEGISLATOR_GENDERS = {
    "Jessica Ramos": "feminine",
    "Marisol Alcantara": "feminine",
    "Marcos A. Crespo": "masculine",
}


def set_legislator_genders():
    for name, gender in LEGISLATOR_GENDERS.items():
        Legislator.objects.filter(name=name).exclude(grammatical_gender=gender).update(
            grammatical_gender=gender
        )


def load(command):
    """The Spanish edition of the demo: the topics and partners, then every English
    page, from `translations_es` and `translations_es_library`."""
    home = HomePage.objects.filter(locale__language_code="en").first()
    if home is None:
        return
    set_legislator_genders()
    ensure_plain_summaries()
    library = Report()
    for model in (Topic, Partner, BillPlainSummary, KnowYourRightsCard):
        translate_snippets(model, "es", {**LIBRARY_ES, **BILL_SUMMARIES_ES, **CARDS_ES}, library)
    command.stdout.write(
        f"translations: {len(library.written)} topics, partners and bill summaries written"
    )
    for name, texts in library.missing.items():
        command.stdout.write(f"translations: {name} stays in English, no Spanish for {texts!r}")
    report = translate_tree(home, "es", {**SPANISH, **spanish_library(), **CARDS_ES, **ALERTS_ES})
    command.stdout.write(f"translations: {len(report.written)} Spanish pages written")
    for url_path, texts in report.missing.items():
        command.stdout.write(f"translations: {url_path} stays in English, no Spanish for:")
        for text in texts:
            command.stdout.write(f"    {text!r}")
