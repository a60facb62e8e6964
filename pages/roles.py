"""Staff roles, shared by data migrations: who may do what in the admin.

Functions take the migration's `apps` registry so they can run inside migrations.
"""

COMMUNICATIONS = "Communications"
MODERATORS = "Moderators"
#: Reads, triages and deletes legal-help records; nobody else may (see pages/intake/views.py).
INTAKE = "Intake"
REVIEW_WORKFLOW = "Review before publish"


def ensure_permissions(apps):
    """Create model permissions now: Django normally adds them after all migrations.

    They are made for the models of the migration's state (`apps`), under the labels
    they had then: a model that later moved to another app (intake, legislation) gets
    its permissions here under its old label, and the move carries them over."""
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None


def grant_model_permissions(apps, group_name, model_labels, actions=("add", "change", "delete")):
    """Give a group Django model permissions, e.g. on snippets: ["pages.topic"]."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=group_name)
    for label in model_labels:
        app_label, model = label.split(".")
        for action in actions:
            codename = f"{action}_{model}"
            perm = Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).first()
            if perm:
                group.permissions.add(perm)
    return group
