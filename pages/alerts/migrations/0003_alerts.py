"""Alerts, their archive, and the two-person review every alert goes through: a
"Two-person alert review" workflow whose one task the Moderators approve, never the
alert's own author (AlertPage.get_workflow finds it wherever the alert sits)."""

import django.db.models.deletion
import wagtail.fields
from django.conf import settings
from django.db import migrations, models

from pages.roles import MODERATORS

WORKFLOW = "Two-person alert review"
TASK = "Second person approves the alert"


def add_workflow(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    TwoPersonApprovalTask = apps.get_model("alerts", "TwoPersonApprovalTask")
    task_type, _ = ContentType.objects.get_or_create(
        app_label="alerts", model="twopersonapprovaltask"
    )
    task, _ = TwoPersonApprovalTask.objects.get_or_create(
        name=TASK, defaults={"content_type": task_type, "active": True}
    )
    moderators, _ = Group.objects.get_or_create(name=MODERATORS)
    task.groups.add(moderators)
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})


class Migration(migrations.Migration):
    dependencies = [
        ("alerts", "0002_press"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0098_apitoken"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.CreateModel(
            name="AlertIndexPage",
            fields=[
                (
                    "page_ptr",
                    models.OneToOneField(
                        auto_created=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        parent_link=True,
                        primary_key=True,
                        serialize=False,
                        to=settings.WAGTAIL_PAGE_MODEL,
                    ),
                ),
                ("intro", models.TextField(blank=True, help_text="A short lead paragraph.")),
            ],
            options={
                "verbose_name": "alert archive",
            },
            bases=("wagtailcore.page",),
        ),
        migrations.CreateModel(
            name="TwoPersonApprovalTask",
            fields=[
                (
                    "task_ptr",
                    models.OneToOneField(
                        auto_created=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        parent_link=True,
                        primary_key=True,
                        serialize=False,
                        to="wagtailcore.task",
                    ),
                ),
                (
                    "groups",
                    models.ManyToManyField(
                        help_text="Pages/snippets at this step in a workflow will be moderated or approved by these groups of users",
                        to="auth.group",
                        verbose_name="groups",
                    ),
                ),
            ],
            options={
                "verbose_name": "two-person approval task",
                "verbose_name_plural": "two-person approval tasks",
            },
            bases=("wagtailcore.task",),
        ),
        migrations.CreateModel(
            name="AlertPage",
            fields=[
                (
                    "page_ptr",
                    models.OneToOneField(
                        auto_created=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        parent_link=True,
                        primary_key=True,
                        serialize=False,
                        to=settings.WAGTAIL_PAGE_MODEL,
                    ),
                ),
                (
                    "severity",
                    models.CharField(
                        verbose_name="severity",
                        choices=[
                            ("urgent", "Urgent"),
                            ("important", "Important"),
                            ("update", "Update"),
                        ],
                        default="important",
                        help_text="Urgent: act today. Important: act soon. Update: news of an earlier alert.",
                        max_length=20,
                    ),
                ),
                (
                    "audience",
                    models.CharField(
                        verbose_name="audience",
                        choices=[
                            ("everyone", "Everyone"),
                            ("community", "Immigrants and their families"),
                            ("attorneys", "Defense and immigration attorneys"),
                            ("advocates", "Advocates and organizers"),
                        ],
                        default="everyone",
                        help_text="Who the alert is written for.",
                        max_length=20,
                    ),
                ),
                (
                    "languages",
                    models.CharField(
                        verbose_name="languages",
                        blank=True,
                        help_text="The languages the alert is available in, as readers should see them, e.g. “English, Español”.",
                        max_length=200,
                    ),
                ),
                (
                    "starts_at",
                    models.DateTimeField(
                        verbose_name="starts",
                        help_text="When the banner appears on every page (New York time).",
                    ),
                ),
                (
                    "expires_at",
                    models.DateTimeField(
                        verbose_name="expires",
                        help_text="When the alert stops being current (New York time): the banner disappears and the archive marks it “no longer current”.",
                    ),
                ),
                (
                    "source_name",
                    models.CharField(
                        help_text="The source the facts were checked against, e.g. a court memo or an agency notice.",
                        max_length=255,
                        verbose_name="verified against",
                    ),
                ),
                (
                    "source_url",
                    models.URLField(
                        help_text="Where readers can read the source.",
                        verbose_name="source address",
                    ),
                ),
                (
                    "source_checked_on",
                    models.DateField(
                        help_text="The day the source was last checked.",
                        verbose_name="date checked",
                    ),
                ),
                ("what_changed", wagtail.fields.RichTextField(verbose_name="what changed")),
                ("who_is_affected", wagtail.fields.RichTextField(verbose_name="who is affected")),
                ("what_to_do", wagtail.fields.RichTextField(verbose_name="what to do now")),
                ("what_not_to_do", wagtail.fields.RichTextField(verbose_name="what not to do")),
                (
                    "get_help",
                    wagtail.fields.RichTextField(
                        blank=True,
                        help_text="Other help, if any: the page always ends with the hotline.",
                        verbose_name="get help",
                    ),
                ),
                (
                    "supersedes",
                    models.ForeignKey(
                        verbose_name="replaces",
                        blank=True,
                        help_text="An earlier alert this one replaces: it is no longer current once this starts.",
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="superseded_by",
                        to="alerts.alertpage",
                    ),
                ),
            ],
            options={
                "verbose_name": "alert",
                "indexes": [
                    models.Index(fields=["starts_at", "expires_at"], name="alert_current_idx")
                ],
            },
            bases=("wagtailcore.page",),
        ),
        migrations.RunPython(add_workflow, migrations.RunPython.noop),
    ]
