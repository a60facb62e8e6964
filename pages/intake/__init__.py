"""Legal-help intake, the most private room: the two help pages, the encrypted records
they create, the audit trail, the Intake team's admin views, and the retention and key
commands. Only members of the Intake group read what people send."""
