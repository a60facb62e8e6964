"""The intake's models now live under the "intake" app label (intake's 0001): forget them
here, in the state only. Their tables stay."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0026_menu_links_to_site_addresses"),
        ("intake", "0001_models_from_pages"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(
                    model_name="attorneyquestion",
                    name="assignee",
                ),
                migrations.RemoveField(
                    model_name="intakeauditentry",
                    name="user",
                ),
                migrations.RemoveField(
                    model_name="intakerequest",
                    name="assignee",
                ),
                migrations.RemoveField(
                    model_name="legalhelppage",
                    name="page_ptr",
                ),
                migrations.DeleteModel(
                    name="AttorneyHelpPage",
                ),
                migrations.DeleteModel(
                    name="AttorneyQuestion",
                ),
                migrations.DeleteModel(
                    name="IntakeAuditEntry",
                ),
                migrations.DeleteModel(
                    name="IntakeRequest",
                ),
                migrations.DeleteModel(
                    name="LegalHelpPage",
                ),
            ],
        ),
    ]
