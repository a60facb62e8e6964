"""Facts the demo content repeats on many pages, written once (see
shared/docs/organization.md)."""

HOTLINE = "(212) 725-6422"
#: Said at the end of every legal statement on the site.
EVERY_CASE = (
    f"Every case is different. Talk to a lawyer before pleading guilty, and call our "
    f"hotline at {HOTLINE}."
)
