"""The intake's models move here from the "pages" app label (issue 34), in the state only:
their tables keep their names (Meta.db_table) and their content types are renamed, so
pages, revisions, log entries, permissions and group permissions follow them. Pages'
0027 removes them from its own state."""

import uuid

import django.db.models.deletion
import django.utils.timezone
import wagtail.contrib.routable_page.models
import wagtail.fields
from django.conf import settings
from django.db import migrations, models
from django.db.models import Value
from django.db.models.functions import Replace

import pages.intake.encryption
from idp_site.moved_models import relabel_content_types

MODELS = [
    "legalhelppage",
    "attorneyhelppage",
    "intakerequest",
    "attorneyquestion",
    "intakeauditentry",
]
RECORDS = ["intakerequest", "attorneyquestion"]


def _swap_refs(apps, old, new):
    # A staff notification names its record "<app label>.<model>:<pk>" (notifications.
    # ref_for); the intake list marks a record whose mail is still waiting by this ref.
    Notification = apps.get_model("pages", "Notification")
    for model in RECORDS:
        prefix, target = f"{old}.{model}:", f"{new}.{model}:"
        Notification.objects.filter(ref__startswith=prefix).update(
            ref=Replace("ref", Value(prefix), Value(target))
        )


def relabel_notification_refs(apps, schema_editor):
    _swap_refs(apps, "pages", "intake")


