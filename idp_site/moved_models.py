"""Moving models to another app label without touching their tables: the data half.

Django's way (SeparateDatabaseAndState) moves a model in the migration state only; its
table keeps its name through `Meta.db_table`. What still names the old app is the
content type. Renaming its `app_label` in place keeps its id, so everything that points
at it follows: Wagtail page rows, revisions, log entries, the reference index,
permissions and the groups that hold them.
"""

from django.db import migrations


def relabel_content_types(old_label, new_label, models):
    """A RunPython operation renaming `models`' content types from `old_label` to
    `new_label`, and back when the migration is reversed."""

    def forwards(apps, schema_editor):
        _relabel(apps, schema_editor.connection.alias, old_label, new_label, models)

    def backwards(apps, schema_editor):
        _relabel(apps, schema_editor.connection.alias, new_label, old_label, models)

    return migrations.RunPython(forwards, backwards)


def _relabel(apps, db, source, target, models):
    ContentType = apps.get_model("contenttypes", "ContentType")
    types = ContentType.objects.using(db)
    for model in models:
        if not types.filter(app_label=source, model=model).exists():
            continue  # a new database: the content type will be created under `target`
        # A `migrate` run backwards and forwards again leaves a content type that
        # post_migrate created for the other label, with nothing but its own fresh
        # permissions: the original (and what points at it) wins.
        types.filter(app_label=target, model=model).delete()
        types.filter(app_label=source, model=model).update(app_label=target)
    ContentType.objects.clear_cache()
