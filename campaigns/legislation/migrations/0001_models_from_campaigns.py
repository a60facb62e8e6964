"""Legislatures and bills move here from the "campaigns" app label (issue 34), in the state
only: their tables keep their names (Meta.db_table) and their content types are renamed,
so revisions, log entries, permissions and group permissions follow them. Campaigns'
0015 removes them from its own state and points its links at them here."""

import django.db.models.deletion
import django.utils.timezone
import modelcluster.fields
from django.db import migrations, models

from idp_site.moved_models import relabel_content_types

MODELS = [
    "jurisdiction",
    "legislativesession",
    "legislator",
    "bill",
    "sponsorship",
    "billaction",
    "billdocument",
    "billrelation",
    "billstatuschange",
]


class Migration(migrations.Migration):
    dependencies = [
        ("campaigns", "0014_block_library_merged"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="Bill",
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
                            "originating_chamber",
                            models.CharField(
                                choices=[("upper", "Upper chamber"), ("lower", "Lower chamber")],
                                help_text="Where the bill was introduced (in New York: Senate is upper).",
                                max_length=10,
                                verbose_name="originating chamber",
                            ),
                        ),
                        (
                            "base_print_number",
                            models.CharField(
                                help_text='The number without amendment letter, e.g. "S1825". Used in its address.',
                                max_length=20,
                            ),
                        ),
                        (
                            "print_number",
                            models.CharField(
                                help_text='The active version, e.g. "S1825A" after an amendment.',
                                max_length=20,
                                verbose_name="print number",
                            ),
                        ),
                        (
                            "title",
                            models.TextField(help_text="The official title.", verbose_name="title"),
                        ),
                        (
                            "nickname",
                            models.CharField(
                                blank=True,
                                help_text='What advocates call it, e.g. "One Day to Protect New Yorkers Act".',
                                max_length=200,
                            ),
                        ),
                        (
                            "summary",
                            models.TextField(
                                blank=True,
                                help_text="What the bill does, in plain words.",
                                verbose_name="summary",
                            ),
                        ),
                        (
                            "law_sections",
                            models.TextField(
                                blank=True,
                                help_text='Laws it amends, e.g. "Penal Law §70.15".',
                                verbose_name="law sections",
                            ),
                        ),
                        (
                            "official_url",
                            models.URLField(
                                blank=True,
                                help_text="The legislature's page for the bill.",
                                max_length=500,
                                verbose_name="official URL",
                            ),
                        ),
                        (
                            "stage",
                            models.CharField(
                                choices=[
                                    ("introduced", "Introduced"),
                                    ("first_committee", "In committee (first chamber)"),
                                    ("first_floor", "On the floor (first chamber)"),
                                    ("first_passed", "Passed the first chamber"),
                                    ("second_committee", "In committee (second chamber)"),
                                    ("second_floor", "On the floor (second chamber)"),
                                    ("second_passed", "Passed the second chamber"),
                                    ("delivered_to_executive", "Delivered to the executive"),
                                    ("signed", "Signed into law"),
                                    ("law_without_signature", "Became law without signature"),
                                    ("vetoed", "Vetoed"),
                                    ("veto_overridden", "Veto overridden"),
                                    ("died_in_committee", "Died in committee"),
                                    ("stricken", "Enacting clause stricken"),
                                    ("lost", "Lost a vote"),
                                    ("substituted", "Substituted by another bill"),
                                    ("enacted_via", "Enacted through another bill"),
                                    ("adopted", "Adopted (resolution)"),
                                    ("adopted_both", "Adopted by both chambers (resolution)"),
                                ],
                                default="introduced",
                                max_length=30,
                                verbose_name="stage",
                            ),
                        ),
                        (
                            "stage_date",
                            models.DateField(
                                blank=True,
                                help_text="When it reached that stage.",
                                null=True,
                                verbose_name="stage date",
                            ),
                        ),
                        (
                            "stage_committee",
                            models.CharField(
                                blank=True,
                                help_text='The committee while in committee, e.g. "Codes".',
                                max_length=120,
                                verbose_name="committee",
                            ),
                        ),
                        (
                            "source",
                            models.CharField(
                                choices=[("manual", "Entered by staff"), ("imported", "Imported")],
                                default="manual",
                                max_length=10,
                            ),
                        ),
                        (
                            "last_imported_at",
                            models.DateTimeField(
                                blank=True,
                                editable=False,
                                help_text="When an import last changed it.",
                                null=True,
                            ),
                        ),
                        ("updated_at", models.DateTimeField(auto_now=True)),
                        (
                            "imported_values",
                            models.JSONField(blank=True, default=dict, editable=False),
                        ),
                        (
                            "source_conflicts",
                            models.JSONField(
                                blank=True,
                                default=dict,
                                editable=False,
                                help_text="Fields staff set that the last import or sync would have changed.",
                                verbose_name="where the source disagrees with staff",
                            ),
                        ),
                        (
                            "last_synced_at",
                            models.DateTimeField(
                                blank=True, editable=False, null=True, verbose_name="last sync"
                            ),
                        ),
                        (
                            "last_sync_status",
                            models.CharField(
                                blank=True,
                                editable=False,
                                max_length=20,
                                verbose_name="last sync result",
                            ),
                        ),
                        (
                            "last_sync_error",
                            models.TextField(
                                blank=True, editable=False, verbose_name="last sync error"
                            ),
                        ),
                        (
                            "locked_fields",
                            models.JSONField(
                                blank=True,
                                default=list,
                                help_text="Imported fields staff changed; imports leave them as staff set them.",
                            ),
                        ),
                        (
                            "latest_revision",
                            models.ForeignKey(
                                blank=True,
                                editable=False,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to="wagtailcore.revision",
                                verbose_name="latest revision",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "bill",
                        "db_table": "campaigns_bill",
                        "ordering": ["-session__identifier", "base_print_number"],
                    },
                ),
                migrations.CreateModel(
                    name="BillAction",
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
                        ("sort_order", models.IntegerField(blank=True, editable=False, null=True)),
                        ("date", models.DateField()),
                        (
                            "chamber",
                            models.CharField(
                                choices=[
                                    ("upper", "Upper chamber"),
                                    ("lower", "Lower chamber"),
                                    ("executive", "Executive"),
                                ],
                                max_length=10,
                            ),
                        ),
                        (
                            "text",
                            models.CharField(help_text='e.g. "REFERRED TO CODES".', max_length=500),
                        ),
                        (
                            "classification",
                            models.CharField(
                                blank=True,
                                choices=[
                                    ("introduction", "introduction"),
                                    ("filing", "filing"),
                                    ("reading-1", "reading-1"),
                                    ("reading-2", "reading-2"),
                                    ("reading-3", "reading-3"),
                                    ("referral", "referral"),
                                    ("referral-committee", "referral-committee"),
                                    ("committee-passage", "committee-passage"),
                                    ("committee-passage-favorable", "committee-passage-favorable"),
                                    (
                                        "committee-passage-unfavorable",
                                        "committee-passage-unfavorable",
                                    ),
                                    ("committee-failure", "committee-failure"),
                                    ("passage", "passage"),
                                    ("failure", "failure"),
                                    ("withdrawal", "withdrawal"),
                                    ("substitution", "substitution"),
                                    ("amendment-introduction", "amendment-introduction"),
                                    ("amendment-passage", "amendment-passage"),
                                    ("amendment-withdrawal", "amendment-withdrawal"),
                                    ("amendment-failure", "amendment-failure"),
                                    ("amendment-amended", "amendment-amended"),
                                    ("amendment-deferral", "amendment-deferral"),
                                    ("executive-receipt", "executive-receipt"),
                                    ("executive-signature", "executive-signature"),
                                    ("executive-veto", "executive-veto"),
                                    ("executive-veto-line-item", "executive-veto-line-item"),
                                    ("became-law", "became-law"),
                                    ("veto-override-passage", "veto-override-passage"),
                                    ("veto-override-failure", "veto-override-failure"),
                                    ("deferral", "deferral"),
                                    ("receipt", "receipt"),
                                ],
                                help_text="Open States' name for the kind of action.",
                                max_length=40,
                            ),
                        ),
                        (
                            "bill",
                            modelcluster.fields.ParentalKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="actions",
                                to="legislation.bill",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "action",
                        "db_table": "campaigns_billaction",
                        "ordering": ["sort_order"],
                        "abstract": False,
                    },
                ),
                migrations.CreateModel(
                    name="BillDocument",
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
                        ("sort_order", models.IntegerField(blank=True, editable=False, null=True)),
                        (
                            "kind",
                            models.CharField(
                                choices=[
                                    ("version", "Version of the text"),
                                    ("document", "Document"),
                                ],
                                default="version",
                                max_length=10,
                            ),
                        ),
                        (
                            "note",
                            models.CharField(
                                help_text='e.g. "S1825A" or "Sponsor memo".', max_length=200
                            ),
                        ),
                        ("date", models.DateField(blank=True, null=True)),
                        ("url", models.URLField(max_length=500)),
                        (
                            "media_type",
                            models.CharField(
                                blank=True, help_text='e.g. "application/pdf".', max_length=60
                            ),
                        ),
                        (
                            "bill",
                            modelcluster.fields.ParentalKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="documents",
                                to="legislation.bill",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "version or document",
                        "db_table": "campaigns_billdocument",
                        "ordering": ["sort_order"],
                        "abstract": False,
                    },
                ),
                migrations.CreateModel(
                    name="BillRelation",
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
                        ("sort_order", models.IntegerField(blank=True, editable=False, null=True)),
                        (
                            "relation_type",
                            models.CharField(
                                choices=[
                                    ("companion", "Companion (in the other chamber)"),
                                    ("same_as", "Same as"),
                                    ("prior_session", "Earlier version (prior session)"),
                                    ("substituted_by", "Substituted by"),
                                    ("enacted_via", "Enacted via"),
                                ],
                                max_length=20,
                            ),
                        ),
                        (
                            "related_session",
                            models.CharField(blank=True, help_text='"2019-2020".', max_length=40),
                        ),
                        (
                            "related_print_number",
                            models.CharField(blank=True, help_text='"A4469".', max_length=20),
                        ),
                        (
                            "note",
                            models.CharField(
                                blank=True,
                                help_text='Explains the link, e.g. "FY2020 budget, Part OO".',
                                max_length=300,
                            ),
                        ),
                        (
                            "source",
                            models.CharField(
                                choices=[("manual", "Entered by staff"), ("imported", "Imported")],
                                default="manual",
                                max_length=10,
                            ),
                        ),
                        (
                            "bill",
                            modelcluster.fields.ParentalKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="relations",
                                to="legislation.bill",
                            ),
                        ),
                        (
                            "related_bill",
                            models.ForeignKey(
                                blank=True,
                                help_text="Choose the bill if it is here; otherwise type its session and number.",
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="reverse_relations",
                                to="legislation.bill",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "related bill",
                        "db_table": "campaigns_billrelation",
                        "ordering": ["sort_order"],
                        "abstract": False,
                    },
                ),
                migrations.CreateModel(
                    name="Jurisdiction",
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
                        ("name", models.CharField(help_text='e.g. "New York".', max_length=100)),
                        (
                            "code",
                            models.SlugField(
                                help_text='A short code used in bill addresses and by importers, e.g. "ny".',
                                max_length=20,
                                unique=True,
                            ),
                        ),
                        ("upper_chamber_name", models.CharField(default="Senate", max_length=60)),
                        ("lower_chamber_name", models.CharField(default="Assembly", max_length=60)),
                        (
                            "executive_name",
                            models.CharField(
                                default="Governor",
                                help_text="Who signs or vetoes bills.",
                                max_length=60,
                            ),
                        ),
                        (
                            "number_style",
                            models.CharField(
                                choices=[("ny", '"S.1825-A" (New York)'), ("spaced", '"HB 22"')],
                                default="ny",
                                help_text="How the legislature writes its bill numbers.",
                                max_length=10,
                            ),
                        ),
                        (
                            "latest_revision",
                            models.ForeignKey(
                                blank=True,
                                editable=False,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to="wagtailcore.revision",
                                verbose_name="latest revision",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "jurisdiction",
                        "db_table": "campaigns_jurisdiction",
                        "ordering": ["name"],
                    },
                ),
                migrations.CreateModel(
                    name="LegislativeSession",
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
                            "identifier",
                            models.CharField(
                                help_text='As the legislature and Open States write it, e.g. "2019-2020".',
                                max_length=40,
                            ),
                        ),
                        (
                            "name",
                            models.CharField(
                                blank=True, help_text="Optional display name.", max_length=100
                            ),
                        ),
                        ("start_date", models.DateField(blank=True, null=True)),
                        (
                            "end_date",
                            models.DateField(
                                blank=True,
                                help_text="After this date, bills still pending are shown as ended with the session.",
                                null=True,
                            ),
                        ),
                        (
                            "jurisdiction",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="sessions",
                                to="legislation.jurisdiction",
                            ),
                        ),
                        (
                            "latest_revision",
                            models.ForeignKey(
                                blank=True,
                                editable=False,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to="wagtailcore.revision",
                                verbose_name="latest revision",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "legislative session",
                        "db_table": "campaigns_legislativesession",
                        "ordering": ["jurisdiction__name", "-identifier"],
                    },
                ),
                migrations.AddField(
                    model_name="bill",
                    name="session",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="bills",
                        to="legislation.legislativesession",
                    ),
                ),
                migrations.CreateModel(
                    name="Legislator",
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
                            "name",
                            models.CharField(
                                help_text='Full name, e.g. "Jessica Ramos".', max_length=200
                            ),
                        ),
                        (
                            "short_name",
                            models.CharField(
                                blank=True,
                                help_text='The name the legislature uses in its data, e.g. "RAMOS". Importers use it to link sponsorships to this person.',
                                max_length=100,
                            ),
                        ),
                        (
                            "chamber",
                            models.CharField(
                                choices=[("upper", "Upper chamber"), ("lower", "Lower chamber")],
                                max_length=10,
                            ),
                        ),
                        (
                            "district",
                            models.CharField(blank=True, help_text='e.g. "13".', max_length=20),
                        ),
                        (
                            "party",
                            models.CharField(
                                blank=True, help_text='e.g. "Democrat".', max_length=40
                            ),
                        ),
                        (
                            "url",
                            models.URLField(
                                blank=True, help_text="The legislator's official page."
                            ),
                        ),
                        (
                            "grammatical_gender",
                            models.CharField(
                                blank=True,
                                choices=[("feminine", "Feminine"), ("masculine", "Masculine")],
                                help_text='How languages that mark gender write this person\'s title ("senadora" or "senador" in Spanish), as the legislator presents themself. Blank: the title is written without gender ("Sen."). Legislatures\' data does not say it.',
                                max_length=10,
                            ),
                        ),
                        (
                            "openleg_member_id",
                            models.CharField(
                                blank=True,
                                db_index=True,
                                help_text="Open Legislation's memberId; importers match sponsors on it.",
                                max_length=20,
                                verbose_name="Open Legislation member id",
                            ),
                        ),
                        (
                            "openstates_person_id",
                            models.CharField(
                                blank=True,
                                db_index=True,
                                help_text='e.g. "ocd-person/…"; importers match sponsors on it.',
                                max_length=80,
                                verbose_name="Open States person id",
                            ),
                        ),
                        (
                            "jurisdiction",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="legislators",
                                to="legislation.jurisdiction",
                            ),
                        ),
                        (
                            "latest_revision",
                            models.ForeignKey(
                                blank=True,
                                editable=False,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to="wagtailcore.revision",
                                verbose_name="latest revision",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "legislator",
                        "db_table": "campaigns_legislator",
                        "ordering": ["name"],
                    },
                ),
                migrations.CreateModel(
                    name="Sponsorship",
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
                        ("sort_order", models.IntegerField(blank=True, editable=False, null=True)),
                        (
                            "name",
                            models.CharField(
                                blank=True, help_text="As the source writes it.", max_length=200
                            ),
                        ),
                        (
                            "classification",
                            models.CharField(
                                choices=[
                                    ("primary", "Primary sponsor"),
                                    ("cosponsor", "Co-sponsor"),
                                ],
                                default="primary",
                                max_length=20,
                            ),
                        ),
                        (
                            "bill",
                            modelcluster.fields.ParentalKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="sponsorships",
                                to="legislation.bill",
                            ),
                        ),
                        (
                            "legislator",
                            models.ForeignKey(
                                blank=True,
                                help_text="Choose a legislator, or type a name below.",
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="sponsorships",
                                to="legislation.legislator",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "sponsorship",
                        "db_table": "campaigns_sponsorship",
                        "ordering": ["sort_order"],
                        "abstract": False,
                    },
                ),
                migrations.CreateModel(
                    name="BillStatusChange",
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
                            "stage",
                            models.CharField(
                                choices=[
                                    ("introduced", "Introduced"),
                                    ("first_committee", "In committee (first chamber)"),
                                    ("first_floor", "On the floor (first chamber)"),
                                    ("first_passed", "Passed the first chamber"),
                                    ("second_committee", "In committee (second chamber)"),
                                    ("second_floor", "On the floor (second chamber)"),
                                    ("second_passed", "Passed the second chamber"),
                                    ("delivered_to_executive", "Delivered to the executive"),
                                    ("signed", "Signed into law"),
                                    ("law_without_signature", "Became law without signature"),
                                    ("vetoed", "Vetoed"),
                                    ("veto_overridden", "Veto overridden"),
                                    ("died_in_committee", "Died in committee"),
                                    ("stricken", "Enacting clause stricken"),
                                    ("lost", "Lost a vote"),
                                    ("substituted", "Substituted by another bill"),
                                    ("enacted_via", "Enacted through another bill"),
                                    ("adopted", "Adopted (resolution)"),
                                    ("adopted_both", "Adopted by both chambers (resolution)"),
                                ],
                                max_length=30,
                            ),
                        ),
                        ("date", models.DateField(blank=True, null=True)),
                        ("committee", models.CharField(blank=True, max_length=120)),
                        ("description", models.CharField(blank=True, max_length=500)),
                        ("recorded_at", models.DateTimeField(default=django.utils.timezone.now)),
                        (
                            "bill",
                            modelcluster.fields.ParentalKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="status_changes",
                                to="legislation.bill",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "status change",
                        "db_table": "campaigns_billstatuschange",
                        "ordering": ["-date", "-pk"],
                        "constraints": [
                            models.UniqueConstraint(
                                fields=("bill", "stage", "date", "committee"),
                                name="unique_status_change",
                            )
                        ],
                    },
                ),
                migrations.AddConstraint(
                    model_name="legislativesession",
                    constraint=models.UniqueConstraint(
                        fields=("jurisdiction", "identifier"),
                        name="unique_session_per_jurisdiction",
                    ),
                ),
                migrations.AddConstraint(
                    model_name="bill",
                    constraint=models.UniqueConstraint(
                        fields=("session", "base_print_number"), name="unique_bill_per_session"
                    ),
                ),
            ],
        ),
        relabel_content_types("campaigns", "legislation", MODELS),
    ]
