"""Legislatures and bills now live under the "legislation" app label (legislation's 0001):
campaigns' links to bills point there and the models leave campaigns' state. Tables and
foreign keys in the database stay as they are."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("campaigns", "0014_block_library_merged"),
        ("legislation", "0001_models_from_campaigns"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(
                    model_name="bill",
                    name="latest_revision",
                ),
                migrations.RemoveField(
                    model_name="bill",
                    name="session",
                ),
                migrations.AlterField(
                    model_name="campaignbill",
                    name="bill",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="campaign_links",
                        to="legislation.bill",
                    ),
                ),
                migrations.RemoveField(
                    model_name="billaction",
                    name="bill",
                ),
                migrations.RemoveField(
                    model_name="billrelation",
                    name="related_bill",
                ),
                migrations.AlterField(
                    model_name="billplainsummary",
                    name="bill",
                    field=models.ForeignKey(
                        help_text="The bill this explains; its translations explain the same bill.",
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="plain_summaries",
                        to="legislation.bill",
                    ),
                ),
                migrations.RemoveField(
                    model_name="billrelation",
                    name="bill",
                ),
                migrations.RemoveField(
                    model_name="billdocument",
                    name="bill",
                ),
                migrations.RemoveField(
                    model_name="sponsorship",
                    name="bill",
                ),
                migrations.RemoveField(
                    model_name="jurisdiction",
                    name="latest_revision",
                ),
                migrations.RemoveField(
                    model_name="legislativesession",
                    name="jurisdiction",
                ),
                migrations.RemoveField(
                    model_name="legislator",
                    name="jurisdiction",
                ),
                migrations.RemoveField(
                    model_name="legislativesession",
                    name="latest_revision",
                ),
                migrations.RemoveField(
                    model_name="legislator",
                    name="latest_revision",
                ),
                migrations.RemoveField(
                    model_name="sponsorship",
                    name="legislator",
                ),
                migrations.DeleteModel(
                    name="BillStatusChange",
                ),
                migrations.DeleteModel(
                    name="BillAction",
                ),
                migrations.DeleteModel(
                    name="BillRelation",
                ),
                migrations.DeleteModel(
                    name="BillDocument",
                ),
                migrations.DeleteModel(
                    name="Bill",
                ),
                migrations.DeleteModel(
                    name="Jurisdiction",
                ),
                migrations.DeleteModel(
                    name="LegislativeSession",
                ),
                migrations.DeleteModel(
                    name="Legislator",
                ),
                migrations.DeleteModel(
                    name="Sponsorship",
                ),
            ],
        ),
    ]
