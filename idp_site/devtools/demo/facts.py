"""Facts the demo content repeats on many pages, written once (see
shared/docs/organization.md)."""

#: The hotline as the Help line holds it (the one place the number is typed).
HOTLINE_NUMBER = "(212) 725-6422"
#: When it answers, as the Help line says it in each language of the site.
HOTLINE_HOURS = {
    "en": "If no one answers, leave a message: we return every call.",
    "es": "Si nadie contesta, deje un mensaje: devolvemos todas las llamadas.",
}
#: The hotline element of rich text (pages/rich_text.py): pages show the live number
#: in its place, so demo text never holds a typed copy.
HOTLINE = '<a linktype="hotline"></a>'
#: Said at the end of every legal statement on the site.
EVERY_CASE = (
    f"Every case is different. Talk to a lawyer before pleading guilty, and call our "
    f"hotline at {HOTLINE}."
)