def unrelabel_notification_refs(apps, schema_editor):
    _swap_refs(apps, "intake", "pages")


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0026_menu_links_to_site_addresses"),
        ("wagtailcore", "0098_apitoken"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="AttorneyHelpPage",
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
                            "next_steps",
                            wagtail.fields.RichTextField(
                                blank=True,
                                help_text="Shown on the confirmation page: what happens next.",
                            ),
                        ),
                        (
                            "intro",
                            wagtail.fields.RichTextField(
                                help_text="What attorneys can ask and how quickly they can expect an answer."
                            ),
                        ),
                        (
                            "hotline_text",
                            models.TextField(
                                blank=True,
                                help_text="How attorneys can call instead. The number and its hours come from the Help line: do not type them here.",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "attorney help page",
                        "db_table": "pages_attorneyhelppage",
                    },
                    bases=(
                        wagtail.contrib.routable_page.models.RoutablePageMixin,
                        "wagtailcore.page",
                    ),
                ),
                migrations.CreateModel(
                    name="LegalHelpPage",
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
                            "next_steps",
                            wagtail.fields.RichTextField(
                                blank=True,
                                help_text="Shown on the confirmation page: what happens next.",
                            ),
                        ),
                        (
                            "intro",
                            wagtail.fields.RichTextField(
                                help_text="Who this form is for and what happens after it is sent."
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "legal help page",
                        "db_table": "pages_legalhelppage",
                    },
                    bases=(
                        wagtail.contrib.routable_page.models.RoutablePageMixin,
                        "wagtailcore.page",
                    ),
                ),
                migrations.CreateModel(
                    name="AttorneyQuestion",
                    fields=[
                        (
                            "submission_token",
                            models.CharField(editable=False, max_length=64, unique=True),
                        ),
                        (
                            "id",
                            models.UUIDField(
                                default=uuid.uuid4,
                                editable=False,
                                primary_key=True,
                                serialize=False,
                            ),
                        ),
                        (
                            "created_at",
                            models.DateTimeField(
                                db_index=True, default=django.utils.timezone.now, editable=False
                            ),
                        ),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("new", "New"),
                                    ("contacted", "Contacted"),
                                    ("referred", "Referred"),
                                    ("closed", "Closed"),
                                    ("spam", "Suspected spam"),
                                ],
                                db_index=True,
                                default="new",
                                max_length=20,
                            ),
                        ),
                        (
                            "status_changed_at",
                            models.DateTimeField(
                                default=django.utils.timezone.now,
                                help_text="When the status last changed; retention counts from here.",
                            ),
                        ),
                        (
                            "spam_reasons",
                            models.CharField(
                                blank=True,
                                help_text="Why it was flagged as suspected spam (honeypot, too_fast).",
                                max_length=100,
                            ),
                        ),
                        ("name", pages.intake.encryption.EncryptedTextField(max_length=150)),
                        (
                            "organization",
                            pages.intake.encryption.EncryptedTextField(
                                help_text="Office or organization.", max_length=200
                            ),
                        ),
                        (
                            "phone",
                            pages.intake.encryption.EncryptedTextField(blank=True, max_length=30),
                        ),
                        (
                            "email",
                            pages.intake.encryption.EncryptedTextField(blank=True, max_length=254),
                        ),
                        ("question", pages.intake.encryption.EncryptedTextField(max_length=2000)),
                        ("acknowledged", models.BooleanField(default=False)),
                        (
                            "assignee",
                            models.ForeignKey(
                                blank=True,
                                help_text="The Intake team member following this up.",
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "attorney question",
                        "verbose_name_plural": "attorney questions",
                        "db_table": "pages_attorneyquestion",
                        "ordering": ["-created_at"],
                        "abstract": False,
                    },
                ),
                migrations.CreateModel(
                    name="IntakeAuditEntry",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        (
                            "at",
                            models.DateTimeField(db_index=True, default=django.utils.timezone.now),
                        ),
                        (
                            "username",
                            models.CharField(
                                blank=True, help_text="Kept if the user goes.", max_length=150
                            ),
                        ),
                        (
                            "action",
                            models.CharField(
                                choices=[
                                    ("list", "Listed"),
                                    ("view", "Viewed"),
                                    ("change", "Changed"),
                                    ("export", "Exported"),
                                    ("delete", "Deleted"),
                                    ("purge", "Deleted by retention"),
                                    ("denied", "Refused access"),
                                    ("joined", "Added to the Intake group"),
                                    ("left", "Removed from the Intake group"),
                                ],
                                max_length=10,
                            ),
                        ),
                        ("record_kind", models.CharField(blank=True, max_length=20)),
                        ("record_id", models.UUIDField(blank=True, db_index=True, null=True)),
                        (
                            "member",
                            models.CharField(
                                blank=True,
                                help_text="Whose Intake group membership changed.",
                                max_length=150,
                            ),
                        ),
                        (
                            "user",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "intake audit entry",
                        "verbose_name_plural": "intake audit entries",
                        "db_table": "pages_intakeauditentry",
                        "ordering": ["-at"],
                    },
                ),
                migrations.CreateModel(
                    name="IntakeRequest",
                    fields=[
                        (
                            "submission_token",
                            models.CharField(editable=False, max_length=64, unique=True),
                        ),
                        (
                            "id",
                            models.UUIDField(
                                default=uuid.uuid4,
                                editable=False,
                                primary_key=True,
                                serialize=False,
                            ),
                        ),
                        (
                            "created_at",
                            models.DateTimeField(
                                db_index=True, default=django.utils.timezone.now, editable=False
                            ),
                        ),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("new", "New"),
                                    ("contacted", "Contacted"),
                                    ("referred", "Referred"),
                                    ("closed", "Closed"),
                                    ("spam", "Suspected spam"),
                                ],
                                db_index=True,
                                default="new",
                                max_length=20,
                            ),
                        ),
                        (
                            "status_changed_at",
                            models.DateTimeField(
                                default=django.utils.timezone.now,
                                help_text="When the status last changed; retention counts from here.",
                            ),
                        ),
                        (
                            "spam_reasons",
                            models.CharField(
                                blank=True,
                                help_text="Why it was flagged as suspected spam (honeypot, too_fast).",
                                max_length=100,
                            ),
                        ),
                        (
                            "name",
                            pages.intake.encryption.EncryptedTextField(
                                blank=True,
                                help_text="A name to use; a nickname is fine.",
                                max_length=100,
                            ),
                        ),
                        (
                            "phone",
                            pages.intake.encryption.EncryptedTextField(blank=True, max_length=30),
                        ),
                        (
                            "email",
                            pages.intake.encryption.EncryptedTextField(blank=True, max_length=254),
                        ),
                        (
                            "safe_to_leave_message",
                            models.CharField(
                                choices=[
                                    ("yes", "Yes, a voicemail or text message is safe"),
                                    ("no", "No, do not leave a voicemail or send a text"),
                                ],
                                default="no",
                                max_length=10,
                            ),
                        ),
                        (
                            "best_times",
                            pages.intake.encryption.EncryptedTextField(
                                blank=True, help_text="Best times to call.", max_length=200
                            ),
                        ),
                        (
                            "language",
                            models.CharField(
                                choices=[
                                    ("en", "English"),
                                    ("es", "Español"),
                                    ("ht", "Kreyòl ayisyen"),
                                    ("fr", "Français"),
                                    ("zh", "中文"),
                                    ("bn", "বাংলা"),
                                    ("ar", "العربية"),
                                    ("ru", "Русский"),
                                    ("other", "Another language"),
                                ],
                                db_index=True,
                                default="en",
                                max_length=10,
                            ),
                        ),
                        (
                            "language_other",
                            pages.intake.encryption.EncryptedTextField(
                                blank=True, help_text="When another language.", max_length=60
                            ),
                        ),
                        (
                            "who_needs_help",
                            models.CharField(
                                choices=[
                                    ("self", "Me"),
                                    ("family_friend", "A family member or friend"),
                                    ("attorney", "I am an attorney asking about a client"),
                                ],
                                max_length=20,
                            ),
                        ),
                        (
                            "urgency",
                            models.CharField(
                                choices=[
                                    ("detained", "Someone is detained now"),
                                    ("court_soon", "A court date within 14 days"),
                                    ("other", "Something else"),
                                ],
                                db_index=True,
                                max_length=20,
                            ),
                        ),
                        (
                            "message",
                            pages.intake.encryption.EncryptedTextField(blank=True, max_length=1000),
                        ),
                        (
                            "acknowledged",
                            models.BooleanField(
                                default=False,
                                help_text="The person ticked the notice about how the form is used.",
                            ),
                        ),
                        (
                            "assignee",
                            models.ForeignKey(
                                blank=True,
                                help_text="The Intake team member following this up.",
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "legal-help request",
                        "verbose_name_plural": "legal-help requests",
                        "db_table": "pages_intakerequest",
                        "ordering": ["-created_at"],
                        "abstract": False,
                    },
                ),
            ],
        ),
        relabel_content_types("pages", "intake", MODELS),
        migrations.RunPython(relabel_notification_refs, unrelabel_notification_refs),
    ]
