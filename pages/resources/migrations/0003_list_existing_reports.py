# The reports published before the library existed appear in it at once (later ones are
# written when published, pages/resources/entries.py). Historical models only: the same
# values entries.py writes for a report.
from django.conf import settings
from django.db import migrations

REPORT_AUDIENCES = ("defense", "immigration", "advocates")


def list_reports(apps, schema_editor):
    ReportPage = apps.get_model("pages", "ReportPage")
    ReportTopic = apps.get_model("pages", "ReportTopic")
    LibraryEntry = apps.get_model("resources", "LibraryEntry")
    LibraryFacet = apps.get_model("resources", "LibraryFacet")
    topics = {}
    for page_id, slug in ReportTopic.objects.values_list("page_id", "topic__slug"):
        topics.setdefault(page_id, set()).add(slug)
    facets = []
    for report in ReportPage.objects.filter(live=True):
        languages = [settings.LANGUAGE_CODE] if report.report_file_id else []
        entry = LibraryEntry.objects.create(
            page_id=report.pk,
            locale_id=report.locale_id,
            resource_type="report",
            publication_date=report.publication_date,
            summary=report.search_description or report.summary,
            languages=",".join(languages),
        )
        facets += [LibraryFacet(entry=entry, name="audience", value=a) for a in REPORT_AUDIENCES]
        facets.append(LibraryFacet(entry=entry, name="type", value="report"))
        facets += [
            LibraryFacet(entry=entry, name="topic", value=s)
            for s in sorted(topics.get(report.pk, ()))
        ]
        facets += [LibraryFacet(entry=entry, name="language", value=c) for c in languages]
    LibraryFacet.objects.bulk_create(facets)


class Migration(migrations.Migration):
    dependencies = [("resources", "0002_resource_library")]
    operations = [migrations.RunPython(list_reports, migrations.RunPython.noop)]
