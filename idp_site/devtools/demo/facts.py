"""Facts the demo content repeats on many pages, written once (see
shared/docs/organization.md)."""

HOTLINE = "(212) 725-6422"
HOTLINE_HOURS = "Monday to Friday, 10 a.m. to 5 p.m. (New York time)"
HOTLINE_HOURS_ES = "de lunes a viernes, de 10 a. m. a 5 p. m. (hora de Nueva York)"
#: Said at the end of every legal statement on the site.
EVERY_CASE = (
    f"Every case is different. Talk to a lawyer before pleading guilty, and call our "
    f"hotline at {HOTLINE}."
)
