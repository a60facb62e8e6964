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
        _relabel(apps, schema_editor, old_label, new_label, models)

    def backwards(apps, schema_editor):
        _relabel(apps, schema_editor, new_label, old_label, models)

    return migrations.RunPython(forwards, backwards)


def _relabel(apps, schema_editor, source, target, models):
    ContentType = apps.get_model("contenttypes", "ContentType")
    types = ContentType.objects.using(schema_editor.connection.alias)
    for model in models:
        if not types.filter(app_label=source, model=model).exists():
            continue  # a new database: the content type will be created under `target`
        # A partial `migrate` (one app back, another not yet) lets post_migrate create a
        # content type under the other label, with nothing but its own fresh
        # permissions: the original, and all that points at it, wins.
        duplicate = types.filter(app_label=target, model=model).values_list("pk", flat=True)
        for pk in duplicate:
            _drop_fresh_content_type(apps, schema_editor, pk)
        types.filter(app_label=source, model=model).update(app_label=target)
    ContentType.objects.clear_cache()


def _drop_fresh_content_type(apps, schema_editor, pk):
    db = schema_editor.connection.alias
    Permission = apps.get_model("auth", "Permission")
    fresh = Permission.objects.using(db).filter(content_type_id=pk)
    for model in apps.get_models():
        for field in model._meta.local_many_to_many:
            if field.remote_field.model is Permission:
                through = field.remote_field.through.objects.using(db)
                through.filter(permission__in=fresh).delete()
    fresh.delete()
    # Not through the ORM's collector: a content type has relations in every app,
    # which historical models cannot all follow. Nothing else points at a fresh one.
    table = apps.get_model("contenttypes", "ContentType")._meta.db_table
    schema_editor.execute(f"DELETE FROM {table} WHERE id = %s", [pk])  # noqa: S608
